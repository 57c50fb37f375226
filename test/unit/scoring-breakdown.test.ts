import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BUCKETS, type AgeBucket } from '../../shared/cohort';
import { DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { RatingCounts } from '../../shared/rating';
import { breakdownOf, respondedBreakdownOf } from '../../shared/scoring/breakdown';
import { cellsToHide } from '../../shared/scoring/protect';
import { nOf } from '../../shared/scoring/score';
import { emptyPromiseTally, emptyRoundTally } from '../../shared/scoring/tally';

const c = (yes: number, sometimes: number, no: number, dontknow = 0): RatingCounts => ({
  yes,
  sometimes,
  no,
  dontknow,
});
const hiddenOf = <K extends string>(cells: Record<K, { suppressed: boolean }>) =>
  (Object.keys(cells) as K[]).filter((k) => cells[k].suppressed);

describe('secondary suppression: a hidden cell cannot be worked out from the total', () => {
  it('hides the smallest shown cell too when one small cell would be total minus the rest', () => {
    // Ages 12, 9, 3, 0, 6 (total 30). "18-25" (3) is small; 30 − 12 − 9 − 0 − 6 would give it back,
    // so the smallest shown cell, "not answered" (6), is hidden as well: together the hidden are 9.
    expect(cellsToHide([[12], [9], [3], [0], [6]])).toEqual([false, false, true, true, true]);
  });

  it('needs nothing more when the hidden cells are empty, or already add up to 5 or more', () => {
    // Only empty groups are hidden: working them out says "nobody", which describes no one.
    expect(cellsToHide([[20], [10], [0], [0]])).toEqual([false, false, true, true]);
    // 2 and 3 hidden: together 5, and which one is 2 cannot be told.
    expect(cellsToHide([[20], [2], [3], [10]])).toEqual([false, true, true, false]);
  });

  it('hides every cell when the only other cell is needed to cover a small one', () => {
    expect(cellsToHide([[4], [40]])).toEqual([true, true]);
  });

  it('hides cells in order of size, smallest first, until the hidden add up to 5', () => {
    // 1 is small; 7 is the smallest shown, hidden next: 1 + 7 = 8 is safe, 50 and 9 stay.
    expect(cellsToHide([[50], [1], [9], [7]])).toEqual([false, true, false, true]);
  });

  it('protects "Don\'t know" answers too: a group of only "Don\'t know" cannot be worked out', () => {
    // Care status: in care n=10 (answers 10); care leaver n=0 but 3 said "Don't know" (answers 3).
    // n alone would look safe (0 hidden), but total "Don't know" − shown gives the 3 back.
    expect(
      cellsToHide([
        [10, 10],
        [0, 3],
        [0, 0],
      ]),
    ).toEqual([true, true, true]);
  });

  it('per promise: figures for each group, "fewer than 5" for small groups and for the one that would give them away', () => {
    const t = emptyPromiseTally();
    t.byAge['8-13'] = c(6, 2, 4); // n 12
    t.byAge['14-17'] = c(5, 3, 1); // n 9
    t.byAge['18-25'] = c(1, 1, 1); // n 3: small
    t.byAge['not-answered'] = c(2, 2, 2); // n 6: hidden by subtraction guard
    t.bySource.survey = c(14, 8, 8); // all 30 from the survey
    t.byCare['in-care'] = c(9, 4, 4); // 17
    t.byCare['care-leaver'] = c(5, 4, 4); // 13
    const b = breakdownOf(t, DEFAULT_THRESHOLDS);
    expect(hiddenOf(b.byAge).sort()).toEqual(['18-25', 'not-answered', 'prefer-not-to-say']);
    expect(b.byAge['8-13']).toMatchObject({ suppressed: false, n: 12, score: 58.3, counts: c(6, 2, 4) });
    expect(b.byAge['18-25']).toEqual({ suppressed: true, label: 'fewer than 5' });
    // Sources are not a cohort split: where answers came from is the parts' rule (shared/scoring/release.ts).
    expect(Object.keys(b)).toEqual(['byAge', 'byCare']);
    expect(hiddenOf(b.byCare).sort()).toEqual(['not-answered', 'prefer-not-to-say']);
  });

  it('hides every group of a promise rated by fewer than 5', () => {
    const t = emptyPromiseTally();
    t.byAge['8-13'] = c(2, 1, 1);
    t.bySource.survey = c(2, 1, 1);
    t.byCare['in-care'] = c(2, 1, 1);
    const b = breakdownOf(t, DEFAULT_THRESHOLDS);
    for (const way of [b.byAge, b.byCare]) expect(Object.values(way).every((f) => f.suppressed)).toBe(true);
  });

  it('guards the counts of who responded in the same way', () => {
    const r = emptyRoundTally().responses;
    r.bySource = { survey: 40, 'session-vote': 12, 'session-tally': 3 };
    r.byAge = { '8-13': 20, '14-17': 25, '18-25': 10, 'prefer-not-to-say': 0, 'not-answered': 0 };
    r.byCare = { 'in-care': 30, 'care-leaver': 21, 'prefer-not-to-say': 2, 'not-answered': 2 };
    const shown = respondedBreakdownOf(r);
    expect(Object.keys(shown)).toEqual(['byAge', 'byCare']);
    expect(shown.byAge).toEqual({
      '8-13': 20,
      '14-17': 25,
      '18-25': 10,
      'prefer-not-to-say': 'fewer than 5',
      'not-answered': 'fewer than 5',
    });
    // 2 + 2 hidden = 4 is still small: the smallest shown (care leavers, 21) goes too.
    expect(shown.byCare).toEqual({
      'in-care': 30,
      'care-leaver': 'fewer than 5',
      'prefer-not-to-say': 'fewer than 5',
      'not-answered': 'fewer than 5',
    });
  });

  it('never leaves a small group recoverable, whatever the counts (property)', () => {
    const counts = fc.record({ yes: fc.nat(12), sometimes: fc.nat(12), no: fc.nat(12), dontknow: fc.nat(6) });
    fc.assert(
      fc.property(fc.tuple(...AGE_BUCKETS.map(() => counts)), (cells) => {
        const t = emptyPromiseTally();
        for (const [i, k] of AGE_BUCKETS.entries()) t.byAge[k as AgeBucket] = cells[i]!;
        const b = breakdownOf(t, DEFAULT_THRESHOLDS).byAge;
        // What an attacker learns: the totals minus every shown cell = the hidden cells together.
        const hidden = AGE_BUCKETS.filter((k) => b[k].suppressed).map((k) => t.byAge[k]);
        const n = hidden.reduce((s, x) => s + nOf(x), 0);
        const answers = hidden.reduce((s, x) => s + nOf(x) + x.dontknow, 0);
        for (const total of [n, answers]) expect(total === 0 || total >= 5).toBe(true);
        // And every shown cell is itself a group of 5 or more.
        for (const k of AGE_BUCKETS) if (!b[k].suppressed) expect(nOf(t.byAge[k])).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 400 },
    );
  });
});
