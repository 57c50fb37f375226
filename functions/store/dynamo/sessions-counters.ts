import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Cohort } from '../../../shared/cohort';
import type { Rating } from '../../../shared/rating';
import type { TallyPlan } from '../../../shared/sessions/tally';
import type { VotePlan } from '../../../shared/sessions/votes';
import { ratingCounterNames, responseCounterNames } from '../aggregate-cells';
import { StoreUnavailableError } from '../errors';
import { keys, SHARDS } from '../keys';

/** A non-counter attribute on a session's counter items: phones that joined (decodeCounterName ignores it). */
export const JOINED = 'joined';

/**
 * Counter changes for one transaction, as attribute name → amount. Names are the round's own counter
 * names, so the round's scorecard sums a session's counters with the survey's.
 */
export class CounterMoves {
  readonly amounts = new Map<string, number>();
  add(name: string, by: number) {
    const next = (this.amounts.get(name) ?? 0) + by;
    if (next === 0) this.amounts.delete(name);
    else this.amounts.set(name, next);
    return this;
  }
  rating(promiseId: string, rating: Rating, cohort: Cohort, by: number) {
    for (const name of ratingCounterNames(promiseId, rating, cohort)) this.add(name, by);
    return this;
  }
  people(cohort: Cohort, by: number) {
    for (const name of responseCounterNames(cohort)) this.add(name, by);
    return this;
  }
  get empty() {
    return this.amounts.size === 0;
  }
}

export const movesOfVote = (plan: Extract<VotePlan, { kind: 'move' }>): CounterMoves => {
  const moves = new CounterMoves();
  for (const m of plan.moves) moves.rating(m.promiseId, m.rating, m.cohort, m.by);
  if (plan.newPerson) moves.people(plan.newPerson, 1);
  return moves;
};

export const movesOfTally = (plan: Extract<TallyPlan, { kind: 'move' }>, cohort: Cohort): CounterMoves => {
  const moves = new CounterMoves();
  for (const [rating, by] of Object.entries(plan.deltas) as [Rating, number][])
    moves.rating(plan.promiseId, rating, cohort, by);
  if (plan.peopleDelta !== 0) moves.people(cohort, plan.peopleDelta);
  return moves;
};

/** One `Update … ADD` on a random shard of the session's counter items: concurrent votes rarely meet. */
export const counterUpdate = (
  table: string,
  roundId: string,
  sessionId: string,
  moves: CounterMoves,
  shard = Math.floor(Math.random() * SHARDS),
) => {
  const entries = [...moves.amounts];
  return {
    Update: {
      TableName: table,
      Key: keys.sessionCounters(roundId, sessionId, shard),
      UpdateExpression: `SET #type = :type ADD ${entries.map((_, i) => `#c${i} :v${i}`).join(', ')}`,
      ExpressionAttributeNames: {
        '#type': 'type',
        ...Object.fromEntries(entries.map(([name], i) => [`#c${i}`, name])),
      },
      ExpressionAttributeValues: {
        ':type': 'session-counters',
        ...Object.fromEntries(entries.map(([, by], i) => [`:v${i}`, by])),
      },
    },
  };
};

export const cancelReasons = (e: unknown): string[] =>
  e instanceof TransactionCanceledException ? (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None') : [];

export const isConflict = (e: unknown): boolean =>
  cancelReasons(e).includes('TransactionConflict') || (e as Error).name === 'TransactionConflictException';

const ATTEMPTS = 10;
const backoff = (attempt: number) =>
  new Promise((done) => setTimeout(done, Math.min(500, 15 * 2 ** attempt) * (0.5 + Math.random() / 2)));

/**
 * Runs `attempt` until it returns a value. `attempt` returns undefined to ask for another go (its
 * condition no longer held: it re-reads and plans again); a transaction conflict waits a little first.
 */
export const withRetries = async <T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> => {
  for (let i = 0; i < ATTEMPTS; i++) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch (e) {
      if (!isConflict(e)) throw e;
      await backoff(i);
    }
  }
  throw new StoreUnavailableError(`Too many changes to ${what} at this moment`);
};
