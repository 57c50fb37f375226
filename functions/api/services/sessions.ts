/** What a facilitator does with a session: create it, move through it, count hands, note, and sum it up. */
import { createHash } from 'node:crypto';
import { newId } from '../../../shared/ids';
import { commentExpiresAt } from '../../../shared/moderation/retention';
import { urgentArrivalTime } from '../../../shared/moderation/urgent';
import { promisesNotIn } from '../../../shared/pledge/membership';
import type { RatingCounts } from '../../../shared/rating';
import { emptyCounts } from '../../../shared/rating';
import type { StaffClaims } from '../../../shared/roles';
import { screenComment } from '../../../shared/safeguarding/screen';
import { promisesOf } from '../../../shared/schemas/pledge';
import { isRoundOpen, type Round } from '../../../shared/schemas/round';
import { cohortOfRoom } from '../../../shared/sessions/groups';
import { newJoinCode } from '../../../shared/sessions/join-code';
import { selfEndOf } from '../../../shared/sessions/lifetime';
import { liveCountsOf } from '../../../shared/sessions/live';
import { joinsFarExceeded, mostHands, sourcesOfMode, takesHands } from '../../../shared/sessions/mode';
import type {
  CreateSession,
  Live,
  SessionStateView,
  SessionSummaryView,
  SessionView,
  SessionWithState,
} from '../../../shared/sessions/schemas';
import { applyAction, initialState, type SessionAction } from '../../../shared/sessions/state';
import { buildSessionSummary } from '../../../shared/sessions/summary';
import { handsOf, planTally } from '../../../shared/sessions/tally';
import { SESSION_LIFETIME_DAYS } from '../../../shared/sessions/timing';
import { ConflictError } from '../../store/errors';
import type { SessionRecord, SessionSource, StoredSessionState } from '../../store/session-store';
import type { AppDeps } from '../deps';
import { HttpError, notFound, unprocessable } from '../http-error';
import { recordAudit } from './audit';
import { alertSafeguarding } from './safeguarding-alert';
import { sessionConflict, sessionView, stateView, storedState } from './sessions-views';
import { roundOfCouncil, sessionOfCouncil } from './tenancy';

const DAY_SECONDS = 86_400;
const CODE_ATTEMPTS = 5;

export const requireOpenRound = (round: Round, now: Date) => {
  if (!isRoundOpen(round, now)) {
    throw sessionConflict(
      'round_closed',
      `The round "${round.name}" is not open, so its promises cannot be voted on. Open a round first.`,
    );
  }
};

/**
 * The session's state as it is now. A session left without a step for SESSION_IDLE_HOURS, or whose round
 * has closed, ends by itself here, the first time anything reads or writes it: its state says ended, its
 * join code is deleted, and from then on it behaves as if the facilitator had pressed "End".
 */
export const settle = async (deps: AppDeps, stored: StoredSessionState): Promise<StoredSessionState> => {
  if (stored.status === 'ended') return stored;
  const end = selfEndOf(stored.updatedAt, await deps.store.rounds.get(stored.roundId), deps.now());
  if (!end) return stored;
  const session = await deps.store.sessions.get(stored.sessionId);
  if (!session) return stored;
  const moved = applyAction(
    stored,
    'end',
    session.promises.map((p) => p.promiseId),
  );
  if (!moved.ok) return stored;
  const next = storedState(moved.state, session, new Date(end.at));
  // Nobody checked these counts: what the phones sent stands (each counted once by the server), hands do not.
  const phonesOnly = sourcesOfMode(session.mode).filter((source) => source === 'session-vote');
  if (await deps.store.sessions.end(session, next, stored.version, end.reason, phonesOnly)) return next;
  // Someone else moved it or ended it first: what they wrote is the state now.
  return (await deps.store.sessions.state(stored.sessionId, { consistent: true })) ?? stored;
};

/** The state now (consistent), settled; 404 when the session was never set up. */
export const currentState = async (deps: AppDeps, sessionId: string, missing: string) => {
  const stored = await deps.store.sessions.state(sessionId, { consistent: true });
  if (!stored) throw notFound(missing);
  return settle(deps, stored);
};

const NO_STATE = 'This session has no state: it was not set up completely';

export const createSession = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  input: CreateSession,
): Promise<SessionWithState> => {
  const round = await roundOfCouncil(deps, councilId, input.roundId);
  const now = deps.now();
  requireOpenRound(round, now);
  const pledge = await deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion);
  if (!pledge) throw notFound('This round has no pledge yet');
  const byId = new Map(promisesOf(pledge).map((p) => [p.promiseId, p]));
  const ids = input.promiseIds ?? [...byId.keys()];
  const unknown = promisesNotIn(pledge, ids);
  if (unknown.length > 0) {
    throw unprocessable(
      `These promises are not in the round's pledge: ${unknown.slice(0, 10).join(', ')}`,
      unknown.map((id) => ({ path: `promiseIds.${ids.indexOf(id)}`, message: 'Not a promise of this round' })),
    );
  }
  const base = {
    sessionId: newId('ss', 12),
    councilId,
    roundId: round.roundId,
    name: input.name ?? `In Care Council session, ${now.toISOString().slice(0, 10)}`,
    room: input.room,
    roomSize: input.roomSize,
    mode: input.mode,
    promises: ids.map((id) => {
      const p = byId.get(id)!;
      return { promiseId: p.promiseId, text: p.text, ...(p.easyRead ? { easyRead: p.easyRead } : {}) };
    }),
    createdAt: now.toISOString(),
    createdBy: staff.email,
    endedAt: null,
    endedBy: null,
    countsConfirmedAt: null,
    confirmedSources: [],
    codeExpiresAt: Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_DAYS * DAY_SECONDS,
  };
  for (let attempt = 1; ; attempt++) {
    const session: SessionRecord = { ...base, joinCode: newJoinCode() };
    const state = storedState(initialState(), session, now);
    try {
      await deps.store.sessions.create(session, state);
      await recordAudit(deps, staff, {
        councilId,
        action: 'session.create',
        target: session.sessionId,
        details: {
          roundId: round.roundId,
          promises: ids.length,
          roomSize: input.roomSize,
          mode: input.mode,
        },
      });
      return { session: sessionView(session), state: stateView(state) };
    } catch (e) {
      // Two live sessions drew the same code: draw again.
      if (!(e instanceof ConflictError) || attempt >= CODE_ATTEMPTS) throw e;
    }
  }
};

/** The council's sessions, newest first; one left running too long ends here, so the list says so. */
export const sessionList = async (deps: AppDeps, councilId: string): Promise<SessionRecord[]> => {
  const sessions = await deps.store.sessions.listForCouncil(councilId);
  return Promise.all(
    sessions.map(async (s) => {
      if (s.endedAt !== null) return s;
      const stored = await deps.store.sessions.state(s.sessionId);
      if (!stored || (await settle(deps, stored)).status !== 'ended') return s;
      return (await deps.store.sessions.get(s.sessionId)) ?? s;
    }),
  );
};

/** What a facilitator can start a session on: each open round of the council, with its pledge's promises in order. */
export const sessionOptions = async (deps: AppDeps, councilId: string) => {
  const now = deps.now();
  const open = (await deps.store.rounds.listForCouncil(councilId)).filter((r) => isRoundOpen(r, now));
  const rounds = await Promise.all(
    open.map(async (round) => {
      const pledge = await deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion);
      return {
        roundId: round.roundId,
        name: round.name,
        promises: pledge ? promisesOf(pledge).map((p) => ({ promiseId: p.promiseId, text: p.text })) : [],
      };
    }),
  );
  return { rounds };
};

export const sessionWithState = async (
  deps: AppDeps,
  councilId: string,
  sessionId: string,
): Promise<SessionWithState> => {
  await sessionOfCouncil(deps, councilId, sessionId);
  const state = await currentState(deps, sessionId, NO_STATE);
  // Read again: settling may have just ended it.
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  return { session: sessionView(session), state: stateView(state) };
};

export const controlSession = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  sessionId: string,
  input: { action: SessionAction; version: number },
): Promise<SessionStateView> => {
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  const stored = await currentState(deps, sessionId, NO_STATE);
  const stale = () =>
    sessionConflict(
      'stale_version',
      'The session moved on since this screen last looked (another screen, or a double press). The screen has been brought up to date: try again if you still want to.',
    );
  if (stored.version !== input.version) throw stale();
  const moved = applyAction(
    stored,
    input.action,
    session.promises.map((p) => p.promiseId),
  );
  if (!moved.ok) throw sessionConflict('not_allowed', moved.reason);
  const next = storedState(moved.state, session, deps.now());
  const written =
    next.status === 'ended'
      ? await deps.store.sessions.end(session, next, stored.version, 'facilitator')
      : await deps.store.sessions.putState(next, stored.version);
  if (!written) throw stale();
  if (input.action === 'end') await recordAudit(deps, staff, { councilId, action: 'session.end', target: sessionId });
  return stateView(next);
};

/**
 * The presenter's poll: one GetItem of the state and one Query of the session's few counter items,
 * whatever the number of phones. A promise's phone votes and its hands are each shown only once at least
 * MIN_GROUP_SIZE answered; once the session has ended the counts leave the room only through the summary.
 */
export const liveOf = async (deps: AppDeps, councilId: string, sessionId: string): Promise<Live> => {
  const stored = await deps.store.sessions.state(sessionId, { consistent: true });
  if (!stored || stored.councilId !== councilId) throw notFound('There is no such session in your council');
  const state = await settle(deps, stored);
  const view = stateView(state);
  if (state.status === 'ended') return { state: view, joined: 0, voted: 0, counts: null };
  const { tally, joined } = await deps.store.sessions.counts(state.roundId, sessionId);
  const counts = Object.fromEntries(
    [...tally.promises].map(([id, t]) => [id, liveCountsOf(t.bySource['session-vote'], t.bySource['session-tally'])]),
  );
  const current = state.promiseId ? tally.promises.get(state.promiseId) : undefined;
  // How many phones have voted is the room's progress, not what anyone said: it is shown from the first.
  const voted = current ? handsOf(current.bySource['session-vote']) : 0;
  return { state: view, joined, voted, counts };
};

/** A stable tag for a live answer, so an unchanged poll is answered 304 with no body. */
export const etagOf = (value: unknown): string =>
  `W/"${createHash('sha1').update(JSON.stringify(value)).digest('base64url')}"`;

const promiseOfSession = (session: SessionRecord, promiseId: string) => {
  if (!session.promises.some((p) => p.promiseId === promiseId))
    throw notFound(`The promise ${promiseId} is not part of this session`);
};

/** Sets the show of hands for one promise; typing new numbers corrects it, and the counters move by the difference. */
export const setTally = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  sessionId: string,
  promiseId: string,
  counts: RatingCounts,
) => {
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  promiseOfSession(session, promiseId);
  const round = await roundOfCouncil(deps, councilId, session.roundId);
  requireOpenRound(round, deps.now());
  const state = await currentState(deps, sessionId, NO_STATE);
  if (state.status === 'ended') throw sessionConflict('ended', ENDED_HANDS);
  if (!takesHands(session.mode))
    throw sessionConflict(
      'not_allowed',
      'This session counts phones only, so a show of hands would count people twice. Start a session with hands to count hands.',
    );
  const most = mostHands(session.mode, session.roomSize, (await deps.store.sessions.seats(sessionId)).taken);
  if (handsOf(counts) > most)
    throw unprocessable(
      session.mode === 'hands'
        ? `That is ${handsOf(counts)} hands, but the room has ${session.roomSize} young people. Count again: each person raises one hand for one answer.`
        : `That is ${handsOf(counts)} hands, but only ${most} of the ${session.roomSize} young people in the room have no phone in the session. Count only the hands of people without a phone.`,
      [{ path: 'counts', message: `At most ${most} hands in all` }],
    );
  const plan = await deps.store.sessions.setTally(session, cohortOfRoom(session.room, 'session-tally'), (t) =>
    planTally(t, promiseId, counts),
  );
  if (plan.kind === 'move') {
    await recordAudit(deps, staff, {
      councilId,
      action: 'session.tally',
      target: sessionId,
      // That the hands changed, never how many: the log must not hold a small group's answers.
      details: { promiseId },
    });
  }
  return { promiseId, counts: plan.tally.counts[promiseId] ?? emptyCounts() };
};

const ENDED_HANDS =
  'This session has ended, so its shows of hands can no longer be read or changed. The summary shows what the room said.';

/** The hands typed so far, for the facilitator to correct while the session runs; gone (410) once it has ended. */
export const tallyOf = async (deps: AppDeps, councilId: string, sessionId: string) => {
  await sessionOfCouncil(deps, councilId, sessionId);
  const state = await currentState(deps, sessionId, NO_STATE);
  if (state.status === 'ended') throw new HttpError(410, 'ended', ENDED_HANDS);
  return (await deps.store.sessions.tally(sessionId)).counts;
};

/** The note's comment id comes from the id the device made, so a resent note is stored once. */
const noteCommentId = (sessionId: string, noteId: string) =>
  `cm_${createHash('sha256').update(`${sessionId}/${noteId}`).digest('base64url').slice(0, 16)}`;

export const addSessionNote = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  sessionId: string,
  input: { noteId: string; promiseId: string; text: string },
) => {
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  promiseOfSession(session, input.promiseId);
  const council = await deps.store.councils.get(councilId);
  if (!council) throw notFound('There is no such council');
  const now = deps.now();
  const commentId = noteCommentId(sessionId, input.noteId);
  const screen = screenComment(input.text);
  const outcome = await deps.store.sessions.addNote({
    councilId,
    roundId: session.roundId,
    sessionId,
    commentId,
    promiseId: input.promiseId,
    text: input.text,
    urgent: screen.urgent,
    receivedOn: now.toISOString().slice(0, 10),
    ...(screen.urgent ? { receivedAt: urgentArrivalTime(now.toISOString()) } : {}),
    expiresAt: commentExpiresAt(now, council.commentRetentionDays),
  });
  if (outcome === 'stored') {
    await recordAudit(deps, staff, {
      councilId,
      action: 'session.note',
      target: commentId,
      details: { sessionId, promiseId: input.promiseId },
    });
    if (screen.urgent) {
      await alertSafeguarding(deps, { councilId, roundId: session.roundId, commentId, concerns: screen.concerns });
    }
  }
  return { commentId, urgent: screen.urgent };
};

export const summaryOf = async (deps: AppDeps, councilId: string, sessionId: string): Promise<SessionSummaryView> => {
  await sessionOfCouncil(deps, councilId, sessionId);
  // While the room votes its figures still move; a summary read twice must never differ by one person.
  if ((await currentState(deps, sessionId, NO_STATE)).status !== 'ended')
    throw sessionConflict('not_allowed', 'The summary is ready once the session has ended. End the session first.');
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  const [council, { tally }] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.sessions.counts(session.roundId, sessionId),
  ]);
  if (!council) throw notFound('There is no such council');
  const seats = await deps.store.sessions.seats(sessionId);
  return {
    session: sessionView(session),
    ...buildSessionSummary(session.promises, tally, council.thresholds),
    refusedJoins: seats.refused,
    joinsFarExceeded: joinsFarExceeded(session.roomSize, seats.refused),
  };
};

/**
 * "Check the counts" at the end: the facilitator vouches for the session's counts, and from then on the
 * board's scorecard counts them. Phones and hands each counted in the session's own way (see mode.ts).
 */
export const confirmCounts = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  sessionId: string,
): Promise<SessionView> => {
  await sessionOfCouncil(deps, councilId, sessionId);
  await currentState(deps, sessionId, NO_STATE);
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  const at = deps.now().toISOString();
  const sources = sourcesOfMode(session.mode);
  if (!(await deps.store.sessions.confirm(sessionId, at, sources)))
    throw sessionConflict('not_allowed', 'End the session first: the counts are checked once voting is over.');
  await recordAudit(deps, staff, {
    councilId,
    action: 'session.confirm',
    target: sessionId,
    details: { sources: sources.join(' ') },
  });
  return sessionView({ ...session, countsConfirmedAt: at, confirmedSources: sources });
};

/** A session whose counts reach the board, and which of its sources do. */
export interface ConfirmedSession {
  sessionId: string;
  countsConfirmedAt: string;
  sources: SessionSource[];
}

/**
 * The sessions of a round whose counts the board may see: checked by the facilitator at the end, or ended
 * by themselves (then their phones only). A session still running, or ended but not checked, is left out.
 */
export const confirmedSessions = async (deps: AppDeps, roundId: string): Promise<ConfirmedSession[]> => {
  const round = await deps.store.rounds.get(roundId);
  if (!round) return [];
  const sessions = await deps.store.sessions.listForCouncil(round.councilId);
  return sessions
    .filter((s) => s.roundId === roundId && s.countsConfirmedAt !== null && s.confirmedSources.length > 0)
    .map((s) => ({ sessionId: s.sessionId, countsConfirmedAt: s.countsConfirmedAt!, sources: s.confirmedSources }));
};

/** Just the ids, for a reader that needs no more. */
export const confirmedSessionIds = async (deps: AppDeps, roundId: string): Promise<string[]> =>
  (await confirmedSessions(deps, roundId)).map((s) => s.sessionId);
