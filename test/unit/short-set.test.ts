import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMISES_PER_PERSON, MIN_GROUP_SIZE } from '../../shared/limits';
import { coarseCoverage } from '../../shared/survey/coverage';
import { minutesFor, pickMore, pickSet, promisesPerPersonOf } from '../../shared/survey/short-set';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p_${i}`);

describe('how many promises one young person is asked', () => {
  it('12 when the pledge has more than 12 and the round does not say', () => {
    expect(promisesPerPersonOf(undefined, 65)).toBe(DEFAULT_PROMISES_PER_PERSON);
    expect(promisesPerPersonOf(undefined, 12)).toBe(12);
    expect(promisesPerPersonOf(undefined, 7)).toBe(7);
  });
  it('the round’s own number, never more than the pledge holds', () => {
    expect(promisesPerPersonOf(20, 65)).toBe(20);
    expect(promisesPerPersonOf(80, 65)).toBe(65);
  });
});

describe('choosing a young person’s set', () => {
  it('is the promises with the fewest answers so far, in a mixed order', () => {
    const all = ids(10);
    const coverage = Object.fromEntries(all.map((id, i) => [id, i < 4 ? 0 : 10]));
    const set = pickSet(all, coverage, 4, Math.random);
    expect([...set].sort()).toEqual(['p_0', 'p_1', 'p_2', 'p_3']);
  });
  it('holds each promise once, as many as asked, whatever the counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 90 }),
        fc.array(fc.nat(40), { maxLength: 80 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, size, counts, seed) => {
          const all = ids(n);
          const coverage = Object.fromEntries(all.map((id, i) => [id, counts[i] ?? 0]));
          let s = seed;
          const random = () => {
            s = (s * 9301 + 0.49297) % 1;
            return s;
          };
          const set = pickSet(all, coverage, size, random);
          expect(set.length).toBe(Math.min(n, size));
          expect(new Set(set).size).toBe(set.length);
          // No promise left out has fewer answers than one taken.
          const taken = new Set(set);
          const maxTaken = Math.max(...set.map((id) => coverage[id]!));
          for (const id of all) if (!taken.has(id)) expect(coverage[id]!).toBeGreaterThanOrEqual(maxTaken);
        },
      ),
    );
  });
  it('with no counts (no signal) every promise is as likely, and none always comes last', () => {
    const all = ids(20);
    const chosen = new Map<string, number>();
    const last = new Map<string, number>();
    const runs = 4000;
    for (let i = 0; i < runs; i++) {
      const set = pickSet(all, undefined, 5, Math.random);
      for (const id of set) chosen.set(id, (chosen.get(id) ?? 0) + 1);
      last.set(set.at(-1)!, (last.get(set.at(-1)!) ?? 0) + 1);
    }
    // Each promise is expected in a quarter of the sets (1000); 4 standard deviations is about ±110.
    for (const id of all) expect(Math.abs(chosen.get(id)! - runs / 4)).toBeLessThan(120);
    expect(last.size).toBe(20);
  });
  it('ties between promises with the same count are broken at random', () => {
    const all = ids(6);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(pickSet(all, {}, 1, Math.random)[0]!);
    expect(seen.size).toBe(6);
  });
});

describe('rating some more', () => {
  it('adds promises not asked yet, the least answered first', () => {
    const all = ids(10);
    const coverage = Object.fromEntries(all.map((id, i) => [id, i]));
    expect(pickMore(all, ['p_0', 'p_1'], coverage, 3, Math.random).sort()).toEqual(['p_2', 'p_3', 'p_4']);
    expect(pickMore(all, all, coverage, 3, Math.random)).toEqual([]);
  });
});

describe('what the phone is told of an open round', () => {
  it('counts in steps of 5 only, so no one answer shows', () => {
    const c = coarseCoverage(
      new Map([
        ['a', 0],
        ['b', 4],
        ['c', 5],
        ['d', 13],
      ]),
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(c).toEqual({ a: 0, b: 0, c: 5, d: 10, e: 0 });
    for (const v of Object.values(c)) expect(v % MIN_GROUP_SIZE).toBe(0);
  });
});

describe('how long the set takes', () => {
  it('12 promises take about 4 minutes; a short set at least 1', () => {
    expect(minutesFor(12)).toBe(4);
    expect(minutesFor(1)).toBe(1);
    expect(minutesFor(65)).toBe(22);
  });
});
