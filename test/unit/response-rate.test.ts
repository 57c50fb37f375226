import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, SUPPRESSED_LABEL } from '../../shared/limits';
import { COHORT_GROUPS, type CohortGroup, HIDDEN_LABEL, responseRates } from '../../shared/scoring/response-rate';

const of = (a: number, b: number, c: number, d: number) =>
  Object.fromEntries(COHORT_GROUPS.map((g, i) => [g, [a, b, c, d][i]])) as Record<CohortGroup, number>;

describe('response rates against the council figures', () => {
  it('gives the overall rate and each group, and names the group that answered much less than its share', () => {
    const r = responseRates(of(40, 60, 20, 100), of(16, 24, 6, 12), 10);
    expect(r.heard).toBe(68);
    expect(r.rate).toBe(31);
    expect(r.groups.map((g) => g.rate)).toEqual([40, 40, 30, 12]);
    expect(r.notSaid).toBe(10);
    expect(r.sentences).toEqual(['Care leavers 18–25: 12% of them answered, against 31% overall.']);
  });

  it('does not flag a low rate in a group too small for the gap to mean anything', () => {
    const r = responseRates(of(200, 200, 6, 100), of(80, 80, 0, 40), 0);
    expect(r.groups.find((g) => g.group === 'care-leaver:14-17')).toMatchObject({ rate: 0, low: false });
  });

  it('hides a group of 1 to 4, and one more so it cannot be worked out from the total', () => {
    const r = responseRates(of(40, 60, 20, 100), of(16, 24, 3, 12), 0);
    expect(r.groups[2]!.heard).toBe(SUPPRESSED_LABEL);
    expect(r.groups[2]!.rate).toBeNull();
    expect(r.groups.filter((g) => g.heard === HIDDEN_LABEL)).toHaveLength(1);
  });

  it('whatever the numbers, no group of 1 to 4 can be worked out from what is shown', () => {
    const n = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(fc.tuple(n, n, n, n), fc.tuple(n, n, n, n), n, (pop, extra, notSaid) => {
        const heard = of(...(pop.map((p, i) => Math.min(p, extra[i]!)) as [number, number, number, number]));
        const population = of(...(pop.map((p, i) => Math.max(p, extra[i]!)) as [number, number, number, number]));
        const r = responseRates(population, heard, notSaid);
        const values = [...r.groups.map((g) => g.heard), r.notSaid];
        const truth = [...COHORT_GROUPS.map((g) => heard[g]), notSaid];
        const maxOf = [...COHORT_GROUPS.map((g) => population[g]), 200];
        values.forEach((v, i) => {
          if (typeof v === 'number') expect(v).toBe(truth[i]);
          if (truth[i]! > 0 && truth[i]! < MIN_GROUP_SIZE) expect(v).toBe(SUPPRESSED_LABEL);
        });
        // Brute force: every assignment of the hidden groups consistent with what is shown.
        const hidden = values.map((v, i) => (typeof v === 'number' ? -1 : i)).filter((i) => i >= 0);
        if (hidden.length === 0 || typeof r.heard !== 'number') return;
        const rest = r.heard - values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
        const range = (i: number) =>
          values[i] === SUPPRESSED_LABEL ? [1, MIN_GROUP_SIZE - 1] : [MIN_GROUP_SIZE, Math.max(maxOf[i]!, truth[i]!)];
        const seen = hidden.map(() => new Set<number>());
        const walk = (k: number, left: number, picked: number[]) => {
          if (k === hidden.length) {
            if (left === 0) for (const [j, p] of picked.entries()) seen[j]!.add(p);
            return;
          }
          const [lo, hi] = range(hidden[k]!);
          for (let v = lo!; v <= Math.min(hi!, left); v++) walk(k + 1, left - v, [...picked, v]);
        };
        walk(0, rest, []);
        hidden.forEach((i, j) => {
          if (truth[i]! < MIN_GROUP_SIZE) expect(seen[j]!.size).toBeGreaterThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('figures smaller than the young people heard from', () => {
  it('give no rate over 100%, and say which figure to check', () => {
    const population = { 'in-care:8-13': 10, 'in-care:14-17': 40, 'care-leaver:14-17': 10, 'care-leaver:18-25': 40 };
    const r = responseRates(
      population,
      { 'in-care:8-13': 12, 'in-care:14-17': 20, 'care-leaver:14-17': 5, 'care-leaver:18-25': 10 },
      0,
    );
    expect(r.rate).toBe(47);
    expect(r.groups[0]).toMatchObject({ heard: 12, rate: null, low: false });
    expect(r.sentences).toContain(
      'Children in care 8–13: more answered (12) than the council’s figure of 10: check the figure.',
    );
    const all = responseRates(
      population,
      { 'in-care:8-13': 10, 'in-care:14-17': 40, 'care-leaver:14-17': 10, 'care-leaver:18-25': 40 },
      30,
    );
    expect(all.rate).toBeNull();
    expect(all.sentences[0]).toBe(
      'More young people answered (130) than the council’s figures hold (100): check the figures.',
    );
  });
});
