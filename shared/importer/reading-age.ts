import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { EASY_READ_MAX_GRADE } from '../limits';

/**
 * How hard a promise or a title is to read: its Flesch–Kincaid school grade (as the survey's own words
 * are checked), and the age that grade is usually read at. A text of one sentence counts as one.
 */
export interface ReadingAge {
  /** School grade, at least 1 (rounded to a whole grade: finer steps mean nothing for one sentence). */
  grade: number;
  /** The usual age for that grade (grade + 5). */
  age: number;
  /** Above EASY_READ_MAX_GRADE: hard for the youngest, so it wants easy-read text. */
  hard: boolean;
}

export const readingAge = (text: string): ReadingAge | null => {
  const words = text.match(/[A-Za-z0-9’']+/g) ?? [];
  if (words.length === 0) return null;
  const sentence = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + Math.max(1, /^\d+$/.test(w) ? 1 : syllable(w)), 0);
  const grade = Math.max(1, Math.round(fleschKincaid({ sentence, word: words.length, syllable: syllables })));
  return { grade, age: grade + 5, hard: grade > EASY_READ_MAX_GRADE };
};
