import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { mostHands, takesHands, takesPhones } from '../../../../shared/sessions/mode';
import { forwardAction, type SessionAction } from '../../../../shared/sessions/state';
import {
  BACK_KEYS,
  BIG_SCREEN_WINDOW,
  CLICKER_KEYS_LINE,
  FORWARD_KEYS,
  RESULTS_KEYS,
  type ScreenMessage,
  screenChannel,
} from './big-screen-channel';
import { HandsDialog } from './HandsDialog';
import { NoteDialog } from './NoteDialog';
import { SessionScreen } from './SessionScreen';
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

  /** What a clicker's key does now (on this page, or passed on by the big screen); null when nothing. */
  const stepFor = (key: string): SessionAction | null | undefined => {
    if (!state) return undefined;
    if (FORWARD_KEYS.includes(key)) return forwardAction(state, ids);
    if (BACK_KEYS.includes(key)) return state.status === 'lobby' ? null : 'previous';
    if (RESULTS_KEYS.includes(key) && state.promiseId) return state.resultsShown ? 'hide-results' : 'show-results';
    return undefined;
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state || dialog || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const action = stepFor(e.key);
      if (action === undefined) return;
      e.preventDefault();
      if (action) void act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The big screen's window: told of every change at once, and its clicker keys acted on here.
  const heard = useRef<(m: ScreenMessage) => void>(() => {});
  heard.current = (m) => {
    if (m.kind !== 'key' || dialog) return;
    const action = stepFor(m.key);
    if (action) void act(action);
  };
  const channel = useMemo(() => screenChannel(sessionId, (m) => heard.current(m)), [sessionId]);
  useEffect(() => () => channel.close(), [channel]);
  useEffect(() => {
    if (live) channel.post({ kind: 'moved' });
  }, [live?.state.version]);

  const openBigScreen = () => {
    window.open(staffHref(STAFF_PAGES.bigScreen, { sessionId }), BIG_SCREEN_WINDOW, 'popup');
    setMessage(
      'The big screen is open in its own window. Move it to the projector and press F11 there; keep this page on the laptop.',
    );
  };

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

  const promise = session.promises.find((p) => p.promiseId === state.promiseId);
  const closed = !!promise && state.closed.includes(promise.promiseId);
  const last = state.status === 'live' && state.index >= ids.length - 1;

  return (
    <div class="presenter">
      <SessionScreen councilName={me?.council?.name} session={session} live={live} lobbyNote={CLICKER_KEYS_LINE} />

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
        <button class="button secondary" type="button" onClick={openBigScreen}>
          Open the big screen in its own window
        </button>
        <button
          class="button secondary"
          type="button"
          onClick={() => {
            if (confirm('End the session? Voting stops and phones say thank you.')) void act('end');
          }}
        >
          End session
        </button>
        {promise && <p class="keys-hint">{CLICKER_KEYS_LINE}</p>}
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
