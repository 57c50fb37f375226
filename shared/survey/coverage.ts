/**
 * What a phone is told of an open round to choose its set (short-set.ts): each promise's answers so far in steps
 * of 5, like every other figure of a round that is not final (shared/scoring/release.ts). Kept apart from
 * short-set.ts so the survey page does not load the scoring code.
 */
import { inStepsOfFive } from '../scoring/release';

/** What a phone may know of an open round: each promise's answers in steps of 5 (0 for a promise nobody rated). */
export const coarseCoverage = (answered: ReadonlyMap<string, number>, ids: readonly string[]): Record<string, number> =>
  Object.fromEntries(ids.map((id) => [id, inStepsOfFive(answered.get(id) ?? 0)]));
