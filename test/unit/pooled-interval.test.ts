/**
 * A section's or theme's figure pools the answers of its promises, and one young person answers several of them, so the
 * answers are not independent. The pooled 95% interval allows for it with a design effect (docs/methods.md): checked
 * here against simulated rounds whose true share is known.
 */
import { describe, expect, it } from 'vitest';
import { POOLED_ICC } from '../../shared/limits';
import type { RatingCounts } from '../../shared/rating';
import { designEffect, peopleBehind, pooledInterval } from '../../shared/scoring/pooled';
import { pooledCounts, wilsonInterval } from '../../shared/scoring/score';
import { rollupOf } from '../../shared/scoring/themes';

/** A small, seeded generator (mulberry32), so the run is the same every time. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * One simulated round: `people` young people, each answering each of `promises` promises with chance `answers`. A
 * person's chance of "yes" is the true share plus or minus `spread` (half each): two answers of one person are then
 * correlated by spread² / (share × (1 − share)), the intra-person correlation.
 */
const simulate = (
  next: () => number,
  o: { people: number; promises: number; share: number; icc: number; answers: number },
) => {
  const spread = Math.sqrt(o.icc * o.share * (1 - o.share));
  const counts: RatingCounts[] = Array.from({ length: o.promises }, () => ({
    yes: 0,
    sometimes: 0,
    no: 0,
    dontknow: 0,
  }));
  for (let i = 0; i < o.people; i++) {
    const chance = o.share + (next() < 0.5 ? spread : -spread);
    for (const c of counts) {
      if (next() >= o.answers) continue;
      if (next() < chance) c.yes++;
      else c.no++;
    }
  }
  return counts;
};

const coverage = (o: Parameters<typeof simulate>[1], runs: number, seed: number) => {
  const next = rng(seed);
  let pooled = 0;
  let naive = 0;
  const truth = o.share * 100;
  for (let r = 0; r < runs; r++) {
    const counts = simulate(next, o);
    const p = pooledInterval(counts);
    if (p.low <= truth && truth <= p.high) pooled++;
    const all = pooledCounts(counts);
    const w = wilsonInterval(all.yes + all.sometimes / 2, all.yes + all.sometimes + all.no);
    if (w.low <= truth && truth <= w.high) naive++;
  }
  return { pooled: pooled / runs, naive: naive / runs };
};

const RUNS = 4000;

describe('the pooled interval', () => {
  it('covers the true share about 95% of the time when one person answers several promises', () => {
    // A section of 5 promises, 47 young people who each answer most of them, answers correlated as the method assumes.
    const c = coverage({ people: 47, promises: 5, share: 0.6, icc: POOLED_ICC, answers: 0.9 }, RUNS, 18);
    expect(c.pooled).toBeGreaterThan(0.935);
    expect(c.pooled).toBeLessThan(0.97);
    // Treating the answers as independent is too narrow: it misses the truth far more often than 1 in 20.
    expect(c.naive).toBeLessThan(0.9);
  });

  it('holds for a bigger theme and a share near the limits', () => {
    const c = coverage({ people: 120, promises: 8, share: 0.3, icc: POOLED_ICC, answers: 0.8 }, RUNS, 7);
    expect(c.pooled).toBeGreaterThan(0.935);
    expect(c.pooled).toBeLessThan(0.97);
  });

  it('is never narrower than a single promise of the same people, and equals Wilson for one promise', () => {
    const one: RatingCounts = { yes: 20, sometimes: 4, no: 16, dontknow: 1 };
    expect(pooledInterval([one])).toEqual(wilsonInterval(22, 40));
    expect(designEffect([one])).toBe(1);
    // Two promises answered by the same 40: about 40 people, 80 answers.
    expect(peopleBehind([one, one])).toBe(40);
    expect(designEffect([one, one])).toBeCloseTo(1 + POOLED_ICC, 10);
  });

  it('says how many answers, from about how many young people, on the pooled figure', () => {
    const a: RatingCounts = { yes: 30, sometimes: 5, no: 12, dontknow: 0 };
    const b: RatingCounts = { yes: 20, sometimes: 5, no: 20, dontknow: 2 };
    const ids = ['a', 'b'];
    const { figures } = rollupOf(
      ids,
      new Map([
        ['a', a],
        ['b', b],
      ]),
      { green: 75, amber: 50 },
    );
    expect(figures).toMatchObject({ suppressed: false, n: 92, people: 47 });
    const w = wilsonInterval(60, 92);
    if (figures.suppressed) throw new Error('shown');
    expect(figures.interval.high - figures.interval.low).toBeGreaterThan(w.high - w.low);
  });
});
