import {
  AGE_BUCKETS,
  type AgeBucket,
  CARE_BUCKETS,
  type CareBucket,
  type Cohort,
  SOURCES,
  type Source,
} from '../cohort';
import { addCounts, emptyCounts, type Rating, type RatingCounts } from '../rating';

/** A promise's counts, three ways: by source, by age group and by care status. Each way sums to the total. */
export interface PromiseTally {
  bySource: Record<Source, RatingCounts>;
  byAge: Record<AgeBucket, RatingCounts>;
  byCare: Record<CareBucket, RatingCounts>;
}

export interface Breakdown<T> {
  bySource: Record<Source, T>;
  byAge: Record<AgeBucket, T>;
  byCare: Record<CareBucket, T>;
}

/**
 * What a round's aggregates hold: how many responded (three ways, and the survey's by care status and age group
 * together, keyed by cohortKey) and each promise's counts.
 */
export interface RoundTally {
  responses: Breakdown<number> & { byCohort: Record<string, number> };
  promises: Map<string, PromiseTally>;
}

/** A survey response's care status and age group together ("in-care:8-13"), for response rates by group. */
export const cohortKey = (cohort: Pick<Cohort, 'age' | 'care'>): string => `${cohort.care}:${cohort.age}`;
/** Every cohortKey there can be. */
export const COHORT_KEYS: readonly string[] = CARE_BUCKETS.flatMap((care) =>
  AGE_BUCKETS.map((age) => cohortKey({ care, age })),
);

const recordOf = <K extends string, T>(keys: readonly K[], make: () => T): Record<K, T> =>
  Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, T>;

export const emptyPromiseTally = (): PromiseTally => ({
  bySource: recordOf(SOURCES, emptyCounts),
  byAge: recordOf(AGE_BUCKETS, emptyCounts),
  byCare: recordOf(CARE_BUCKETS, emptyCounts),
});

export const emptyRoundTally = (): RoundTally => ({
  responses: {
    bySource: recordOf(SOURCES, () => 0),
    byAge: recordOf(AGE_BUCKETS, () => 0),
    byCare: recordOf(CARE_BUCKETS, () => 0),
    byCohort: {},
  },
  promises: new Map(),
});

export const promiseTally = (tally: RoundTally, promiseId: string): PromiseTally => {
  let t = tally.promises.get(promiseId);
  if (!t) {
    t = emptyPromiseTally();
    tally.promises.set(promiseId, t);
  }
  return t;
};

/** The total counts of a promise: the sum over sources. */
export const totalCounts = (t: PromiseTally): RatingCounts =>
  Object.values(t.bySource).reduce(addCounts, emptyCounts());

export const totalResponses = (tally: RoundTally): number =>
  Object.values(tally.responses.bySource).reduce((a, b) => a + b, 0);

/** Adds one response (its ratings and who gave them) to a tally: the same rule the store's counters follow. */
export const addResponse = (tally: RoundTally, ratings: Record<string, Rating>, cohort: Cohort): void => {
  tally.responses.bySource[cohort.source] += 1;
  tally.responses.byAge[cohort.age] += 1;
  tally.responses.byCare[cohort.care] += 1;
  const key = cohortKey(cohort);
  tally.responses.byCohort[key] = (tally.responses.byCohort[key] ?? 0) + 1;
  for (const [promiseId, rating] of Object.entries(ratings)) {
    const t = promiseTally(tally, promiseId);
    t.bySource[cohort.source][rating] += 1;
    t.byAge[cohort.age][rating] += 1;
    t.byCare[cohort.care][rating] += 1;
  }
};

/** Total counts per promise id, the input a scorecard needs. */
export const totalsByPromise = (tally: RoundTally): Map<string, RatingCounts> =>
  new Map([...tally.promises].map(([id, t]) => [id, totalCounts(t)]));
