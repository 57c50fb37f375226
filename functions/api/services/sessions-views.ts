import type { ApiErrorCode } from '../../../shared/schemas/api-error';
import type { PublicState, SessionStateView, SessionView } from '../../../shared/sessions/schemas';
import { currentPromiseId, type SessionState } from '../../../shared/sessions/state';
import type { SessionRecord, StoredSessionState } from '../../store/session-store';
import { HttpError } from '../http-error';

/** The state item as stored: the machine's fields plus what a vote is checked against. */
export const storedState = (state: SessionState, session: SessionRecord, now: Date): StoredSessionState => ({
  status: state.status,
  index: state.index,
  closed: state.closed,
  resultsShown: state.resultsShown,
  locked: state.locked,
  version: state.version,
  sessionId: session.sessionId,
  councilId: session.councilId,
  roundId: session.roundId,
  promiseId: currentPromiseId(
    state,
    session.promises.map((p) => p.promiseId),
  ),
  promiseCount: session.promises.length,
  updatedAt: now.toISOString(),
});

export const votingOpenOn = (s: StoredSessionState, promiseId: string | null): boolean =>
  s.status === 'live' && promiseId !== null && s.promiseId === promiseId && !s.closed.includes(promiseId);

export const publicStateView = (s: StoredSessionState): PublicState => ({
  version: s.version,
  status: s.status,
  index: s.index,
  promiseCount: s.promiseCount,
  promiseId: s.promiseId,
  votingOpen: votingOpenOn(s, s.promiseId),
});

export const stateView = (s: StoredSessionState): SessionStateView => ({
  ...publicStateView(s),
  resultsShown: s.resultsShown,
  closed: s.closed,
  locked: s.locked,
});

export const sessionView = (s: SessionRecord): SessionView => ({
  sessionId: s.sessionId,
  councilId: s.councilId,
  roundId: s.roundId,
  name: s.name,
  joinCode: s.joinCode,
  room: s.room,
  roomSize: s.roomSize,
  mode: s.mode,
  promises: s.promises,
  createdAt: s.createdAt,
  endedAt: s.endedAt,
  endedBy: s.endedBy,
  countsConfirmedAt: s.countsConfirmedAt,
  confirmedSources: s.confirmedSources,
});

export const sessionListItem = (s: SessionRecord) => {
  const { promises, ...rest } = sessionView(s);
  return { ...rest, promiseCount: promises.length };
};

/** A conflict a page reacts to by its code: the session moved on, voting closed, or it ended. */
export const sessionConflict = (
  code: Extract<
    ApiErrorCode,
    | 'moved_on'
    | 'voting_closed'
    | 'ended'
    | 'stale_version'
    | 'not_allowed'
    | 'round_closed'
    | 'room_full'
    | 'room_locked'
  >,
  message: string,
) => new HttpError(409, code, message);
