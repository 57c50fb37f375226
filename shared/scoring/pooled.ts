/**
 * Pooled figures (a section, a theme) add up the answers of several promises, and one young person answers several of
 * them: answers of one person tend to agree, so N pooled answers carry less than N independent answers' worth of
 * information. The interval allows for it with Kish's design effect for clustered samples (docs/methods.md):
 *
 *   deff = 1 + (m − 1) · ρ,   m = answers ÷ people (answers per young person),   n_eff = answers ÷ deff
 *
 * and the Wilson interval is taken on n_eff. ρ is the intra-person correlation, POOLED_ICC. How many people stand
 * behind the answers is not stored (nothing joins one person's answers), so it is estimated as the largest n of any
 * one promise: each young person rates a promise once, and a survey asks everyone every promise.
 */
import { POOLED_ICC } from '../limits';
import type { RatingCounts } from '../rating';
import { type Interval, keptShare, nOf, pooledCounts, wilsonInterval } from './score';

/** About how many young people stand behind pooled counts: at least the largest n of any one promise. */
export const peopleBehind = (all: readonly RatingCounts[]): number => all.reduce((m, c) => Math.max(m, nOf(c)), 0);

export const designEffect = (all: readonly RatingCounts[], icc = POOLED_ICC): number => {
  const answers = all.reduce((s, c) => s + nOf(c), 0);
  const people = peopleBehind(all);
  if (people === 0) return 1;
  return 1 + (answers / people - 1) * icc;
};

/** The 95% interval of a pooled share, widened by the design effect; for one promise it is its Wilson interval. */
export const pooledInterval = (all: readonly RatingCounts[], icc = POOLED_ICC): Interval => {
  const pooled = pooledCounts([...all]);
  const n = nOf(pooled);
  if (n === 0) return wilsonInterval(0, 0);
  const effective = n / designEffect(all, icc);
  return wilsonInterval((keptShare(pooled) / n) * effective, effective);
};
