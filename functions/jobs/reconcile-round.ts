/**
 * Reconciles one round: recounts its counters from the raw records (survey responses, and each session's
 * participants and show of hands), compares scope by scope with what is stored, and on request writes
 * the difference back as compensating counter moves. Used by the reconcile command and the scheduled job.
 *
 * A pass reads the counters, pages through the raw records, then reads the counters again. Every write
 * that counts changes a counter, so equal readings mean nothing was counted meanwhile and the recount and
 * the counters describe the same moment. A round still receiving answers may never be quiet: its
 * differences are then reported as possibly in flight, and nothing is repaired.
 */

import { isRoundOpen } from '../../shared/schemas/round';
import {
  addParticipant,
  addShowOfHands,
  type Difference,
  differencesOf,
  tallyDifference,
} from '../../shared/scoring/reconcile';
import { addResponse, emptyRoundTally, type RoundTally, totalCounts, totalResponses } from '../../shared/scoring/tally';
import type { ReconcileStore, ScopeRepair, StoredCounters } from '../store/reconcile-store';
import type { SessionRecord } from '../store/session-store';
import type { Store } from '../store/store';

export interface ReconcileDeps {
  store: Pick<Store, 'rounds' | 'sessions'>;
  reconcile: ReconcileStore;
  now: () => Date;
}

export interface ScopeResult {
  /** Null for the survey's own counters. */
  sessionId: string | null;
  name: string;
  /** Raw records read: responses, or a session's participant records. */
  records: number;
  differences: Difference[];
  joined: { stored: number; recounted: number } | null;
  /**
   * Set when a session holds fewer participant records than phones that joined (records deleted, as an
   * older version did after 7 days): its counters cannot be recounted and are taken as they stand.
   */
  countersTakenAsStored: boolean;
}

export type RepairOutcome = 'not-asked' | 'not-needed' | 'written' | 'raced' | 'refused-busy';

export interface ReconcileReport {
  roundId: string;
  roundName: string;
  councilId: string;
  open: boolean;
  checkedAt: string;
  durationMs: number;
  /** Passes made: more than one when answers arrived during a pass. */
  passes: number;
  /** True when the counters moved during every pass: the differences may be answers in flight. */
  busy: boolean;
  recount: Totals;
  stored: Totals;
  scopes: ScopeResult[];
  /** Cells that differ, over every scope (a session's joined count included). */
  differences: number;
  repair: RepairOutcome;
  /** The check made after a repair was written. */
  afterRepair: { differences: number; busy: boolean } | null;
}

export interface Totals {
  responses: number;
  surveyResponses: number;
  sessionPeople: number;
  ratings: number;
}

export class RoundNotFoundError extends Error {
  override name = 'RoundNotFoundError';
}

const QUIET_ATTEMPTS = 3;
const QUIET_WAIT_MS = 1_000;

const totalsOf = (survey: RoundTally, sessions: RoundTally[]): Totals => {
  const ratings = (t: RoundTally) =>
    [...t.promises.values()].reduce((sum, p) => {
      const c = totalCounts(p);
      return sum + c.yes + c.sometimes + c.no + c.dontknow;
    }, 0);
  const surveyResponses = totalResponses(survey);
  const sessionPeople = sessions.reduce((sum, t) => sum + totalResponses(t), 0);
  return {
    responses: surveyResponses + sessionPeople,
    surveyResponses,
    sessionPeople,
    ratings: [survey, ...sessions].reduce((s, t) => s + ratings(t), 0),
  };
};

interface Recounted {
  sessionId: string | null;
  name: string;
  tally: RoundTally;
  records: number;
}

interface Pass {
  counters: StoredCounters;
  busy: boolean;
  recounted: Recounted[];
}

const onePass = async (deps: ReconcileDeps, roundId: string, sessions: Map<string, SessionRecord>): Promise<Pass> => {
  const before = await deps.reconcile.counters(roundId);
  const survey = emptyRoundTally();
  const responses = await deps.reconcile.scanResponses(roundId, (page) => {
    for (const r of page) addResponse(survey, r.ratings, r.cohort);
  });
  const recounted: Recounted[] = [{ sessionId: null, name: 'survey', tally: survey, records: responses }];
  // Sessions of the round, and any session whose counters sit in the round without a session record.
  const ids = [...new Set([...sessions.keys(), ...before.sessions.keys()])].sort();
  for (const sessionId of ids) {
    const session = sessions.get(sessionId);
    const tally = emptyRoundTally();
    const records = await deps.reconcile.scanParticipants(sessionId, (page) => {
      for (const p of page) addParticipant(tally, p);
    });
    if (session) addShowOfHands(tally, (await deps.store.sessions.tally(sessionId)).counts, session.room);
    recounted.push({ sessionId, name: session ? `session "${session.name}"` : 'session (no record)', tally, records });
  }
  const after = await deps.reconcile.counters(roundId);
  return { counters: after, busy: after.fingerprint !== before.fingerprint, recounted };
};

const scopesOf = (pass: Pass): ScopeResult[] =>
  pass.recounted.map((r) => {
    const stored = r.sessionId === null ? pass.counters.survey : pass.counters.sessions.get(r.sessionId);
    const storedTally = stored?.tally ?? emptyRoundTally();
    if (r.sessionId === null) {
      return {
        sessionId: null,
        name: r.name,
        records: r.records,
        differences: differencesOf(storedTally, r.tally),
        joined: null,
        countersTakenAsStored: false,
      };
    }
    const joined = { stored: stored?.joined ?? 0, recounted: r.records };
    const lost = joined.recounted < joined.stored;
    return {
      sessionId: r.sessionId,
      name: r.name,
      records: r.records,
      differences: lost ? [] : differencesOf(storedTally, r.tally),
      joined,
      countersTakenAsStored: lost,
    };
  });

const differenceCount = (scopes: ScopeResult[]) =>
  scopes.reduce(
    (n, s) =>
      n +
      s.differences.length +
      (s.joined && !s.countersTakenAsStored && s.joined.stored !== s.joined.recounted ? 1 : 0),
    0,
  );

const repairsOf = (pass: Pass, scopes: ScopeResult[]): ScopeRepair[] =>
  scopes
    .filter(
      (s) =>
        !s.countersTakenAsStored && (s.differences.length > 0 || (s.joined && s.joined.stored !== s.joined.recounted)),
    )
    .map((s) => {
      const stored = s.sessionId === null ? pass.counters.survey : pass.counters.sessions.get(s.sessionId);
      const recounted = pass.recounted.find((r) => r.sessionId === s.sessionId)!.tally;
      return {
        sessionId: s.sessionId,
        deltas: tallyDifference(stored?.tally ?? emptyRoundTally(), recounted),
        joined: s.joined ? s.joined.recounted - s.joined.stored : 0,
        expectedVersion: stored?.repairVersion ?? 0,
      };
    });

const quietPass = async (deps: ReconcileDeps, roundId: string, sessions: Map<string, SessionRecord>) => {
  let pass = await onePass(deps, roundId, sessions);
  let passes = 1;
  while (pass.busy && passes < QUIET_ATTEMPTS) {
    await new Promise((done) => setTimeout(done, QUIET_WAIT_MS));
    pass = await onePass(deps, roundId, sessions);
    passes++;
  }
  return { pass, passes };
};

export const reconcileRound = async (
  deps: ReconcileDeps,
  roundId: string,
  options: { repair?: boolean } = {},
): Promise<ReconcileReport> => {
  const started = Date.now();
  const round = await deps.store.rounds.get(roundId);
  if (!round) throw new RoundNotFoundError(`There is no round ${roundId}`);
  const sessions = new Map(
    (await deps.store.sessions.listForCouncil(round.councilId))
      .filter((s) => s.roundId === roundId)
      .map((s) => [s.sessionId, s]),
  );

  const { pass, passes } = await quietPass(deps, roundId, sessions);
  const scopes = scopesOf(pass);
  const differences = differenceCount(scopes);
  let repair: RepairOutcome = options.repair ? 'not-needed' : 'not-asked';
  let afterRepair: ReconcileReport['afterRepair'] = null;
  if (options.repair && differences > 0) {
    if (pass.busy) repair = 'refused-busy';
    else {
      repair = await deps.reconcile.repair(roundId, repairsOf(pass, scopes));
      if (repair === 'written') {
        const check = await quietPass(deps, roundId, sessions);
        afterRepair = { differences: differenceCount(scopesOf(check.pass)), busy: check.pass.busy };
      }
    }
  }

  const takenAsStored = new Set(scopes.filter((s) => s.countersTakenAsStored).map((s) => s.sessionId));
  const sessionTallies = (p: Pass, which: 'recounted' | 'stored') =>
    p.recounted
      .filter((r) => r.sessionId !== null)
      .map((r) => {
        const stored = p.counters.sessions.get(r.sessionId!)?.tally ?? emptyRoundTally();
        return which === 'recounted' && !takenAsStored.has(r.sessionId) ? r.tally : stored;
      });
  return {
    roundId,
    roundName: round.name,
    councilId: round.councilId,
    open: isRoundOpen(round, deps.now()),
    checkedAt: deps.now().toISOString(),
    durationMs: Date.now() - started,
    passes,
    busy: pass.busy,
    recount: totalsOf(pass.recounted[0]!.tally, sessionTallies(pass, 'recounted')),
    stored: totalsOf(pass.counters.survey.tally, sessionTallies(pass, 'stored')),
    scopes,
    differences,
    repair,
    afterRepair,
  };
};
