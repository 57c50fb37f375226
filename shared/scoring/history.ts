/**
 * Every round of a council side by side, per promise and per theme: the series behind the trend
 * charts and their tables. A promise is followed by its id, whatever its wording was in each round.
 */
import type { RatingCounts } from '../rating';
import type { Thresholds } from '../schemas/council';
import type { PledgeContent } from '../schemas/pledge';
import { THEME_IDS, type ThemeId } from '../themes';
import { type Figures, figuresOf } from './figures';
import { type CountsByPromise, themeRollups } from './themes';

/** A trend chart is drawn only from this many rounds with final figures: one round is a point, not a trend. */
export const MIN_TREND_ROUNDS = 2;

export interface RoundData {
  round: { roundId: string; name: string; opensAt: string };
  /** The limits the round was scored with, so each point reads the status its own scorecard showed. */
  thresholds?: Thresholds;
  pledge: Pick<PledgeContent, 'sections'>;
  counts: CountsByPromise;
}

/** A point of a series: the round's figures, or null when the promise (or theme) was not asked that round. */
export interface Point {
  roundId: string;
  figures: Figures | null;
}

export const promiseSeries = (rounds: readonly RoundData[], promiseId: string, thresholds: Thresholds): Point[] =>
  rounds.map(({ round, pledge, counts, thresholds: own }) => {
    const asked = pledge.sections.some((s) => s.promises.some((p) => p.promiseId === promiseId));
    const c: RatingCounts | undefined = counts.get(promiseId);
    return {
      roundId: round.roundId,
      figures: asked || c ? figuresOf(c ?? { yes: 0, sometimes: 0, no: 0, dontknow: 0 }, own ?? thresholds) : null,
    };
  });

/** Each theme's figures in each round, from that round's own pledge: the same figure its scorecard showed. */
export const themeSeries = (rounds: readonly RoundData[], thresholds: Thresholds): Map<ThemeId, Point[]> => {
  const perRound = rounds.map(
    (r) => new Map(themeRollups(r.pledge, r.counts, r.thresholds ?? thresholds).map((t) => [t.themeId, t.figures])),
  );
  const themes = [...new Set(perRound.flatMap((m) => [...m.keys()]))].sort(
    (a, b) => THEME_IDS.indexOf(a) - THEME_IDS.indexOf(b),
  );
  return new Map(
    themes.map((themeId) => [
      themeId,
      rounds.map((r, i) => ({ roundId: r.round.roundId, figures: perRound[i]!.get(themeId) ?? null })),
    ]),
  );
};
