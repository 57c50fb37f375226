/**
 * Short surveys however long the pledge (planned missingness, or matrix sampling: docs/data-model.md,
 * "Promises per person"). Each young person is asked a set of the round's promises: the ones with the fewest
 * answers so far, ties broken at random, in a mixed order. Which promises a person is asked never depends on
 * how they answer, so each promise's score is an unbiased estimate from the young people who were asked it.
 *
 * The phone chooses its own set: the server stores nothing about who got which set. What it is told of an open
 * round is each promise's count in steps of MIN_GROUP_SIZE (coverage.ts), never an exact figure
 * (shared/scoring/release.ts); with no signal it chooses from no counts at all, which is a fair random set.
 */
import { DEFAULT_PROMISES_PER_PERSON, SECONDS_PER_PROMISE } from '../limits';

/** A number in [0, 1): crypto-based on the phone, so one set says nothing about the next. */
export type Random = () => number;

/** Promise id → how many answered it so far, in steps of 5. A promise missing from it counts as 0. */
export type Coverage = Readonly<Record<string, number>>;

/** How many promises one young person is asked: the round's number, or 12 when the pledge has more; never more than all. */
export const promisesPerPersonOf = (setting: number | undefined, total: number): number =>
  Math.min(setting ?? DEFAULT_PROMISES_PER_PERSON, total);

/** Fisher–Yates: every order as likely. */
export const shuffled = <T>(xs: readonly T[], random: Random): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** The `size` promises with the fewest answers (ties at random), in a mixed order. */
export const pickSet = (ids: readonly string[], coverage: Coverage | undefined, size: number, random: Random) => {
  // Shuffling first, then a stable sort by count, breaks ties at random.
  const ranked = shuffled(ids, random).sort((a, b) => (coverage?.[a] ?? 0) - (coverage?.[b] ?? 0));
  return shuffled(ranked.slice(0, Math.max(0, size)), random);
};

/** "Rate some more?": up to `step` promises not asked yet, the least answered first. */
export const pickMore = (
  ids: readonly string[],
  asked: readonly string[],
  coverage: Coverage | undefined,
  step: number,
  random: Random,
): string[] => {
  const done = new Set(asked);
  return pickSet(
    ids.filter((id) => !done.has(id)),
    coverage,
    step,
    random,
  );
};

/** "about M minutes" for a set of this many promises. */
export const minutesFor = (promises: number): number => Math.max(1, Math.round((promises * SECONDS_PER_PROMISE) / 60));
