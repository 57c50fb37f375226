import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { StaffLayout } from '../StaffLayout';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import {
  type At,
  addPromise,
  addSection,
  countPromises,
  deletePromise,
  deleteSection,
  type EditDraft,
  mergeSectionWithNext,
  mergeWithNext,
  movePromise,
  moveSection,
  problems,
  splitPromise,
  updatePromise,
  updateSection,
} from './edit-draft';
import { PledgeNav } from './PledgeNav';
import { type PromiseAction, PromiseEditor } from './PromiseEditor';
import { usePledgeAdmin } from './use-pledge-admin';
import './pledge.css';

/** Step 2: the editable preview. Every change is kept in this tab until it is published or thrown away. */
export const EditPage = () => {
  const { me, error: staffError, api } = usePledgeAdmin();
  const { route } = useLocation();
  const [draft, setDraftState] = useState<EditDraft | null>(loadDraft);
  const [focus, setFocus] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [tried, setTried] = useState(false);

  const setDraft = (d: EditDraft, say?: string) => {
    saveDraft(d);
    setDraftState(d);
    if (say) setStatus(say);
  };
  // After a move the same button follows the promise, so keyboard users can keep pressing it.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  if (!draft) {
    return (
      <StaffLayout title="Edit the pledge" who={me?.email}>
        <PledgeNav current="/staff/pledge/edit" />
        <h1>Nothing to edit</h1>
        <p>
          There is no draft in this tab. <a href="/staff/pledge/import">Import a document</a> or start from the
          published pledge on the <a href="/staff/pledge">pledge page</a>.
        </p>
      </StaffLayout>
    );
  }

  const act = (at: At, key: string, action: PromiseAction, caret?: number) => {
    const section = draft.sections[at.s];
    if (action === 'up' || action === 'down') {
      const moved = movePromise(draft, at, action === 'up' ? -1 : 1);
      setDraft(
        moved.draft,
        `Moved to promise ${moved.at.p + 1} of “${moved.draft.sections[moved.at.s]?.title ?? ''}”.`,
      );
      setFocus(`${key}-${action}`);
    } else if (action === 'split') setDraft(splitPromise(draft, at, caret), 'Split into two promises.');
    else if (action === 'merge') setDraft(mergeWithNext(draft, at), 'Merged with the next promise.');
    else if (action === 'delete') {
      setDraft(deletePromise(draft, at), `Promise ${at.p + 1} of “${section?.title ?? ''}” deleted.`);
    } else {
      const next = addPromise(draft, at);
      setDraft(next, 'Empty promise added.');
      const added = next.sections[at.s]?.promises[at.p + 1];
      if (added) setFocus(`${added.key}-text`);
    }
  };

  const blocking = problems(draft);
  const toPublish = () => {
    setTried(true);
    if (blocking.length === 0) route('/staff/pledge/publish');
  };
  const discard = () => {
    clearDraft();
    route('/staff/pledge');
  };

  return (
    <StaffLayout title="Edit the pledge" who={me?.email}>
      <PledgeNav current="/staff/pledge/edit" />
      <h1>Check and correct the pledge</h1>
      {staffError && (
        <p class="error" role="alert">
          {staffError}
        </p>
      )}
      <p class="narrow">
        {draft.source === 'import'
          ? `The importer found ${draft.sections.length} sections and ${countPromises(draft)} promises. Read each one: correct the wording, split or merge promises, and check the themes. Warnings are shown beside what they are about.`
          : `Changes to version ${draft.basedOnVersion}. Promises keep their results while you reword them.`}
      </p>
      {draft.notes.length > 0 && (
        <section class="notice doc-notes" aria-labelledby="doc-notes">
          <h2 id="doc-notes">About the whole document</h2>
          <ul>
            {draft.notes.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      <div class="field narrow">
        <label for="pledge-title">Title of the pledge</label>
        <input
          id="pledge-title"
          value={draft.title}
          onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
        />
      </div>
      <p role="status" class="edit-status">
        {status}
      </p>
      <ol class="sections-edit">
        {draft.sections.map((s, si) => (
          <li key={s.key} class="section-edit" data-testid="section-edit">
            <div class="section-head">
              <div class="field">
                <label for={`${s.key}-title`}>Section {si + 1} title</label>
                <input
                  id={`${s.key}-title`}
                  class="section-title-input"
                  value={s.title}
                  onInput={(e) => setDraft(updateSection(draft, si, { title: e.currentTarget.value }))}
                  aria-describedby={s.notes.length ? `${s.key}-notes` : undefined}
                />
              </div>
              {s.notes.length > 0 && (
                <ul class="notes" id={`${s.key}-notes`}>
                  {s.notes.map((w) => (
                    <li key={w}>
                      <span aria-hidden="true">⚠ </span>
                      {w}
                    </li>
                  ))}
                </ul>
              )}
              <div class="field">
                <label for={`${s.key}-summary`}>Summary under the title (optional)</label>
                <textarea
                  id={`${s.key}-summary`}
                  rows={s.summary ? 2 : 1}
                  value={s.summary}
                  onInput={(e) => setDraft(updateSection(draft, si, { summary: e.currentTarget.value }))}
                />
              </div>
              <div class="promise-tools" role="group" aria-label={`Change section ${si + 1}`}>
                <button
                  type="button"
                  id={`${s.key}-sup`}
                  class="button secondary small"
                  disabled={si === 0}
                  onClick={() => {
                    setDraft(moveSection(draft, si, -1), 'Section moved up.');
                    setFocus(`${s.key}-sup`);
                  }}
                >
                  Move section up
                </button>
                <button
                  type="button"
                  id={`${s.key}-sdown`}
                  class="button secondary small"
                  disabled={si === draft.sections.length - 1}
                  onClick={() => {
                    setDraft(moveSection(draft, si, 1), 'Section moved down.');
                    setFocus(`${s.key}-sdown`);
                  }}
                >
                  Move section down
                </button>
                {si < draft.sections.length - 1 && (
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => setDraft(mergeSectionWithNext(draft, si), 'Sections merged.')}
                  >
                    Merge with next section
                  </button>
                )}
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() =>
                    setDraft(addPromise(draft, { s: si, p: -1 }), 'Empty promise added at the top of the section.')
                  }
                >
                  Add a promise at the top
                </button>
                <button
                  type="button"
                  class="button secondary small danger"
                  onClick={() =>
                    setDraft(
                      deleteSection(draft, si),
                      `Section “${s.title}” and its ${s.promises.length} promises deleted.`,
                    )
                  }
                >
                  Delete section
                </button>
              </div>
            </div>
            <ol class="promises-edit">
              {s.promises.map((p, pi) => (
                <PromiseEditor
                  key={p.key}
                  promise={p}
                  at={{ s: si, p: pi }}
                  n={pi + 1}
                  sectionTitle={s.title}
                  canMerge={pi < s.promises.length - 1}
                  onChange={(patch) => setDraft(updatePromise(draft, { s: si, p: pi }, patch))}
                  onAction={(a, caret) => act({ s: si, p: pi }, p.key, a, caret)}
                />
              ))}
            </ol>
            <button
              type="button"
              class="button secondary small"
              onClick={() => setDraft(addSection(draft, si), 'Empty section added.')}
            >
              Add a section after this one
            </button>
          </li>
        ))}
      </ol>
      {draft.sections.length === 0 && (
        <button type="button" class="button secondary" onClick={() => setDraft(addSection(draft, -1))}>
          Add a section
        </button>
      )}
      <div class="edit-footer">
        {tried && blocking.length > 0 && (
          <div class="error" role="alert">
            <p>Before publishing:</p>
            <ul>
              {blocking.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </div>
        )}
        <p>
          {countPromises(draft)} promises in {draft.sections.length} sections.
        </p>
        {api && (
          <button type="button" class="button" onClick={toPublish}>
            Continue to publish
          </button>
        )}{' '}
        <button type="button" class="button secondary" onClick={discard}>
          Throw this draft away
        </button>
      </div>
    </StaffLayout>
  );
};
