import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { LANGUAGES, type LanguageCode, TRANSLATION_LANGUAGES } from '../../../../shared/languages';
import type { LanguageView } from '../../../../shared/translations/views';
import { ApiFailure } from '../../lib/api';
import { Field, FieldFrame, FormOutcome, SelectField, TextAreaField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { useStaff } from '../use-staff';
import { OwnName } from './LanguagesPage';
import { checkLine, KIND_LABELS, nextStep, statusLine } from './language-status';
import { languagesApi } from './languages-api';
import './languages.css';

type Api = ReturnType<typeof languagesApi>;
interface Outcome {
  error: string | null;
  notice: string | null;
}
const NONE: Outcome = { error: null, notice: null };
const failed = (e: unknown): Outcome => ({ error: (e as Error).message, notice: null });

/** The fluent speaker's check, switching the language on or off, and the notice that the promises are in English. */
const OfferForm = ({ api, view, onSaved }: { api: Api; view: LanguageView; onSaved: (v: LanguageView) => void }) => {
  const name = LANGUAGES[view.language].englishName;
  const [checkedBy, setCheckedBy] = useState('');
  const [switchedOn, setSwitchedOn] = useState(view.switchedOn);
  const [notice, setNotice] = useState(view.englishPromisesNotice);
  const [outcome, setOutcome] = useState<Outcome>(NONE);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setSwitchedOn(view.switchedOn);
    setNotice(view.englishPromisesNotice);
  }, [view.switchedOn, view.englishPromisesNotice]);
  const save = async (e: Event) => {
    e.preventDefault();
    setOutcome(NONE);
    setSaving(true);
    try {
      const saved = await api.saveSettings(view.language, {
        switchedOn,
        englishPromisesNotice: notice,
        ...(checkedBy.trim() ? { checkedBy: checkedBy.trim() } : {}),
        version: view.version,
      });
      onSaved(saved);
      setCheckedBy('');
      setOutcome({ error: null, notice: `Saved. ${statusLine(saved)}.` });
    } catch (err) {
      setOutcome(failed(err));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="language-offer" onSubmit={save} noValidate>
      <p>{checkLine(view)}</p>
      <Field
        id="checked-by"
        label={
          view.screenWordsCheck
            ? 'Name of the fluent speaker for a new check (optional)'
            : 'Name of the fluent speaker who checked the survey’s words'
        }
        hint={`They read the survey’s screens in ${name} and agree the words are right and plain enough for a 9-year-old. Their name is kept with today’s date.`}
        value={checkedBy}
        onValue={setCheckedBy}
        attrs={{ type: 'text', autocomplete: 'off' }}
      />
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={switchedOn} onChange={(e) => setSwitchedOn(e.currentTarget.checked)} /> Offer{' '}
          {name} to young people
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={notice}
            aria-describedby="notice-hint"
            onChange={(e) => setNotice(e.currentTarget.checked)}
          />{' '}
          Offer it before every text is translated
        </label>
        <span class="hint" id="notice-hint">
          The survey then says, in {name}, that the promises are in English; each text not translated yet shows in
          English.
        </span>
      </div>
      <FormOutcome {...outcome} />
      <button class="button" type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save these choices'}
      </button>
    </form>
  );
};

const readFile = (file: File) => file.text().then((t) => t.replace(/^\uFEFF/, ''));

/** The translator's file down and back up; a file with problems is refused whole and every row to fix is listed. */
const FileSection = ({ api, view, onSaved }: { api: Api; view: LanguageView; onSaved: (v: LanguageView) => void }) => {
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(NONE);
  const [rows, setRows] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const upload = async (e: Event) => {
    e.preventDefault();
    setOutcome(NONE);
    setRows([]);
    if (!file) return setOutcome({ error: 'Choose the translated file first.', notice: null });
    setBusy(true);
    try {
      const saved = await api.uploadCsv(view.language, await readFile(file), view.version);
      onSaved(saved);
      setOutcome({ error: null, notice: `The file was imported. ${statusLine(saved)}.` });
    } catch (err) {
      setOutcome(failed(err));
      if (err instanceof ApiFailure) setRows(err.issues.filter((i) => i.path.startsWith('row')).map((i) => i.message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>
        Send this file to your translator. It has a row for each text, with the English and a column for the
        translation; rows already translated have it filled in. They can open it in Excel, fill in the translation
        column and send it back. Ask them not to change the other columns.
      </p>
      <button
        class="button secondary"
        type="button"
        onClick={() => {
          setDownloadError(null);
          void api.downloadCsv(view.language).catch((err: Error) => setDownloadError(err.message));
        }}
      >
        Download the file for a translator (CSV)
      </button>
      {downloadError && (
        <p class="error" role="alert">
          {downloadError}
        </p>
      )}
      <form class="language-upload" onSubmit={upload} noValidate>
        <FieldFrame
          id="translated-file"
          label="The translated file (CSV)"
          hint="If a row has a problem, nothing is saved and each row to fix is listed here."
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          )}
        </FieldFrame>
        <FormOutcome {...outcome} />
        {rows.length > 0 && (
          <ul class="row-problems" aria-label="Rows to fix">
            {rows.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <button class="button" type="submit" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload the file'}
        </button>
      </form>
    </>
  );
};

const STATUS_WORDS = {
  'up-to-date': null,
  missing: 'Not translated yet',
  'out-of-date': 'Out of date: the English changed since this was translated. Check it still says the same, then save.',
} as const;

/** One text: its English beside a box for the translation, saved on its own. */
const TextRow = ({
  api,
  view,
  index,
  onSaved,
}: {
  api: Api;
  view: LanguageView;
  index: number;
  onSaved: (v: LanguageView) => void;
}) => {
  const text = view.texts[index]!;
  const [draft, setDraft] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(NONE);
  const [saving, setSaving] = useState(false);
  const language = LANGUAGES[view.language];
  const save = async (e: Event) => {
    e.preventDefault();
    setOutcome(NONE);
    setSaving(true);
    try {
      const saved = await api.saveText(view.language, text.id, (draft ?? text.translation ?? '').trim(), view.version);
      onSaved(saved);
      setDraft(null);
      const now = saved.texts.find((t) => t.id === text.id);
      setOutcome({
        error: null,
        notice: `Saved${now?.status === 'missing' ? ': young people see this in English' : ''}. ${saved.report.upToDate} of ${saved.report.total} texts are translated.`,
      });
    } catch (err) {
      setOutcome(failed(err));
    } finally {
      setSaving(false);
    }
  };
  const status = STATUS_WORDS[text.status];
  return (
    <li class={`language-text ${text.status}`}>
      <form onSubmit={save} noValidate>
        <p class="text-kind">{KIND_LABELS[text.kind]}</p>
        <p class="english" lang="en">
          {text.english}
        </p>
        {status && <p class="text-status">{status}</p>}
        <TextAreaField
          id={`text-${index}`}
          label={
            <>
              In {language.englishName}
              <span class="visually-hidden">: {text.english}</span>
            </>
          }
          value={draft ?? text.translation ?? ''}
          onValue={setDraft}
          attrs={{ lang: view.language, dir: language.dir, rows: 2 }}
        />
        <FormOutcome {...outcome} />
        <button class="button secondary" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
          <span class="visually-hidden">
            {' '}
            the {language.englishName} for: {text.english}
          </span>
        </button>
      </form>
    </li>
  );
};

type Shown = 'all' | 'to-do';

/** One language: where it stands, whether young people are offered it, the translator's file and each text. */
export const LanguagePage = () => {
  const { params } = useRoute();
  const code = (TRANSLATION_LANGUAGES as string[]).includes(params.language ?? '')
    ? (params.language as LanguageCode)
    : null;
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const admin = me?.roles.includes('council-admin');
  const api = token && councilId ? languagesApi(token, councilId) : null;
  const [view, setView] = useState<LanguageView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown>('all');
  // A text saved while only the texts to do are shown stays in the list, with what came of saving it.
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!api || !code || !admin) return;
    api
      .all()
      .then((all) => setView(all.find((l) => l.language === code) ?? null))
      .catch((e: ApiFailure) => setError(e.message));
  }, [councilId, code]);

  const name = code ? LANGUAGES[code].englishName : 'Language';
  const problem =
    meError ??
    error ??
    (me && !admin ? 'Only a council admin can change the council’s languages.' : null) ??
    (code ? null : 'There is no such language to translate into. Choose one from the list of languages.');
  const toDo = view ? view.texts.filter((t) => t.status !== 'up-to-date').length : 0;
  const step = view && nextStep(view);
  return (
    <StaffLayout title={name} who={me?.email}>
      <p>
        <a href={STAFF_PAGES.languages}>All languages</a>
      </p>
      <h1>
        {name}
        {code && (
          <>
            {' '}
            (<OwnName view={{ language: code }} />)
          </>
        )}
      </h1>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {api && view && (
        <div class="language-page">
          <section aria-labelledby="status-heading">
            <h2 id="status-heading">Where it stands</h2>
            <p class="language-status" role="status">
              {statusLine(view)}
            </p>
            {step && <p>{step}</p>}
          </section>

          <section aria-labelledby="offer-heading">
            <h2 id="offer-heading">Offer {name} to young people</h2>
            <OfferForm api={api} view={view} onSaved={setView} />
          </section>

          <section aria-labelledby="file-heading">
            <h2 id="file-heading">The translator’s file</h2>
            <FileSection api={api} view={view} onSaved={setView} />
          </section>

          <section aria-labelledby="texts-heading">
            <h2 id="texts-heading">Each text</h2>
            <p>Change one translation here without a file. Empty a box and save it to show the English instead.</p>
            <SelectField
              id="texts-shown"
              label="Show"
              narrow
              value={shown}
              onValue={(v) => {
                setShown(v as Shown);
                setSaved(new Set());
              }}
              options={[
                <option key="all" value="all">
                  Every text ({view.texts.length})
                </option>,
                <option key="to-do" value="to-do">
                  Texts to translate or check ({toDo})
                </option>,
              ]}
            />
            <ol class="language-texts">
              {view.texts.map((t, i) =>
                shown === 'all' || t.status !== 'up-to-date' || saved.has(t.id) ? (
                  <TextRow
                    key={t.id}
                    api={api}
                    view={view}
                    index={i}
                    onSaved={(v) => {
                      setSaved(new Set([...saved, t.id]));
                      setView(v);
                    }}
                  />
                ) : null,
              )}
            </ol>
          </section>
        </div>
      )}
    </StaffLayout>
  );
};
