import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { RatingCounts } from '../../shared/rating';
import { countFigure, figuresOf } from '../../shared/scoring/figures';
import {
  intervalsOverlap,
  nOf,
  pooledCounts,
  respondentsAtLeast,
  scoreOf,
  statusOf,
  trendBetween,
  wilsonInterval,
} from '../../shared/scoring/score';

const c = (yes: number, sometimes: number, no: number, dontknow = 0): RatingCounts => ({
  yes,
  sometimes,
  no,
  dontknow,
});

describe('promise score', () => {
  it("is (Yes + ½ Sometimes) ÷ n × 100, with n = Yes + Sometimes + No (Don't know left out)", () => {
    // 6 yes, 2 sometimes, 2 no, 5 don't know: n = 10, score = (6 + 1) / 10 = 70
    expect(nOf(c(6, 2, 2, 5))).toBe(10);
    expect(scoreOf(c(6, 2, 2, 5))).toBeCloseTo(70, 10);
    expect(scoreOf(c(0, 0, 0, 7))).toBeNull();
    expect(scoreOf(c(0, 4, 0))).toBe(50);
  });

  it('is green at 75 and above, amber from 50 to 74, red below 50', () => {
    expect(statusOf(75)).toBe('green');
    expect(statusOf(74.9)).toBe('amber');
    expect(statusOf(50)).toBe('amber');
    expect(statusOf(49.9)).toBe('red');
    expect(statusOf(60, { green: 90, amber: 60 })).toBe('amber');
  });
});

describe('Wilson 95% interval', () => {
  it('matches a hand-worked example: 7 of 10', () => {
    // p = 0.7, z = 1.96: centre = (0.7 + 0.19208) / 1.38415 = 0.64450; half = 1.96·√(0.021 + 0.009604) / 1.38415 = 0.24772
    const { low, high } = wilsonInterval(7, 10);
    expect(low).toBeCloseTo(39.68, 1);
    expect(high).toBeCloseTo(89.22, 1);
  });

  it('stays inside 0–100 at the extremes and narrows as n grows', () => {
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBeCloseTo(100, 6);
    const small = wilsonInterval(35, 50);
    const large = wilsonInterval(700, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe('trend between two rounds', () => {
  it('calls a change real only when the intervals do not overlap', () => {
    // 10 of 40 (25) then 35 of 40 (87.5): intervals [14, 40] and [74, 95] do not overlap
    const big = trendBetween(c(10, 0, 30), c(35, 0, 5));
    expect(big).toEqual({ change: 62.5, real: true });
    // 6 of 10 then 7 of 10: a 10-point change that may be noise
    const small = trendBetween(c(6, 0, 4), c(7, 0, 3));
    expect(small).toEqual({ change: 10, real: false });
    expect(intervalsOverlap({ low: 10, high: 20 }, { low: 20.0, high: 30 })).toBe(true);
  });

  it('gives no trend when either round has fewer than 5 ratings', () => {
    expect(trendBetween(c(2, 1, 1), c(30, 5, 5))).toBeNull();
  });
});

describe('suppression below 5', () => {
  it('replaces every figure of a promise rated by fewer than 5 with "fewer than 5"', () => {
    expect(figuresOf(c(2, 1, 1, 9), DEFAULT_THRESHOLDS)).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(countFigure(4)).toBe('fewer than 5');
    expect(countFigure(5)).toBe(5);
  });

  it('shows counts, n, score, interval and status from 5 ratings on', () => {
    // 3.5 of 5: centre = (0.7 + 0.38415) / 1.76829 = 0.61310; half = 1.96·√(0.042 + 0.038415) / 1.76829 = 0.31432
    expect(figuresOf(c(3, 1, 1), DEFAULT_THRESHOLDS)).toEqual({
      suppressed: false,
      counts: c(3, 1, 1),
      n: 5,
      score: 70,
      interval: { low: 29.9, high: 92.7 },
      status: 'amber',
      // The interval crosses both limits, and 5 answers are too few for a bold badge.
      certain: false,
      firm: false,
    });
  });

  it('takes the status from the score as shown, so a printed 75 is green', () => {
    // (149 + 0.5·1) / 200 = 74.75 → shown as 74.8, amber; (599 + 0.5·1)/800 = 74.94 → 74.9
    const f = figuresOf(c(2999, 1, 1000), DEFAULT_THRESHOLDS);
    expect(f.suppressed).toBe(false);
    if (!f.suppressed) {
      expect(f.score).toBe(75);
      expect(f.status).toBe('green');
    }
  });

  it('shows a section roll-up only when one of its promises has at least 5 people behind it', () => {
    // Three promises with 4 ratings each pool to n = 12, but could be the same 4 people.
    const promises = [c(4, 0, 0), c(0, 4, 0), c(0, 0, 4)];
    expect(respondentsAtLeast(promises)).toBe(4);
    expect(figuresOf(pooledCounts(promises), DEFAULT_THRESHOLDS, respondentsAtLeast(promises)).suppressed).toBe(true);
    const shown = [c(5, 0, 0), c(0, 4, 0)];
    expect(figuresOf(pooledCounts(shown), DEFAULT_THRESHOLDS, respondentsAtLeast(shown))).toMatchObject({
      suppressed: false,
      n: 9,
      score: 77.8,
    });
  });
});
