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
import type {
  CreateSession,
  Live,
  SessionStateView,
  SessionSummaryView,
  SessionWithState,
} from '../../../shared/sessions/schemas';
import { applyAction, initialState, type SessionAction } from '../../../shared/sessions/state';
import { buildSessionSummary } from '../../../shared/sessions/summary';
import { planTally } from '../../../shared/sessions/tally';
import { SESSION_LIFETIME_DAYS } from '../../../shared/sessions/timing';
import { ConflictError } from '../../store/errors';
import type { SessionRecord } from '../../store/session-store';
import type { AppDeps } from '../deps';
import { notFound, unprocessable } from '../http-error';
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
    promises: ids.map((id) => {
      const p = byId.get(id)!;
      return { promiseId: p.promiseId, text: p.text, ...(p.easyRead ? { easyRead: p.easyRead } : {}) };
    }),
    createdAt: now.toISOString(),
    createdBy: staff.email,
    endedAt: null,
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
        },
      });
      return { session: sessionView(session), state: stateView(state) };
    } catch (e) {
      // Two live sessions drew the same code: draw again.
      if (!(e instanceof ConflictError) || attempt >= CODE_ATTEMPTS) throw e;
    }
  }
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
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  const state = await deps.store.sessions.state(sessionId, { consistent: true });
  if (!state) throw notFound('This session has no state: it was not set up completely');
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
  const stored = await deps.store.sessions.state(sessionId, { consistent: true });
  if (!stored) throw notFound('This session has no state: it was not set up completely');
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
  if (!(await deps.store.sessions.putState(next, stored.version))) throw stale();
  if (input.action === 'end') await recordAudit(deps, staff, { councilId, action: 'session.end', target: sessionId });
  return stateView(next);
};

/**
 * The presenter's poll: one GetItem of the state and one Query of the session's few counter items,
 * whatever the number of phones. Counts are the room's own and unsuppressed while it runs; once the
 * session has ended they leave the room only through the summary, where small numbers are replaced.
 */
export const liveOf = async (deps: AppDeps, councilId: string, sessionId: string): Promise<Live> => {
  const state = await deps.store.sessions.state(sessionId, { consistent: true });
  if (!state || state.councilId !== councilId) throw notFound('There is no such session in your council');
  const view = stateView(state);
  if (state.status === 'ended') return { state: view, joined: 0, voted: 0, counts: null };
  const { tally, joined } = await deps.store.sessions.counts(state.roundId, sessionId);
  const counts = Object.fromEntries(
    [...tally.promises].map(([id, t]) => [
      id,
      { phones: t.bySource['session-vote'], hands: t.bySource['session-tally'] },
    ]),
  );
  const current = state.promiseId ? counts[state.promiseId]?.phones : undefined;
  const voted = current ? current.yes + current.sometimes + current.no + current.dontknow : 0;
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
  const plan = await deps.store.sessions.setTally(session, cohortOfRoom(session.room, 'session-tally'), (t) =>
    planTally(t, promiseId, counts),
  );
  if (plan.kind === 'move') {
    await recordAudit(deps, staff, {
      councilId,
      action: 'session.tally',
      target: sessionId,
      details: { promiseId, ...counts },
    });
  }
  return { promiseId, counts: plan.tally.counts[promiseId] ?? emptyCounts() };
};

export const tallyOf = async (deps: AppDeps, councilId: string, sessionId: string) => {
  await sessionOfCouncil(deps, councilId, sessionId);
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
  const session = await sessionOfCouncil(deps, councilId, sessionId);
  const [council, { tally }] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.sessions.counts(session.roundId, sessionId),
  ]);
  if (!council) throw notFound('There is no such council');
  return { session: sessionView(session), ...buildSessionSummary(session.promises, tally, council.thresholds) };
};
