/**
 * A show of hands, typed in by the facilitator: a group tally, not individual votes. The tally of a
 * promise is set (not added to), so typing corrected numbers replaces the old ones; the counters move
 * by the difference, so a correction is never counted twice.
 *
 * How many people a tally stands for: the most hands counted on any one promise of the session
 * (every hand in the room answers each promise once, "don't know" included).
 */
import { emptyCounts, RATINGS, type Rating, type RatingCounts } from '../rating';

export interface SessionTally {
  counts: Record<string, RatingCounts>;
  version: number;
}

export const emptyTally = (): SessionTally => ({ counts: {}, version: 0 });

export const handsOf = (c: RatingCounts): number => RATINGS.reduce((sum, r) => sum + c[r], 0);

export const peopleInTally = (counts: Record<string, RatingCounts>): number =>
  Object.values(counts).reduce((most, c) => Math.max(most, handsOf(c)), 0);

export type TallyPlan =
  | { kind: 'unchanged'; tally: SessionTally }
  | {
      kind: 'move';
      tally: SessionTally;
      promiseId: string;
      deltas: Partial<Record<Rating, number>>;
      peopleDelta: number;
    };

export const planTally = (t: SessionTally, promiseId: string, counts: RatingCounts): TallyPlan => {
  const before = t.counts[promiseId] ?? emptyCounts();
  const deltas: Partial<Record<Rating, number>> = {};
  for (const r of RATINGS) if (counts[r] !== before[r]) deltas[r] = counts[r] - before[r];
  if (Object.keys(deltas).length === 0) return { kind: 'unchanged', tally: t };
  const nextCounts = { ...t.counts, [promiseId]: { ...counts } };
  return {
    kind: 'move',
    tally: { counts: nextCounts, version: t.version + 1 },
    promiseId,
    deltas,
    peopleDelta: peopleInTally(nextCounts) - peopleInTally(t.counts),
  };
};
