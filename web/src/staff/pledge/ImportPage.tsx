import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { importPledge } from '../../../../shared/importer';
import type { ApiFailure } from '../../lib/api';
import { FieldFrame } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { saveDraft } from './draft-store';
import { countPromises, fromImport } from './edit-draft';
import { PledgeNav } from './PledgeNav';
import { ACCEPTED_FILES, readDocument } from './read-document';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

/** Step 1: the pledge document, pasted or uploaded; the importer proposes sections and promises. */
export const ImportPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const { route } = useLocation();
  const [text, setText] = useState('');
  /** The page as the browser put it on the clipboard (headings and lists intact), while the box holds just that paste. */
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [latestVersion, setLatestVersion] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    api
      ?.latest()
      .then((v) => setLatestVersion(v?.version ?? null))
      .catch((e: ApiFailure) => setError(e.message));
  }, [me?.council?.councilId]);

  const toPreview = async (doc: string, format?: 'html' | 'markdown' | 'text') => {
    // The draft records the version it follows, so publishing can refuse if another is published meanwhile.
    const basedOn = latestVersion !== undefined ? latestVersion : ((await api?.latest())?.version ?? null);
    const draft = fromImport(importPledge(doc, format ? { format } : {}), basedOn);
    if (countPromises(draft) === 0)
      return setError(
        'No promises were found in that document. Check it is the pledge, or paste its text with the bullet points.',
      );
    saveDraft(draft);
    route('/staff/pledge/edit');
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { text: doc, format } = await readDocument(file);
      await toPreview(doc, format);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (!text.trim()) return setError('Paste the text of your pledge first.');
    const doc = pastedHtml ? toPreview(pastedHtml, 'html') : toPreview(text);
    await doc.catch((err: ApiFailure) => setError(err.message));
  };

  // A web page copied whole comes with its HTML: keep it, so its headings and lists are read as such.
  const onClipboardPaste = (e: ClipboardEvent) => {
    const html = e.clipboardData?.getData('text/html') ?? '';
    const plainText = e.clipboardData?.getData('text/plain') ?? '';
    if (!html.trim() || text.trim() !== '') return;
    e.preventDefault();
    setText(plainText);
    setPastedHtml(html);
  };

  return (
    <StaffLayout title="Import the pledge" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.pledgeImport} />
      <h1>Import your pledge document</h1>
      <p class="narrow">
        Bring in the pledge as you publish it: a PDF, a Word document, a saved web page, or its text. You will see the
        sections and promises found in it, and can correct everything before anything is published.
        {latestVersion
          ? ` It will become version ${latestVersion + 1}; promises that carry on from version ${latestVersion} keep their results.`
          : ''}
      </p>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      {api && (
        <div class="import-ways">
          <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">Upload a file</h2>
            <FieldFrame id="pledge-file" label="Pledge document (.pdf, .docx, .html, .md or .txt)">
              {(control) => (
                <input {...control} type="file" accept={ACCEPTED_FILES} onChange={onFile} disabled={busy} />
              )}
            </FieldFrame>
            {busy && <p role="status">Reading the document…</p>}
          </section>
          <section aria-labelledby="paste-heading">
            <h2 id="paste-heading">Or paste its text</h2>
            <form onSubmit={onSubmit}>
              <FieldFrame
                id="pledge-text"
                label="Text of the pledge, copied from your web page or document"
                describedBy={['pledge-text-tip']}
              >
                {(control) => (
                  <>
                    <textarea
                      {...control}
                      rows={14}
                      value={text}
                      onPaste={onClipboardPaste}
                      onInput={(e) => {
                        setText(e.currentTarget.value);
                        setPastedHtml(null);
                      }}
                    />
                    <p id="pledge-text-tip" class="hint" role="status">
                      {pastedHtml
                        ? 'Pasted from a web page: its headings and lists will be kept. If you change the text here, it is read as plain text.'
                        : 'Tip: on your web page, select the pledge, copy it and paste it here; its headings and lists come with it.'}
                    </p>
                  </>
                )}
              </FieldFrame>
              <button class="button" type="submit" disabled={busy}>
                Find the promises
              </button>
            </form>
          </section>
        </div>
      )}
    </StaffLayout>
  );
};
