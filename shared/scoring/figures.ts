import { FIRM_STATUS_MIN_N, NOT_RELEASED_LABEL, SUPPRESSED_LABEL } from '../limits';
import type { RatingCounts } from '../rating';
import type { Thresholds } from '../schemas/council';
import { type Interval, intervalOf, isShown, nOf, round1, type Status, scoreOf, statusOf } from './score';

export interface ShownFigures {
  suppressed: false;
  counts: RatingCounts;
  n: number;
  score: number;
  interval: Interval;
  status: Status;
  /** The whole 95% interval lies in the status's band: no limit falls inside it (otherwise the status is "probably"). */
  certain: boolean;
  /** Certain and resting on at least FIRM_STATUS_MIN_N answers: the status may be drawn as a bold badge. */
  firm: boolean;
  /** On a pooled figure (a section, a theme): about how many young people gave its n answers. */
  people?: number;
}
export interface SuppressedFigures {
  suppressed: true;
  /** SUPPRESSED_LABEL for a small group; NOT_RELEASED_LABEL while the round's figures are not final. */
  label: typeof SUPPRESSED_LABEL | typeof NOT_RELEASED_LABEL;
}
export type Figures = ShownFigures | SuppressedFigures;

export const SUPPRESSED: SuppressedFigures = Object.freeze({ suppressed: true, label: SUPPRESSED_LABEL });
export const NOT_RELEASED: SuppressedFigures = Object.freeze({ suppressed: true, label: NOT_RELEASED_LABEL });

/**
 * The figures a board may see for a group of ratings. Fewer than the minimum group size and every
 * number is replaced, here on the server, so no page can show what it was never sent.
 * `respondents` is how many different people stand behind the counts (defaults to n).
 */
export const figuresOf = (
  counts: RatingCounts,
  thresholds: Thresholds,
  respondents = nOf(counts),
  pooled?: { interval: Interval; people: number },
): Figures => {
  const n = nOf(counts);
  if (!isShown(respondents) || !isShown(n)) return SUPPRESSED;
  // Status follows the score as shown, so a printed 75.0 is never amber.
  const score = round1(scoreOf(counts) ?? 0);
  const interval = pooled?.interval ?? intervalOf(counts);
  const shown = { low: round1(interval.low), high: round1(interval.high) };
  const certain = isCertain(shown, thresholds);
  return {
    suppressed: false,
    counts: { ...counts },
    n,
    score,
    interval: shown,
    status: statusOf(score, thresholds),
    certain,
    firm: certain && (pooled?.people ?? n) >= FIRM_STATUS_MIN_N,
    ...(pooled ? { people: pooled.people } : {}),
  };
};

/** No limit (amber, green) falls strictly inside the interval as shown: every point of it reads the same status. */
export const isCertain = (interval: Interval, thresholds: Thresholds): boolean =>
  [thresholds.amber, thresholds.green].every((t) => !(interval.low < t && t <= interval.high));

/** A count of people (responses in a round, a cohort) as the server may show it. */
export const countFigure = (count: number): number | typeof SUPPRESSED_LABEL =>
  isShown(count) ? count : SUPPRESSED_LABEL;
