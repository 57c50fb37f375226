import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { MIN_GROUP_SIZE } from '../../../../shared/limits';
import { addCounts, emptyCounts } from '../../../../shared/rating';
import { displayJoinCode } from '../../../../shared/sessions/join-code';
import { mostHands, takesHands, takesPhones } from '../../../../shared/sessions/mode';
import { forwardAction, type SessionAction } from '../../../../shared/sessions/state';
import { handsOf } from '../../../../shared/sessions/tally';
import { HandsDialog } from './HandsDialog';
import { JoinQr } from './JoinQr';
import { NoteDialog } from './NoteDialog';
import { ResultsChart } from './ResultsChart';
import { usePresenter } from './use-presenter';
import './sessions.css';
import { STAFF_PAGES, staffHref } from '../staff-paths';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The projector view, one screen high from 1024×768 to 1920×1080: the join code and QR, one promise at a time in very large
 * type, how many have joined and voted, and the results once shown. Keyboard and presenter clickers:
 * → / Page Down steps forward (close voting, show results, next promise), ← / Page Up goes back.
 */
export const PresenterPage = () => {
  const { params } = useRoute();
  const { route } = useLocation();
  const sessionId = params.sessionId ?? '';
  const { me, api, session, live, message, setMessage, error, act, refresh } = usePresenter(sessionId);
  const [dialog, setDialog] = useState<'hands' | 'note' | null>(null);
  // The button that opened a dialog gets the focus back when it closes (the dialog leaves the page, so the browser cannot).
  const opener = useRef<HTMLElement | null>(null);
  const openDialog = (which: 'hands' | 'note', e: Event) => {
    opener.current = e.currentTarget as HTMLElement;
    setDialog(which);
  };
  useEffect(() => {
    if (dialog === null) opener.current?.focus();
  }, [dialog]);
  const ids = session?.promises.map((p) => p.promiseId) ?? [];
  const state = live?.state;

  useEffect(() => {
    if (state?.status === 'ended') route(staffHref(STAFF_PAGES.sessionSummary, { sessionId }));
  }, [state?.status]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state || dialog || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      let action: SessionAction | null = null;
      if (['ArrowRight', 'PageDown', 'ArrowDown'].includes(e.key)) action = forwardAction(state, ids);
      else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key))
        action = state.status === 'lobby' ? null : 'previous';
      else if (['r', 'R', 'b', 'B', '.'].includes(e.key) && state.promiseId)
        action = state.resultsShown ? 'hide-results' : 'show-results';
      else return;
      e.preventDefault();
      if (action) void act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.title = session ? `${session.name} · Presenter` : 'Presenter · Promise Check';
  }, [session?.name]);

  if (error)
    return (
      <main class="page" id="main">
        <h1>This session cannot be shown</h1>
        <p class="error" role="alert">
          {error}
        </p>
        <p>
          <a href={STAFF_PAGES.sessions}>Back to sessions</a>
        </p>
      </main>
    );
  if (!session || !live || !state)
    return (
      <main class="page" id="main">
        <p role="status">Loading the session…</p>
      </main>
    );

  const joinHost = `${location.host}/join`;
  const joinUrl = `${location.origin}/join/${session.joinCode}`;
  const code = displayJoinCode(session.joinCode);
  const promise = session.promises.find((p) => p.promiseId === state.promiseId);
  const counts = state.promiseId ? live.counts?.[state.promiseId] : undefined;
  const hands = counts?.hands ? handsOf(counts.hands) : 0;
  // Each part arrives only once enough answered it (the server's rule); the chart adds what arrived.
  const shown =
    counts && (counts.phones || counts.hands)
      ? addCounts(counts.phones ?? emptyCounts(), counts.hands ?? emptyCounts())
      : null;
  const closed = !!promise && state.closed.includes(promise.promiseId);
  const last = state.status === 'live' && state.index >= ids.length - 1;
  const qrLabel = `QR code to join: ${joinUrl}`;

  return (
    <div class="presenter">
      <header class="presenter-top">
        <p class="presenter-title">
          {me?.council?.name} · {session.name}
        </p>
        {promise && (
          <div class="join-strip">
            <p>
              Join at <strong>{joinHost}</strong>
              <br />
              code <strong class="join-code">{code}</strong>
            </p>
            <JoinQr url={joinUrl} label={qrLabel} />
          </div>
        )}
      </header>

      <main id="main" class="presenter-main">
        {!promise ? (
          <section class="lobby">
            <div>
              <h1>Join on your phone</h1>
              <p class="lobby-where">
                Go to <strong>{joinHost}</strong> and type the code
              </p>
              <p class="visually-hidden">Code {session.joinCode.split('').join(' ')}</p>
              <p class="lobby-code join-code" aria-hidden="true">
                {code}
              </p>
              <p class="lobby-joined" role="status">
                <span class="big-number">{live.joined}</span> joined
              </p>
            </div>
            <JoinQr url={joinUrl} label={qrLabel} />
          </section>
        ) : (
          <section class="stage">
            <div class="stage-promise">
              <p class="stage-count">
                Promise {state.index + 1} of {ids.length}
              </p>
              <h1 class="stage-text">{promise.text}</h1>
            </div>
            <div class="stage-side">
              <div class="stage-stats" role="status">
                <p>
                  <span class="big-number" data-testid="joined">
                    {live.joined}
                  </span>{' '}
                  joined
                </p>
                <p>
                  <span class="big-number" data-testid="voted">
                    {live.voted}
                  </span>{' '}
                  voted
                </p>
                {hands > 0 && (
                  <p>
                    <span class="big-number">{hands}</span> hands
                  </p>
                )}
                <p class={`voting-badge ${closed ? 'closed' : 'open'}`}>{closed ? 'Voting closed' : 'Voting open'}</p>
              </div>
              {state.resultsShown && shown ? (
                <ResultsChart counts={shown} caption="Answers to this promise" />
              ) : state.resultsShown ? (
                <div class="results-hidden" data-testid="results-waiting">
                  <p>
                    Results appear once {MIN_GROUP_SIZE} or more have answered, so nobody’s answer can be picked out.
                  </p>
                </div>
              ) : (
                <div class="results-hidden">
                  <p>Results are hidden{closed ? '' : ' while you vote'}.</p>
                </div>
              )}
            </div>
          </section>
        )}
      </main>

      <nav class="presenter-controls" aria-label="Session controls">
        <button
          class="button secondary"
          type="button"
          onClick={() => void act('previous')}
          disabled={state.status === 'lobby'}
        >
          ← Previous
        </button>
        {promise && (
          <>
            <button
              class="button secondary"
              type="button"
              onClick={() => void act(closed ? 'open-voting' : 'close-voting')}
            >
              {closed ? 'Reopen voting' : 'Close voting'}
            </button>
            <button
              class="button secondary"
              type="button"
              onClick={() => void act(state.resultsShown ? 'hide-results' : 'show-results')}
            >
              {state.resultsShown ? 'Hide results' : 'Show results'}
            </button>
          </>
        )}
        <button class="button" type="button" onClick={() => void act('next')} disabled={last}>
          {state.status === 'lobby' ? 'Start' : 'Next →'}
        </button>
        <span class="controls-gap" />
        {takesPhones(session.mode) && (
          <button
            class="button secondary"
            type="button"
            onClick={() => void act(state.locked ? 'unlock-room' : 'lock-room')}
          >
            {state.locked ? 'Unlock the room' : 'Lock the room'}
          </button>
        )}
        {promise && (
          <>
            {takesHands(session.mode) && (
              <button class="button secondary" type="button" onClick={(e) => openDialog('hands', e)}>
                Count hands
              </button>
            )}
            <button class="button secondary" type="button" onClick={(e) => openDialog('note', e)}>
              Add a note
            </button>
          </>
        )}
        <button
          class="button secondary"
          type="button"
          onClick={() => {
            if (confirm('End the session? Voting stops and phones say thank you.')) void act('end');
          }}
        >
          End session
        </button>
        <p class="keys-hint">Keys: → or Page Down next step · ← or Page Up back · R results</p>
        <p class="controls-message" role="status">
          {message}
        </p>
      </nav>

      {dialog === 'hands' && promise && api && (
        <HandsDialog
          most={mostHands(session.mode, session.roomSize, live.joined)}
          phones={takesPhones(session.mode) ? live.joined : null}
          load={async () => (await api.tallies(sessionId)).counts[promise.promiseId]}
          save={(c) => api.setTally(sessionId, promise.promiseId, c)}
          onClose={(saved) => {
            setDialog(null);
            if (saved) {
              setMessage('Hands saved.');
              refresh();
            }
          }}
        />
      )}
      {dialog === 'note' && promise && api && (
        <NoteDialog
          send={(noteId, text) => api.note(sessionId, { noteId, promiseId: promise.promiseId, text })}
          onClose={(sent) => {
            setDialog(null);
            if (sent) setMessage('Note sent to the moderators.');
          }}
        />
      )}
    </div>
  );
};
