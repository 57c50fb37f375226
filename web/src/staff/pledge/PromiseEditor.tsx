import { useRef, useState } from 'preact/hooks';
import { readingAge } from '../../../../shared/importer/reading-age';
import { AUDIENCE_LABELS, AUDIENCES, type Audience } from '../../../../shared/survey/audience';
import { THEMES, type ThemeId, themeLabel } from '../../../../shared/themes';
import { FieldFrame, SelectField } from '../Field';
import type { At, EditPromise } from './edit-draft';
import { ReadingMark } from './ReadingMark';

export type PromiseAction = 'up' | 'down' | 'split' | 'merge' | 'delete' | 'add';

interface Props {
  promise: EditPromise;
  at: At;
  /** Its number within the section, from 1. */
  n: number;
  sectionTitle: string;
  canMerge: boolean;
  /** A change, and the box it came from ('text', 'easy', 'themes'): typing in one box is one undo step. */
  onChange: (patch: Partial<Omit<EditPromise, 'key'>>, field: string) => void;
  onAction: (action: PromiseAction, caret?: number) => void;
}

/** One promise in the preview: its text, the importer's notes beside it, easy-read text, themes and the edits. */
export const PromiseEditor = ({ promise: p, at, n, sectionTitle, canMerge, onChange, onAction }: Props) => {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = p.key;
  const label = `Promise ${n} in ${sectionTitle || `section ${at.s + 1}`}`;
  const toggleTheme = (t: ThemeId, on: boolean) =>
    onChange({ themes: on ? [...p.themes, t] : p.themes.filter((x) => x !== t) }, `theme-${t}`);
  const caret = () => {
    const el = textRef.current;
    return el && el.selectionStart === el.selectionEnd ? el.selectionStart : undefined;
  };
  const reading = readingAge(p.text);
  const wantsEasyRead = reading?.hard === true && !p.easyRead.trim();
  // A hard promise without easy-read text opens on its easy-read box; after that the admin opens and closes it.
  const [openAtFirst] = useState(wantsEasyRead);
  return (
    <li class={`promise-edit${p.notes.length ? ' has-notes' : ''}`} data-testid="promise-edit">
      <FieldFrame
        id={`${id}-text`}
        label={
          <>
            {`Promise ${n}`}
            <span class="visually-hidden">{` in ${sectionTitle}`}</span>
          </>
        }
        describedBy={[`${id}-reading`, p.notes.length > 0 && `${id}-notes`]}
      >
        {(control) => (
          <>
            {p.title && <p class="promise-heading">Headed “{p.title}” in the document</p>}
            <textarea
              {...control}
              ref={textRef}
              rows={Math.min(6, Math.max(2, Math.ceil(p.text.length / 90)))}
              value={p.text}
              onInput={(e) => onChange({ text: e.currentTarget.value }, 'text')}
            />
            <ReadingMark text={p.text} id={`${id}-reading`} />
          </>
        )}
      </FieldFrame>
      {p.notes.length > 0 && (
        <ul class="notes" id={`${id}-notes`}>
          {p.notes.map((w) => (
            <li key={w}>
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
        </ul>
      )}
      {wantsEasyRead && (
        <p class="ask-easy-read" data-testid="ask-easy-read">
          Children from 8 will read this promise. Please add easy-read text: short words, one idea, “you” and “we”.
        </p>
      )}
      <details class="promise-more" open={openAtFirst}>
        <summary>
          Easy-read, who it is for and themes: {p.easyRead.trim() ? 'easy-read text added' : 'no easy-read text'};{' '}
          {AUDIENCE_LABELS[p.audience ?? 'everyone'].toLowerCase()};{' '}
          {p.themes.length ? p.themes.map(themeLabel).join(', ') : 'no theme'}
        </summary>
        <SelectField
          id={`${id}-audience`}
          label="Who it is about"
          hint="Young people are asked only the promises about them when they say whether they are in care or have left care."
          value={p.audience ?? 'everyone'}
          onValue={(audience) => onChange({ audience: audience as Audience }, 'audience')}
          options={AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {AUDIENCE_LABELS[a]}
            </option>
          ))}
        />
        <FieldFrame id={`${id}-easy`} label="Easy-read text for younger children (optional)">
          {(control) => (
            <>
              {p.easyRead.trim() && <ReadingMark text={p.easyRead} />}
              <textarea
                {...control}
                rows={2}
                value={p.easyRead}
                onInput={(e) => onChange({ easyRead: e.currentTarget.value }, 'easy')}
              />
            </>
          )}
        </FieldFrame>
        <fieldset class="themes">
          <legend>Themes of {label.toLowerCase()} (suggested; confirm or change)</legend>
          {THEMES.map((t) => (
            <label key={t.id} class="theme-choice">
              <input
                type="checkbox"
                checked={p.themes.includes(t.id)}
                onChange={(e) => toggleTheme(t.id, e.currentTarget.checked)}
              />{' '}
              {t.label}
            </label>
          ))}
        </fieldset>
      </details>
      <div class="promise-tools" role="group" aria-label={`Change ${label.toLowerCase()}`}>
        <button type="button" id={`${id}-up`} class="button secondary small" onClick={() => onAction('up')}>
          Move up
        </button>
        <button type="button" id={`${id}-down`} class="button secondary small" onClick={() => onAction('down')}>
          Move down
        </button>
        <button
          type="button"
          class="button secondary small"
          onClick={() => onAction('split', caret())}
          title="Splits at the cursor in the text, or after the first sentence"
        >
          Split in two
        </button>
        {canMerge && (
          <button type="button" class="button secondary small" onClick={() => onAction('merge')}>
            Merge with the next promise
          </button>
        )}
        <button type="button" class="button secondary small" onClick={() => onAction('add')}>
          Add a promise below
        </button>
        <button type="button" class="button secondary small danger" onClick={() => onAction('delete')}>
          Delete
        </button>
      </div>
    </li>
  );
};
