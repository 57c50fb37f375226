import { features, similarity } from './similarity';

/**
 * Proposes which promise of the new draft continues which promise of the previous published version, so
 * that a reworded promise keeps its id and its trend. Pure; the admin sees the proposal and can change it.
 *
 * Every pair is scored by text similarity (similarity.ts) plus a small bonus when the two stand at the
 * same place in their pledges; pairs are then taken best first, each promise at most once (one-to-one),
 * and only at or above the threshold. New promises left unmatched are new; old ones left over are retired.
 */

export interface PreviousPromise {
  promiseId: string;
  text: string;
  sectionIndex: number;
  index: number;
}

export interface NextPromise {
  text: string;
  sectionIndex: number;
  index: number;
}

export interface VersionMatch {
  /** One per new promise, in the order given: the id it continues (null: a new promise) and the pair's score. */
  matches: { promiseId: string | null; score: number }[];
  /** Ids of the previous version that no new promise continues. */
  retired: string[];
}

export interface MatchOptions {
  /** Lowest score that still counts as the same promise. */
  threshold?: number;
  /** Largest bonus for standing at the same relative place in the pledge. */
  positionBonus?: number;
}

export const DEFAULT_MATCH_THRESHOLD = 0.5;
export const DEFAULT_POSITION_BONUS = 0.08;

/** Where a promise stands in its pledge, from 0 (first) to 1 (last). */
const placesOf = <T extends { sectionIndex: number; index: number }>(list: T[]): number[] => {
  const order = list.map((p, i) => ({ i, key: p.sectionIndex * 100_000 + p.index })).sort((a, b) => a.key - b.key);
  const place = new Array<number>(list.length).fill(0);
  for (const [rank, o] of order.entries()) place[o.i] = list.length > 1 ? rank / (list.length - 1) : 0;
  return place;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

export const matchVersions = (
  previous: PreviousPromise[],
  next: NextPromise[],
  options: MatchOptions = {},
): VersionMatch => {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const bonus = options.positionBonus ?? DEFAULT_POSITION_BONUS;
  const before = previous.map((p) => features(p.text));
  const after = next.map((p) => features(p.text));
  const [placeBefore, placeAfter] = [placesOf(previous), placesOf(next)];

  const pairs: { i: number; j: number; text: number; score: number }[] = [];
  for (let j = 0; j < next.length; j++) {
    for (let i = 0; i < previous.length; i++) {
      const text = similarity(before[i]!, after[j]!);
      // The bonus only breaks ties between alike texts; it never lifts an unlike pair over the threshold.
      if (text < threshold) continue;
      const score = text + bonus * (1 - Math.abs(placeBefore[i]! - placeAfter[j]!));
      pairs.push({ i, j, text, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.j - b.j || a.i - b.i);

  const matches: VersionMatch['matches'] = next.map(() => ({ promiseId: null, score: 0 }));
  const takenBefore = new Set<number>();
  const takenAfter = new Set<number>();
  for (const { i, j, text } of pairs) {
    if (takenBefore.has(i) || takenAfter.has(j)) continue;
    takenBefore.add(i);
    takenAfter.add(j);
    matches[j] = { promiseId: previous[i]!.promiseId, score: round2(text) };
  }
  const retired = previous.filter((_, i) => !takenBefore.has(i)).map((p) => p.promiseId);
  return { matches, retired };
};
