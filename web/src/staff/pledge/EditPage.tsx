import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { DRAFT_UNDO_STEPS, EASY_READ_MAX_GRADE } from '../../../../shared/limits';
import { Field, FieldFrame, TextAreaField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { STAFF_PAGES } from '../staff-paths';
import { type Confirmation, ConfirmDialog } from './ConfirmDialog';
import { record, type UndoStep, undo } from './draft-history';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import {
  type At,
  addPromise,
  addSection,
  countPromises,
  deletePromise,
  deleteSection,
  type EditDraft,
  hardWithoutEasyRead,
  mergeSectionWithNext,
  mergeWithNext,
  movePromise,
  moveSection,
  pledgeSections,
  problems,
  setSectionAside,
  splitPromise,
  updatePromise,
  updateSection,
} from './edit-draft';
import { PledgeNav } from './PledgeNav';
import { type PromiseAction, PromiseEditor } from './PromiseEditor';
import { ReadingMark } from './ReadingMark';
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
  const [history, setHistory] = useState<UndoStep[]>([]);
  const [ask, setAsk] = useState<Confirmation | null>(null);

  /** Every change goes through here: kept in this tab, and (as `what`) one step that Undo can take back. */
  const setDraft = (d: EditDraft, say?: string, what?: string, field?: string) => {
    if (draft && what) setHistory(record(history, { before: draft, what, ...(field ? { field } : {}) }));
    saveDraft(d);
    setDraftState(d);
    if (say) setStatus(say);
  };
  const typed = (d: EditDraft, what: string, field: string) => setDraft(d, undefined, what, field);
  const undoLast = () => {
    const back = undo(history);
    if (!back) return;
    saveDraft(back.draft);
    setDraftState(back.draft);
    setHistory(back.history);
    setStatus(`Undone: ${back.what}.`);
  };
  // After a move the same button follows the promise, so keyboard users can keep pressing it.
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  if (!draft) {
    return (
      <StaffLayout title="Edit the pledge" who={me?.email}>
        <PledgeNav current={STAFF_PAGES.pledgeEdit} />
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
        `move promise ${at.p + 1} of “${section?.title ?? ''}”`,
      );
      setFocus(`${key}-${action}`);
    } else if (action === 'split')
      setDraft(splitPromise(draft, at, caret), 'Split into two promises.', `split promise ${at.p + 1}`);
    else if (action === 'merge')
      setDraft(mergeWithNext(draft, at), 'Merged with the next promise.', `merge promise ${at.p + 1} with the next`);
    else if (action === 'delete') {
      setDraft(
        deletePromise(draft, at),
        `Promise ${at.p + 1} of “${section?.title ?? ''}” deleted. Undo brings it back.`,
        `delete promise ${at.p + 1} of “${section?.title ?? ''}”`,
      );
    } else {
      const next = addPromise(draft, at);
      setDraft(next, 'Empty promise added.', 'add a promise');
      const added = next.sections[at.s]?.promises[at.p + 1];
      if (added) setFocus(`${added.key}-text`);
    }
  };

  const blocking = problems(draft);
  const toPublish = () => {
    setTried(true);
    if (blocking.length === 0) route('/staff/pledge/publish');
  };
  const discard = () =>
    setAsk({
      title: 'Throw this draft away?',
      body: `All ${countPromises(draft)} promises in ${pledgeSections(draft).length} sections and every change you made will be lost. Nothing has been published. This cannot be undone.`,
      yes: 'Yes, throw it away',
      onYes: () => {
        clearDraft();
        route(STAFF_PAGES.pledge);
      },
    });
  const hard = hardWithoutEasyRead(draft);
  const lastStep = history[history.length - 1];

  return (
    <StaffLayout title="Edit the pledge" who={me?.email}>
      <PledgeNav current={STAFF_PAGES.pledgeEdit} />
      <h1>Check and correct the pledge</h1>
      {staffError && (
        <p class="error" role="alert">
          {staffError}
        </p>
      )}
      <p class="narrow">
        {draft.source === 'import'
          ? `The importer found ${pledgeSections(draft).length} sections and ${countPromises(draft)} promises. Read each one: correct the wording, split or merge promises, and check the themes. Warnings are shown beside what they are about.`
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
      <Field
        id="pledge-title"
        narrow
        label="Title of the pledge"
        value={draft.title}
        onValue={(title) => typed({ ...draft, title }, 'change the title', 'pledge-title')}
      />
      <div class="undo-bar">
        <button type="button" class="button secondary small" disabled={!lastStep} onClick={undoLast}>
          {lastStep ? `Undo: ${lastStep.what}` : 'Undo'}
        </button>
        <span class="undo-count">
          {history.length > 0
            ? ` ${history.length} of the last ${DRAFT_UNDO_STEPS} changes can be undone.`
            : ' Nothing to undo yet.'}
        </span>
        <p role="status" class="edit-status">
          {status}
        </p>
      </div>
      <ConfirmDialog ask={ask} onClose={() => setAsk(null)} />
      <ol class="sections-edit">
        {draft.sections.map((s, si) => {
          const next = draft.sections[si + 1];
          if (s.setAside)
            return (
              <li key={s.key} class="section-edit set-aside" data-testid="section-set-aside">
                <h2 class="set-aside-title">{s.title}</h2>
                <p>
                  Set aside, not published: this part tells young people how to complain or get in touch, so it was not
                  read as promises.
                </p>
                <ul class="set-aside-items">
                  {s.promises.map((p) => (
                    <li key={p.key}>{p.text}</li>
                  ))}
                </ul>
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() =>
                    setDraft(
                      setSectionAside(draft, si, false),
                      `“${s.title}” is now a section of ${s.promises.length} promises.`,
                      `bring “${s.title}” into the pledge`,
                    )
                  }
                >
                  Bring “{s.title}” into the pledge as promises
                </button>
              </li>
            );
          return (
            <li key={s.key} class="section-edit" data-testid="section-edit">
              <div class="section-head">
                <FieldFrame
                  id={`${s.key}-title`}
                  label={`Section ${si + 1} title`}
                  describedBy={[`${s.key}-reading`, s.notes.length > 0 && `${s.key}-notes`]}
                >
                  {(control) => (
                    <>
                      <input
                        {...control}
                        class="section-title-input"
                        value={s.title}
                        onInput={(e) =>
                          typed(
                            updateSection(draft, si, { title: e.currentTarget.value }),
                            `change the title of section ${si + 1}`,
                            `${s.key}-title`,
                          )
                        }
                      />
                      <ReadingMark text={s.title} id={`${s.key}-reading`} />
                    </>
                  )}
                </FieldFrame>
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
                {s.sentences && (
                  <details class="sentences" open>
                    <summary>What the importer took from the document, sentence by sentence</summary>
                    <ol>
                      {s.sentences.map((x) => (
                        <li key={x.text} class={x.promise ? 'taken' : 'left'}>
                          <span class="sentence-mark">{x.promise ? 'Promise: ' : 'Not a promise: '}</span>
                          {x.text}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
                <TextAreaField
                  id={`${s.key}-summary`}
                  label="Summary under the title (optional)"
                  value={s.summary}
                  onValue={(summary) =>
                    typed(
                      updateSection(draft, si, { summary }),
                      `change the summary of section ${si + 1}`,
                      `${s.key}-summary`,
                    )
                  }
                  attrs={{ rows: s.summary ? 2 : 1 }}
                />
                <div class="promise-tools" role="group" aria-label={`Change section ${si + 1}`}>
                  <button
                    type="button"
                    id={`${s.key}-sup`}
                    class="button secondary small"
                    disabled={si === 0}
                    onClick={() => {
                      setDraft(moveSection(draft, si, -1), 'Section moved up.', `move section “${s.title}” up`);
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
                      setDraft(moveSection(draft, si, 1), 'Section moved down.', `move section “${s.title}” down`);
                      setFocus(`${s.key}-sdown`);
                    }}
                  >
                    Move section down
                  </button>
                  {next && !next.setAside && (
                    <button
                      type="button"
                      class="button secondary small"
                      onClick={() =>
                        setAsk({
                          title: `Merge “${s.title}” with the next section?`,
                          body: `The ${next.promises.length} promises of “${next.title}” will move to the end of “${s.title}”, and the section “${next.title}” will go. You can undo this.`,
                          yes: 'Yes, merge the two sections',
                          onYes: () =>
                            setDraft(
                              mergeSectionWithNext(draft, si),
                              `“${next.title}” merged into “${s.title}”.`,
                              `merge “${s.title}” with the next section`,
                            ),
                        })
                      }
                    >
                      Merge this whole section with the next section, “{next.title}”
                    </button>
                  )}
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() =>
                      setDraft(
                        addPromise(draft, { s: si, p: -1 }),
                        'Empty promise added at the top of the section.',
                        'add a promise',
                      )
                    }
                  >
                    Add a promise at the top
                  </button>
                  <button
                    type="button"
                    class="button secondary small danger"
                    onClick={() =>
                      setAsk({
                        title: `Delete the section “${s.title}”?`,
                        body: `Its ${s.promises.length} promises will be deleted with it. You can undo this.`,
                        yes: 'Yes, delete the section',
                        onYes: () =>
                          setDraft(
                            deleteSection(draft, si),
                            `Section “${s.title}” and its ${s.promises.length} promises deleted.`,
                            `delete section “${s.title}”`,
                          ),
                      })
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
                    onChange={(patch, field) =>
                      typed(
                        updatePromise(draft, { s: si, p: pi }, patch),
                        `change promise ${pi + 1} of “${s.title}”`,
                        `${p.key}-${field}`,
                      )
                    }
                    onAction={(a, caret) => act({ s: si, p: pi }, p.key, a, caret)}
                  />
                ))}
              </ol>
              <button
                type="button"
                class="button secondary small"
                onClick={() => setDraft(addSection(draft, si), 'Empty section added.', 'add a section')}
              >
                Add a section after this one
              </button>
            </li>
          );
        })}
      </ol>
      {draft.sections.length === 0 && (
        <button
          type="button"
          class="button secondary"
          onClick={() => setDraft(addSection(draft, -1), 'Empty section added.', 'add a section')}
        >
          Add a section
        </button>
      )}
      {hard.length > 0 && (
        <p class="notice" data-testid="hard-summary">
          {hard.length === 1 ? '1 promise reads' : `${hard.length} promises read`} above school grade{' '}
          {EASY_READ_MAX_GRADE} and {hard.length === 1 ? 'has' : 'have'} no easy-read text yet: younger children will
          see {hard.length === 1 ? 'it' : 'them'} as written.
        </p>
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
          {countPromises(draft)} promises in {pledgeSections(draft).length} sections.
        </p>
        {api && (
          <button type="button" class="button" onClick={toPublish}>
            Continue to publish
          </button>
        )}{' '}
        <button type="button" class="button secondary danger discard" onClick={discard}>
          Throw this draft away…
        </button>
      </div>
    </StaffLayout>
  );
};
