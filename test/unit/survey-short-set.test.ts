import { describe, expect, it } from 'vitest';
import { MORE_PROMISES_STEP } from '../../shared/limits';
import { ar } from '../../web/src/survey/i18n/ar';
import { en } from '../../web/src/survey/i18n/en';
import { newProgress, stepsFor, submissionOf } from '../../web/src/survey/progress';
import { askedOf, setLengthWords, startedWithSet, withMore } from '../../web/src/survey/short-survey';

const ID = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
const items = Array.from({ length: 30 }, (_, i) => ({
  promise: { promiseId: `p_${i}`, text: `P${i}` },
  sectionTitle: 'S',
}));
const ids = items.map((i) => i.promise.promiseId);

describe('a young person’s own set on the phone', () => {
  it('is kept with the progress: the same promises, in the same order, when they carry on', () => {
    const p = startedWithSet(newProgress('r_1', ID), ids, undefined, 12);
    expect(p.asked).toHaveLength(12);
    const again = JSON.parse(JSON.stringify(p));
    expect(askedOf(items, again).map((i) => i.promise.promiseId)).toEqual(p.asked);
  });
  it('with no counts (no signal) is still a set of the round’s size', () => {
    const p = startedWithSet(newProgress('r_1', ID), ids, undefined, 12);
    expect(new Set(p.asked).size).toBe(12);
  });
  it('a round asking every promise keeps the pledge’s order', () => {
    const p = startedWithSet(newProgress('r_1', ID), ids, undefined, 30);
    expect(askedOf(items, p).map((i) => i.promise.promiseId)).toEqual(ids);
  });
  it('progress kept before sets existed asks the whole pledge', () => {
    expect(askedOf(items, newProgress('r_1', ID))).toHaveLength(30);
  });
  it('a promise no longer in the pledge is left out of the set', () => {
    const p = { ...newProgress('r_1', ID), asked: ['p_1', 'p_gone', 'p_2'] };
    expect(askedOf(items, p).map((i) => i.promise.promiseId)).toEqual(['p_1', 'p_2']);
  });
});

describe('"Rate some more?"', () => {
  it('comes after the set while promises are left, before the last question', () => {
    expect(stepsFor(2, false, true)).toEqual(['start', 'p0', 'p1', 'more', 'change', 'about', 'review']);
    expect(stepsFor(2, false)).toEqual(['start', 'p0', 'p1', 'change', 'about', 'review']);
  });
  it('adds a few promises not asked yet; the answers sent are those given', () => {
    const p = startedWithSet(newProgress('r_1', ID), ids, undefined, 12);
    const more = withMore(p, ids, undefined);
    expect(more.asked).toHaveLength(12 + MORE_PROMISES_STEP);
    expect(more.asked!.slice(0, 12)).toEqual(p.asked);
    expect(new Set(more.asked).size).toBe(more.asked!.length);
    const rated = { ...more, ratings: { [more.asked![0]!]: 'yes', [more.asked![13]!]: 'no' } as const };
    expect(Object.keys(submissionOf(rated, ids).ratings)).toHaveLength(2);
  });
});

describe('how long it takes, said at the start', () => {
  it('"12 questions, about 4 minutes", in English and Arabic', () => {
    expect(setLengthWords(en, 12)).toBe('12 questions, about 4 minutes');
    expect(setLengthWords(en, 1)).toBe('1 question, about 1 minute');
    expect(setLengthWords(ar, 12)).toBe('12 سؤالًا، في نحو 4 دقائق');
  });
});
