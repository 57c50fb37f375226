import type { Cohort } from '../../../shared/cohort';
import type { Rating } from '../../../shared/rating';
import type { TallyPlan } from '../../../shared/sessions/tally';
import type { VotePlan } from '../../../shared/sessions/votes';
import { ratingCounterNames, responseCounterNames } from '../aggregate-cells';
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
