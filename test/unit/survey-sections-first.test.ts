import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asksSectionsFirst, inChosenSections, moreFrom } from '../../shared/survey/sections';
import { stepsFor } from '../../web/src/survey/progress';

const sections = [
  { sectionId: 's_home', promises: [{ promiseId: 'p1' }, { promiseId: 'p2' }, { promiseId: 'p3' }] },
  { sectionId: 's_school', promises: [{ promiseId: 'p4' }, { promiseId: 'p5' }] },
  { sectionId: 's_leaving', promises: [{ promiseId: 'p6' }] },
];
const all = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

describe('sections first', () => {
  it('asks only promises from the parts a young person picked, in pledge order', () => {
    expect(inChosenSections(all, sections, ['s_leaving', 's_home'])).toEqual(['p1', 'p2', 'p3', 'p6']);
  });

  it('picking nothing, or only parts with none of their promises, asks from all of their promises', () => {
    expect(inChosenSections(all, sections, [])).toEqual(all);
    expect(inChosenSections(all, sections, undefined)).toEqual(all);
    // A child in care who picks only "Leaving care" (whose one promise is for care leavers) is not left with nothing.
    expect(inChosenSections(['p1', 'p2', 'p3', 'p4', 'p5'], sections, ['s_leaving'])).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
    ]);
  });

  it('whatever is picked, every promise asked is one about them, and none is left out without a reason', () => {
    fc.assert(
      fc.property(fc.subarray(all), fc.subarray(sections.map((s) => s.sectionId)), (eligible, chosen) => {
        const asked = inChosenSections(eligible, sections, chosen);
        expect(asked.every((id) => eligible.includes(id))).toBe(true);
        if (eligible.length > 0) expect(asked.length).toBeGreaterThan(0);
      }),
    );
  });

  it('"Rate some more?" finishes the parts they picked before going on to the others', () => {
    expect(moreFrom(['p4', 'p5'], all, ['p4'])).toEqual(['p4', 'p5']);
    expect(moreFrom(['p4', 'p5'], all, ['p5', 'p4'])).toEqual(all);
  });

  it('comes after the code and "About you", before the first promise', () => {
    expect(stepsFor(2, true, false, true, true)).toEqual([
      'start',
      'code',
      'about',
      'sections',
      'p0',
      'p1',
      'change',
      'review',
    ]);
    expect(stepsFor(1, false, true, false, true)).toEqual([
      'start',
      'sections',
      'p0',
      'more',
      'change',
      'about',
      'review',
    ]);
  });

  it('is asked only when the round says so and the pledge has more than one part with promises', () => {
    expect(asksSectionsFirst(true, sections)).toBe(true);
    expect(asksSectionsFirst(undefined, sections)).toBe(false);
    expect(asksSectionsFirst(true, [sections[0]!, { sectionId: 's_empty', promises: [] }])).toBe(false);
  });
});
