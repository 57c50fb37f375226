/**
 * The young person's pages must read at about age 9. Measured with the Flesch–Kincaid grade level
 * (the `flesch-kincaid` package), counting syllables with the `syllable` package, over every English
 * string of the survey's catalogue (web/src/survey/i18n/en.ts) and, separately, over the privacy page.
 */
import { describe, expect, it } from 'vitest';
import { readingLevelOf, YOUNG_READERS_GRADE } from '../../shared/text/reading-level';
import { en } from '../../web/src/survey/i18n/en';

/** Sample values for the catalogue's fill-in-the-blank strings: a short council name, ordinary numbers. */
const SAMPLE = { text: 'Riverside Council', number: 7 };

/** Every string the page can show, with functions called on sample values. */
const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) =>
      i === 0 && /council|round|owner|due|what|phone/.test(String(value)) ? SAMPLE.text : SAMPLE.number,
    );
    return [String(value(...args))];
  }
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
};

const gradeOf = readingLevelOf;

// Not words for reading: the language's own names and machine values.
const { lang, dir, languageName, privacy, ...pageWords } = en;

describe('the survey reads at about age 9 (Flesch–Kincaid grade 4 or below)', () => {
  it('every English string of the survey pages', () => {
    const r = gradeOf(stringsOf(pageWords));
    console.log(
      `survey copy: Flesch–Kincaid grade ${r.grade.toFixed(2)} over ${r.word} words, ${r.sentence} sentences`,
    );
    expect(r.word).toBeGreaterThan(300);
    expect(r.grade).toBeLessThanOrEqual(YOUNG_READERS_GRADE);
  });

  it('the privacy page for young people', () => {
    const r = gradeOf(stringsOf(privacy));
    console.log(
      `privacy page: Flesch–Kincaid grade ${r.grade.toFixed(2)} over ${r.word} words, ${r.sentence} sentences`,
    );
    expect(r.word).toBeGreaterThan(150);
    expect(r.grade).toBeLessThanOrEqual(YOUNG_READERS_GRADE);
  });

  it('no single long passage is hard, even if the short labels pull the average down', () => {
    const long = stringsOf({ ...pageWords, ...privacy }).filter((s) => s.split(/\s+/).length >= 12);
    const hard = long.map((s) => ({ s, grade: gradeOf([s]).grade })).filter((x) => x.grade > 6);
    expect(hard).toEqual([]);
  });

  it('the measure itself tells easy from hard text', () => {
    expect(gradeOf(['We will help you. You can tell us.']).grade).toBeLessThan(2);
    expect(
      gradeOf([
        'The corporate parenting board will scrutinise the implementation of the independent reviewing arrangements.',
      ]).grade,
    ).toBeGreaterThan(12);
  });
});
