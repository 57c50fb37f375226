/**
 * How hard words are to read: the Flesch–Kincaid grade (the `flesch-kincaid` package), with syllables
 * counted by the `syllable` package. The survey's own words are held to YOUNG_READERS_GRADE
 * (test/unit/survey-reading-level.test.ts); staff writing for young people are warned above it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Grade 4: about age 9, the youngest who answer the survey. */
export const YOUNG_READERS_GRADE = 4;
export const YOUNG_READERS_AGE = YOUNG_READERS_GRADE + 5;

export interface ReadingLevel {
  grade: number;
  sentence: number;
  word: number;
}

/** Each text counts as at least one sentence (labels and buttons are read on their own). */
export const readingLevelOf = (texts: readonly string[]): ReadingLevel => {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    const words = text.match(/[A-Za-z0-9’']+/g) ?? [];
    if (words.length === 0) continue;
    sentence += Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
    word += words.length;
    syllables += words.reduce((n, w) => n + Math.max(1, /^\d+$/.test(w) ? 1 : syllable(w)), 0);
  }
  return { grade: word === 0 ? 0 : fleschKincaid({ sentence, word, syllable: syllables }), sentence, word };
};

/** A warning for staff when words meant for young people read above their age; undefined when they read fine. */
export const plainWordsWarning = (text: string): string | undefined =>
  readingLevelOf([text]).grade > YOUNG_READERS_GRADE
    ? `Young people from age ${YOUNG_READERS_AGE} read this. Try shorter sentences and everyday words, as the survey uses.`
    : undefined;
