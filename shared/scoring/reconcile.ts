/**
 * Reconciliation, the pure half: a round's counts are recounted from its raw records (survey responses,
 * each session's participants and show-of-hands tally) by the same rules the counters follow, and the
 * recount is compared with the stored counters cell by cell. Every cell that differs is listed; the
 * difference itself is a tally, so the store can write it as one set of compensating counter moves.
 */
import { AGE_BUCKETS, CARE_BUCKETS, type Cohort, SOURCES } from '../cohort';
import { RATINGS, type Rating, type RatingCounts } from '../rating';
import { cohortOfGroup, cohortOfRoom, type RoomGroup } from '../sessions/groups';
import { peopleInTally } from '../sessions/tally';
import type { Participant } from '../sessions/votes';
import { COHORT_KEYS, emptyRoundTally, promiseTally, type RoundTally } from './tally';

/** The three ways every count is kept; each way sums to the same total. */
export const WAYS = ['source', 'age', 'care'] as const;
/**
 * Survey responses are also counted by care status and age together (for response rates by group), so the
 * number of responses has a fourth way; ratings and a session's people have only the three.
 */
export const RESPONSE_WAYS = [...WAYS, 'care and age'] as const;
export type Way = (typeof RESPONSE_WAYS)[number];

const FIELD = { source: 'bySource', age: 'byAge', care: 'byCare', 'care and age': 'byCohort' } as const;
const VALUES: Record<Way, readonly string[]> = {
  source: SOURCES,
  age: AGE_BUCKETS,
  care: CARE_BUCKETS,
  'care and age': COHORT_KEYS,
};
const cohortValueOf = (cohort: Cohort, way: Way): string =>
  way === 'source' ? cohort.source : way === 'age' ? cohort.age : cohort.care;

/** One counted figure: a promise's rating (or, with promiseId null, the number of responses) in one group of one way. */
export interface Cell {
  /** Null for the responses count, which belongs to no promise. */
  promiseId: string | null;
  rating: Rating | null;
  way: Way;
  value: string;
  n: number;
}

/** Every non-zero cell of a tally. */
export function* cellsOf(tally: RoundTally): Generator<Cell> {
  for (const way of RESPONSE_WAYS) {
    const counts = tally.responses[FIELD[way]] as Record<string, number>;
    for (const value of VALUES[way])
      if (counts[value]) yield { promiseId: null, rating: null, way, value, n: counts[value] };
  }
  for (const [promiseId, t] of tally.promises) {
    for (const way of WAYS) {
      const groups = t[FIELD[way]] as Record<string, RatingCounts>;
      for (const value of VALUES[way]) {
        for (const rating of RATINGS) {
          const n = groups[value]?.[rating] ?? 0;
          if (n) yield { promiseId, rating, way, value, n };
        }
      }
    }
  }
}

/** Adds `n` to one cell (negative to take away). */
export const addToCell = (tally: RoundTally, cell: Cell): void => {
  if (cell.promiseId === null) {
    const counts = tally.responses[FIELD[cell.way]] as Record<string, number>;
    counts[cell.value] = (counts[cell.value] ?? 0) + cell.n;
    return;
  }
  if (cell.way === 'care and age') throw new Error('Ratings are not counted by care status and age together');
  const groups = promiseTally(tally, cell.promiseId)[FIELD[cell.way]] as Record<string, RatingCounts>;
  groups[cell.value]![cell.rating!] += cell.n;
};

/** Counts `n` answers of `rating` to a promise in a cohort, three ways, as a counter move does. */
const addRating = (tally: RoundTally, promiseId: string, rating: Rating, cohort: Cohort, n: number) => {
  for (const way of WAYS) addToCell(tally, { promiseId, rating, way, value: cohortValueOf(cohort, way), n });
};
const addPeople = (tally: RoundTally, cohort: Cohort, n: number) => {
  for (const way of WAYS)
    addToCell(tally, { promiseId: null, rating: null, way, value: cohortValueOf(cohort, way), n });
};

/** A phone in a session: its current answer to each promise, and itself once if it ever voted (see sessions/votes.ts). */
export const addParticipant = (tally: RoundTally, p: Pick<Participant, 'group' | 'votes' | 'counted'>): void => {
  const cohort = cohortOfGroup(p.group, 'session-vote');
  for (const [promiseId, vote] of Object.entries(p.votes)) addRating(tally, promiseId, vote.rating, cohort, 1);
  if (p.counted) addPeople(tally, cohort, 1);
};

/** A session's show of hands as last typed: every hand once per promise, and the most hands on any promise as people. */
export const addShowOfHands = (tally: RoundTally, counts: Record<string, RatingCounts>, room: RoomGroup): void => {
  const cohort = cohortOfRoom(room, 'session-tally');
  for (const [promiseId, c] of Object.entries(counts))
    for (const rating of RATINGS) if (c[rating]) addRating(tally, promiseId, rating, cohort, c[rating]);
  const people = peopleInTally(counts);
  if (people) addPeople(tally, cohort, people);
};

/** Adds every cell of `from` into `into`, each multiplied by `sign`. */
export const mergeTally = (into: RoundTally, from: RoundTally, sign: 1 | -1 = 1): RoundTally => {
  for (const cell of cellsOf(from)) addToCell(into, { ...cell, n: sign * cell.n });
  return into;
};

/** recounted − stored: what must be added to the stored counters to make them equal the recount. */
export const tallyDifference = (stored: RoundTally, recounted: RoundTally): RoundTally =>
  mergeTally(mergeTally(emptyRoundTally(), recounted), stored, -1);

export interface Difference {
  promiseId: string | null;
  rating: Rating | null;
  way: Way;
  value: string;
  stored: number;
  recounted: number;
}

/** Every cell where the stored counters and the recount disagree, responses first, then promise by promise. */
export const differencesOf = (stored: RoundTally, recounted: RoundTally): Difference[] => {
  const storedCells = new Map<string, number>();
  const key = (c: Pick<Cell, 'promiseId' | 'rating' | 'way' | 'value'>) =>
    `${c.promiseId ?? ''}|${c.rating ?? ''}|${c.way}|${c.value}`;
  for (const c of cellsOf(stored)) storedCells.set(key(c), c.n);
  const out: Difference[] = [];
  for (const c of cellsOf(tallyDifference(stored, recounted))) {
    const s = storedCells.get(key(c)) ?? 0;
    out.push({ promiseId: c.promiseId, rating: c.rating, way: c.way, value: c.value, stored: s, recounted: s + c.n });
  }
  return out;
};

/** "p_abc sometimes, age 8-13: stored 12, recounted 13 (+1)" — one line a person can check. */
export const describeDifference = (d: Difference): string => {
  const what = d.promiseId === null ? 'responses' : `${d.promiseId} ${d.rating}`;
  const delta = d.recounted - d.stored;
  return `${what}, ${d.way} ${d.value}: stored ${d.stored}, recounted ${d.recounted} (${delta > 0 ? '+' : ''}${delta})`;
};
