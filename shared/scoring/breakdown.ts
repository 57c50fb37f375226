import { AGE_BUCKETS, type AgeBucket, CARE_BUCKETS, type CareBucket } from '../cohort';
import { SUPPRESSED_LABEL } from '../limits';
import type { RatingCounts } from '../rating';
import type { Thresholds } from '../schemas/council';
import { type Figures, figuresOf, SUPPRESSED } from './figures';
import { cellsToHide } from './protect';
import { nOf } from './score';
import type { Breakdown, PromiseTally } from './tally';

/** The cohort splits a board sees: the survey's, by age group and by care status. */
export type CohortBreakdown<T> = Omit<Breakdown<T>, 'bySource'>;

const answersOf = (c: RatingCounts) => nOf(c) + c.dontknow;

/** One way of splitting (source, age group or care status), every cell protected against subtraction. */
const protectedFigures = <K extends string>(
  keys: readonly K[],
  cells: Record<K, RatingCounts>,
  thresholds: Thresholds,
): Record<K, Figures> => {
  const hide = cellsToHide(keys.map((k) => [nOf(cells[k]), answersOf(cells[k])]));
  return Object.fromEntries(keys.map((k, i) => [k, hide[i] ? SUPPRESSED : figuresOf(cells[k], thresholds)])) as Record<
    K,
    Figures
  >;
};

/** A promise's survey figures by age group and care status, as a board may see them. */
export const breakdownOf = (t: PromiseTally, thresholds: Thresholds): CohortBreakdown<Figures> => ({
  byAge: protectedFigures<AgeBucket>(AGE_BUCKETS, t.byAge, thresholds),
  byCare: protectedFigures<CareBucket>(CARE_BUCKETS, t.byCare, thresholds),
});

export type CountCell = number | typeof SUPPRESSED_LABEL;

const protectedCounts = <K extends string>(keys: readonly K[], counts: Record<K, number>): Record<K, CountCell> => {
  const hide = cellsToHide(keys.map((k) => [counts[k]]));
  return Object.fromEntries(keys.map((k, i) => [k, hide[i] ? SUPPRESSED_LABEL : counts[k]])) as Record<K, CountCell>;
};

/** How many answered the survey, by age group and care status, with the same protection. */
export const respondedBreakdownOf = (responses: Breakdown<number>): CohortBreakdown<CountCell> => ({
  byAge: protectedCounts<AgeBucket>(AGE_BUCKETS, responses.byAge),
  byCare: protectedCounts<CareBucket>(CARE_BUCKETS, responses.byCare),
});

const every = <K extends string, T>(keys: readonly K[], value: T): Record<K, T> =>
  Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>;

/** A breakdown with every cell hidden (its total is hidden, or the round is not final), each reading `label`. */
export const hiddenBreakdown = (hidden: Figures): CohortBreakdown<Figures> => ({
  byAge: every(AGE_BUCKETS, hidden),
  byCare: every(CARE_BUCKETS, hidden),
});

export const hiddenResponded = (): CohortBreakdown<CountCell> => ({
  byAge: every(AGE_BUCKETS, SUPPRESSED_LABEL),
  byCare: every(CARE_BUCKETS, SUPPRESSED_LABEL),
});
