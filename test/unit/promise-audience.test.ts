import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AboutYou, AGE_GROUPS, CARE_STATUSES } from '../../shared/cohort';
import { AUDIENCES, asksAboutFirst, careOf, promisesFor } from '../../shared/survey/audience';
import { pickSet } from '../../shared/survey/short-set';

const pledge = [
  { promiseId: 'p_sleepover', audience: 'in-care' as const },
  { promiseId: 'p_family' },
  { promiseId: 'p_pathway', audience: 'everyone' as const },
  { promiseId: 'p_adviser', audience: 'care-leaver' as const },
  { promiseId: 'p_school', audience: 'in-care' as const },
];
const idsFor = (about: AboutYou, junior?: string[]) => promisesFor(pledge, about, junior).map((p) => p.promiseId);

describe('the promises a young person is asked about', () => {
  it('a care leaver is not asked about sleepovers or school; a child in care is not asked about a personal adviser', () => {
    expect(idsFor({ careStatus: 'care-leaver' })).toEqual(['p_family', 'p_pathway', 'p_adviser']);
    expect(idsFor({ careStatus: 'in-care' })).toEqual(['p_sleepover', 'p_family', 'p_pathway', 'p_school']);
  });
  it('saying nothing, or "prefer not to say", gives every promise', () => {
    expect(idsFor({})).toHaveLength(pledge.length);
    expect(idsFor({ careStatus: 'prefer-not-to-say', ageGroup: 'prefer-not-to-say' })).toHaveLength(pledge.length);
    // Their own "prefer not to say" is kept even when their age would tell.
    expect(idsFor({ careStatus: 'prefer-not-to-say', ageGroup: '18-25' })).toHaveLength(pledge.length);
  });
  it('an age that settles it counts: nobody of 8 to 13 has left care, everyone of 18 to 25 has', () => {
    expect(careOf({ ageGroup: '8-13' })).toBe('in-care');
    expect(careOf({ ageGroup: '18-25' })).toBe('care-leaver');
    expect(careOf({ ageGroup: '14-17' })).toBeUndefined();
    expect(idsFor({ ageGroup: '18-25' })).not.toContain('p_sleepover');
  });
  it('a child of 8 to 13 gets the junior version when the round has one, and only the promises about them in it', () => {
    expect(idsFor({ ageGroup: '8-13' }, ['p_family', 'p_adviser', 'p_school'])).toEqual(['p_family', 'p_school']);
    expect(idsFor({ ageGroup: '14-17' }, ['p_family'])).toHaveLength(pledge.length);
    // No junior version: their group's promises.
    expect(idsFor({ ageGroup: '8-13' })).toEqual(['p_sleepover', 'p_family', 'p_pathway', 'p_school']);
  });
  it('"About you" comes first only when its answers choose the promises', () => {
    expect(asksAboutFirst(pledge, undefined)).toBe(true);
    expect(asksAboutFirst([{ promiseId: 'a' }, { promiseId: 'b', audience: 'everyone' }], undefined)).toBe(false);
    expect(asksAboutFirst([{ promiseId: 'a' }], ['a'])).toBe(true);
  });

  it('whatever the marks and answers: never empty, only promises of the pledge, in its order, and every set drawn from them', () => {
    const promise = fc.record(
      { promiseId: fc.string({ minLength: 1, maxLength: 4 }), audience: fc.constantFrom(...AUDIENCES) },
      { requiredKeys: ['promiseId'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(promise, { minLength: 1, maxLength: 30, selector: (p) => p.promiseId }),
        fc.record(
          { ageGroup: fc.constantFrom(...AGE_GROUPS), careStatus: fc.constantFrom(...CARE_STATUSES) },
          {
            requiredKeys: [],
          },
        ),
        fc.option(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 10 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (promises, about, junior, size) => {
          const got = promisesFor(promises, about, junior);
          expect(got.length).toBeGreaterThan(0);
          const order = promises.map((p) => p.promiseId);
          const positions = got.map((p) => order.indexOf(p.promiseId));
          expect(positions.every((x, i) => x >= 0 && (i === 0 || x > positions[i - 1]!))).toBe(true);
          const care = careOf(about);
          const theirs = promises.filter(
            (p) => !care || !p.audience || p.audience === 'everyone' || p.audience === care,
          );
          // When their group has promises of its own, nothing of the other group's is asked.
          if (theirs.length > 0) expect(got.every((p) => theirs.includes(p))).toBe(true);
          const set = pickSet(
            got.map((p) => p.promiseId),
            undefined,
            size,
            Math.random,
          );
          expect(set.length).toBe(Math.min(size, got.length));
          expect(set.every((id) => got.some((p) => p.promiseId === id))).toBe(true);
        },
      ),
    );
  });
});
