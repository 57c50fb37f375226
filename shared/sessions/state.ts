/**
 * A session's life, as a pure state machine: the lobby (join code on the screen), then one promise at a
 * time, then ended. Only the promise on the screen can be voted on, and only until voting on it closes.
 * Every change raises `version` by one: phones and the presenter poll for it, and the facilitator's
 * controls name the version they act on, so a double press of a clicker never skips two promises.
 */
import { z } from 'zod';

export const SESSION_STATUSES = ['lobby', 'live', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface SessionState {
  status: SessionStatus;
  /** Position of the promise on the screen in the session's list (0 in the lobby). */
  index: number;
  /** Promises whose voting has been closed. */
  closed: string[];
  /** Results on the screen? Hidden by default, so the room is not swayed while it votes. */
  resultsShown: boolean;
  /** Once everyone is in, the facilitator locks the room: no phone can join after that. */
  locked: boolean;
  version: number;
}

export const SESSION_ACTIONS = [
  'next',
  'previous',
  'close-voting',
  'open-voting',
  'show-results',
  'hide-results',
  'lock-room',
  'unlock-room',
  'end',
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];
export const SessionActionSchema = z.enum(SESSION_ACTIONS, {
  error: () => `The action must be one of: ${SESSION_ACTIONS.join(', ')}`,
});

export const initialState = (): SessionState => ({
  status: 'lobby',
  index: 0,
  closed: [],
  resultsShown: false,
  locked: false,
  version: 1,
});

export const currentPromiseId = (state: SessionState, promiseIds: readonly string[]): string | null =>
  state.status === 'live' ? (promiseIds[state.index] ?? null) : null;

export const isVotingOpen = (state: SessionState, promiseIds: readonly string[], promiseId: string): boolean =>
  currentPromiseId(state, promiseIds) === promiseId && !state.closed.includes(promiseId);

export type Transition = { ok: true; state: SessionState } | { ok: false; reason: string };

const moved = (state: SessionState, change: Partial<SessionState>): Transition => ({
  ok: true,
  state: { ...state, ...change, version: state.version + 1 },
});

export const applyAction = (state: SessionState, action: SessionAction, promiseIds: readonly string[]): Transition => {
  if (state.status === 'ended')
    return { ok: false, reason: 'This session has ended. Start a new session to vote again.' };
  const current = currentPromiseId(state, promiseIds);
  switch (action) {
    case 'end':
      return moved(state, { status: 'ended', resultsShown: false });
    case 'next':
      if (state.status === 'lobby') return moved(state, { status: 'live', index: 0, resultsShown: false });
      if (state.index >= promiseIds.length - 1)
        return { ok: false, reason: 'This is the last promise. End the session to see the summary.' };
      return moved(state, { index: state.index + 1, resultsShown: false });
    case 'previous':
      if (state.status === 'lobby') return { ok: false, reason: 'The session has not started yet.' };
      if (state.index === 0) return moved(state, { status: 'lobby', resultsShown: false });
      return moved(state, { index: state.index - 1, resultsShown: false });
    case 'close-voting':
    case 'open-voting': {
      if (!current) return { ok: false, reason: 'Start the session first: there is no promise on the screen.' };
      const isClosed = state.closed.includes(current);
      if (action === 'close-voting')
        return isClosed
          ? { ok: false, reason: 'Voting on this promise is already closed.' }
          : moved(state, { closed: [...state.closed, current] });
      return isClosed
        ? moved(state, { closed: state.closed.filter((id) => id !== current) })
        : { ok: false, reason: 'Voting on this promise is already open.' };
    }
    case 'lock-room':
      return state.locked ? { ok: false, reason: 'The room is already locked.' } : moved(state, { locked: true });
    case 'unlock-room':
      return state.locked ? moved(state, { locked: false }) : { ok: false, reason: 'The room is not locked.' };
    case 'show-results':
    case 'hide-results':
      if (!current) return { ok: false, reason: 'Start the session first: there is no promise on the screen.' };
      return moved(state, { resultsShown: action === 'show-results' });
  }
};

/**
 * A presenter clicker has two buttons. "Forward" walks through the natural order of a promise:
 * close voting, show the results, then the next promise. Null when there is nowhere forward to go.
 */
export const forwardAction = (state: SessionState, promiseIds: readonly string[]): SessionAction | null => {
  if (state.status === 'ended') return null;
  const current = currentPromiseId(state, promiseIds);
  if (!current) return 'next';
  if (!state.closed.includes(current)) return 'close-voting';
  if (!state.resultsShown) return 'show-results';
  return state.index < promiseIds.length - 1 ? 'next' : null;
};
