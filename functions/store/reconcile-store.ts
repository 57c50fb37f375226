/**
 * The storage port for reconciliation: paging through a round's raw records and reading and repairing
 * its counters scope by scope. Only the reconcile command and job use it, never the API.
 * `dynamo/reconcile.ts` implements it.
 */
import type { Cohort } from '../../shared/cohort';
import type { Rating } from '../../shared/rating';
import type { RoundTally } from '../../shared/scoring/tally';
import type { Participant } from '../../shared/sessions/votes';

/** A stored survey response as a recount needs it: its answers and cohort, nothing else. */
export interface RawResponse {
  ratings: Record<string, Rating>;
  cohort: Cohort;
}

/** A phone's record in a session as a recount needs it. */
export type RawParticipant = Pick<Participant, 'group' | 'votes' | 'counted'>;

/** The counters of one scope: the survey's own items, or one session's. */
export interface CounterScope {
  tally: RoundTally;
  /** Phones that joined (sessions only): the number of participant records there should be. */
  joined: number;
  /** The version of the scope's repair item, 0 when it was never repaired. */
  repairVersion: number;
}

export interface StoredCounters {
  survey: CounterScope;
  sessions: Map<string, CounterScope>;
  /** Changes whenever any counter of the round changes: equal before and after a pass means nothing was counted meanwhile. */
  fingerprint: string;
}

/** Compensating moves for one scope, written only if its repair item is still at `expectedVersion`. */
export interface ScopeRepair {
  /** Null for the survey's scope. */
  sessionId: string | null;
  deltas: RoundTally;
  joined: number;
  expectedVersion: number;
}

export interface ReconcileStore {
  /** Every round ever opened on the platform, by id (a small registry, not a scan of the table). */
  roundIds(): Promise<string[]>;
  /**
   * Pages through the round's raw responses, its shards side by side, handing each page to `onPage`;
   * at most one page per shard is held at once. Returns how many responses there were.
   */
  scanResponses(roundId: string, onPage: (page: RawResponse[]) => void): Promise<number>;
  /** Pages through a session's participant records the same way. Returns how many there were. */
  scanParticipants(sessionId: string, onPage: (page: RawParticipant[]) => void): Promise<number>;
  /** The round's counters (a few dozen items whatever the number of responses), split by scope. */
  counters(roundId: string): Promise<StoredCounters>;
  /** Writes every scope's moves in one transaction; 'raced' when another repair changed a scope first (nothing written). */
  repair(roundId: string, repairs: ScopeRepair[]): Promise<'written' | 'raced'>;
}
