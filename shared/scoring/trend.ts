import type { RatingCounts } from '../rating';
import { type Interval, intervalOf, intervalsOverlap, isShown, nOf, round1, scoreOf } from './score';

/** The change since the previous round as a board reads it. */
export interface TrendView {
  /** The previous round's score, as it was shown then. */
  previousScore: number;
  /** Current shown score minus previous shown score, so the figures on the page add up. */
  change: number;
  /** True only when the two 95% intervals do not overlap; otherwise the change may be noise. */
  real: boolean;
}

/** Null when either round has fewer than MIN_GROUP_SIZE ratings: no trend is shown from a figure that is not shown. */
export const trendViewOf = (
  previous: RatingCounts | null | undefined,
  current: RatingCounts,
  /** A pooled figure's intervals (shared/scoring/pooled.ts); a promise's own are its Wilson intervals. */
  intervals?: { previous: Interval; current: Interval },
): TrendView | null => {
  if (!previous || !isShown(nOf(previous)) || !isShown(nOf(current))) return null;
  const before = round1(scoreOf(previous) ?? 0);
  const now = round1(scoreOf(current) ?? 0);
  return {
    previousScore: before,
    change: round1(now - before),
    real: !intervalsOverlap(intervals?.previous ?? intervalOf(previous), intervals?.current ?? intervalOf(current)),
  };
};

/** "up 6.5 points since Spring 2026, a real change" — the words every page and the printed report use. */
export const trendWords = (t: TrendView, since?: string): string => {
  const size = Math.abs(t.change).toFixed(1);
  const direction = t.change > 0 ? `up ${size} points` : t.change < 0 ? `down ${size} points` : 'no change';
  return `${direction}${since ? ` since ${since}` : ''}, ${t.real ? 'a real change' : 'may be noise'}`;
};
