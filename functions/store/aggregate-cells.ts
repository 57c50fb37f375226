/**
 * Names of the pre-aggregated counters. Each submission adds 1 to three counters per rated promise
 * (one per breakdown: age group, care status, source) and 1 to four response counters: the same three and,
 * for the survey, care status and age group together ("#.g=in-care:8-13", for response rates by group). A
 * round's totals are the sum over sources. Counter names are readable in the console: "p_x7k.y.a=8-13".
 */
import { AGE_BUCKETS, CARE_BUCKETS, type Cohort, SOURCES } from '../../shared/cohort';
import { RATING_CODES, RATINGS, type Rating } from '../../shared/rating';
import { COHORT_KEYS, cohortKey, type RoundTally } from '../../shared/scoring/tally';

/** Age group, care status, source; and, on response counters only, care status and age group together. */
export type Dimension = 'a' | 'c' | 's' | 'g';
const DIMENSIONS: Dimension[] = ['a', 'c', 's'];

const cohortValue = (cohort: Cohort, d: Dimension): string =>
  d === 'a' ? cohort.age : d === 'c' ? cohort.care : cohort.source;

/** The marker for response counters, which belong to no promise. */
export const RESPONSES = '#';

export const ratingCounterNames = (promiseId: string, rating: Rating, cohort: Cohort): string[] =>
  DIMENSIONS.map((d) => `${promiseId}.${RATING_CODES[rating]}.${d}=${cohortValue(cohort, d)}`);

export const responseCounterNames = (cohort: Cohort): string[] =>
  DIMENSIONS.map((d) => `${RESPONSES}.${d}=${cohortValue(cohort, d)}`);

/** A survey response's counters: the three above and its care status and age group together. */
export const surveyResponseCounterNames = (cohort: Cohort): string[] => [
  ...responseCounterNames(cohort),
  `${RESPONSES}.g=${cohortKey(cohort)}`,
];

const RATING_BY_CODE = new Map(RATINGS.map((r) => [RATING_CODES[r], r]));
const KNOWN_VALUES: Record<Dimension, ReadonlySet<string>> = {
  a: new Set(AGE_BUCKETS),
  c: new Set(CARE_BUCKETS),
  s: new Set(SOURCES),
  g: new Set(COHORT_KEYS),
};

export interface DecodedCounter {
  /** A promise id, or RESPONSES for the response counters. */
  subject: string;
  rating: Rating | null;
  dimension: Dimension;
  value: string;
}

/** Reads a counter name back; anything that is not a counter (keys, bookkeeping) gives null. */
export const decodeCounterName = (name: string): DecodedCounter | null => {
  const eq = name.lastIndexOf('=');
  if (eq < 0) return null;
  const dimension = name[eq - 1] as Dimension;
  const value = name.slice(eq + 1);
  if (!KNOWN_VALUES[dimension]?.has(value) || name[eq - 2] !== '.') return null;
  const head = name.slice(0, eq - 2);
  if (head === RESPONSES) return { subject: RESPONSES, rating: null, dimension, value };
  if (dimension === 'g') return null;
  const dot = head.lastIndexOf('.');
  const rating = RATING_BY_CODE.get(head.slice(dot + 1));
  if (dot <= 0 || !rating) return null;
  return { subject: head.slice(0, dot), rating, dimension, value };
};

/** Every non-zero counter a tally implies, by name: what the counter items should hold in sum. */
export const countersOfTally = (tally: RoundTally): Map<string, number> => {
  const out = new Map<string, number>();
  const add = (name: string, value: number) => value !== 0 && out.set(name, (out.get(name) ?? 0) + value);
  const ways = (b: {
    bySource: Record<string, unknown>;
    byAge: Record<string, unknown>;
    byCare: Record<string, unknown>;
  }) =>
    [
      ['s', b.bySource],
      ['a', b.byAge],
      ['c', b.byCare],
    ] as const;
  for (const [d, values] of [...ways(tally.responses), ['g', tally.responses.byCohort] as const]) {
    for (const [value, n] of Object.entries(values)) add(`${RESPONSES}.${d}=${value}`, n as number);
  }
  for (const [promiseId, t] of tally.promises) {
    for (const [d, values] of ways(t)) {
      for (const [value, counts] of Object.entries(values)) {
        for (const r of RATINGS)
          add(`${promiseId}.${RATING_CODES[r]}.${d}=${value}`, (counts as Record<Rating, number>)[r]);
      }
    }
  }
  return out;
};
