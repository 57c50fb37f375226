import { DEFAULT_THRESHOLDS, MIN_GROUP_SIZE } from '../limits';
import { addCounts, emptyCounts, type RatingCounts } from '../rating';
import type { Thresholds } from '../schemas/council';

export const STATUSES = ['green', 'amber', 'red'] as const;
export type Status = (typeof STATUSES)[number];

/** n counts the answers that say something about the promise: Yes + Sometimes + No. */
export const nOf = (c: RatingCounts): number => c.yes + c.sometimes + c.no;

/** Yes counts whole, Sometimes half: the share behind the score and its interval. */
export const keptShare = (c: RatingCounts): number => c.yes + c.sometimes / 2;

/** Promise score = (Yes + ½ Sometimes) ÷ n × 100, or null when nobody rated it. */
export const scoreOf = (c: RatingCounts): number | null => {
  const n = nOf(c);
  return n === 0 ? null : (keptShare(c) / n) * 100;
};

export const statusOf = (score: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Status =>
  score >= thresholds.green ? 'green' : score >= thresholds.amber ? 'amber' : 'red';

export interface Interval {
  low: number;
  high: number;
}

const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a share of `successes` out of `n`, in points (0–100).
 * Successes may be fractional (Sometimes counts half), which the formula accepts.
 */
export const wilsonInterval = (successes: number, n: number, z = Z_95): Interval => {
  if (n <= 0) return { low: 0, high: 100 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half) * 100, high: Math.min(1, centre + half) * 100 };
};

export const intervalOf = (c: RatingCounts): Interval => wilsonInterval(keptShare(c), nOf(c));

export const intervalsOverlap = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;

/** Scores and interval ends are shown to one decimal place. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

export const isShown = (n: number): boolean => n >= MIN_GROUP_SIZE;

export interface Trend {
  /** Change in points, current minus previous. */
  change: number;
  /** True only when the two 95% intervals do not overlap; otherwise the change may be noise. */
  real: boolean;
}

export const trendBetween = (previous: RatingCounts, current: RatingCounts): Trend | null => {
  if (!isShown(nOf(previous)) || !isShown(nOf(current))) return null;
  const change = (scoreOf(current) ?? 0) - (scoreOf(previous) ?? 0);
  return { change: round1(change), real: !intervalsOverlap(intervalOf(previous), intervalOf(current)) };
};

/** A section or theme pools the counts of its promises. */
export const pooledCounts = (all: RatingCounts[]): RatingCounts => all.reduce(addCounts, emptyCounts());

/**
 * How many different people at least stand behind pooled counts: the largest n of any one promise
 * (one person rates each promise once). A roll-up is shown only when this reaches the minimum group size.
 */
export const respondentsAtLeast = (all: RatingCounts[]): number => all.reduce((m, c) => Math.max(m, nOf(c)), 0);
