import { words } from './text';

/**
 * How alike two promise texts are, from 0 to 1, for matching versions. The mean of two Dice
 * coefficients: on sets of word stems (wording reordered, "up to date" vs "up-to-date") and on
 * character bigrams of the normalised text (small spelling changes, "can't" vs "cannot").
 */

/** Endings cut so that "review", "reviews" and "reviewed" meet. Crude, but the same on both sides. */
const stem = (w: string): string =>
  w
    .replace(/'s$/, '')
    .replace(/(ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1');

/** Words that say little about which promise this is: almost every promise has "we will … you … your". */
const STOP = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'is',
  'are',
  'be',
  'it',
  'that',
  'this',
  'as',
  'by',
  'we',
  'will',
  'you',
  'your',
  'our',
  'us',
  'can',
  'i',
  'they',
  'their',
  'them',
  'have',
  'has',
  'make',
  'sure',
]);

export const stems = (text: string): Set<string> =>
  new Set(
    words(text)
      .filter((w) => !STOP.has(w))
      .map(stem),
  );

const bigrams = (text: string): Map<string, number> => {
  const s = ` ${words(text)
    .filter((w) => !STOP.has(w))
    .join(' ')} `;
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
};

const diceSets = (a: Set<string>, b: Set<string>): number => {
  if (a.size + b.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return (2 * both) / (a.size + b.size);
};

const diceBags = (a: Map<string, number>, b: Map<string, number>): number => {
  let total = 0;
  let both = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [g, n] of a) both += Math.min(n, b.get(g) ?? 0);
  return total === 0 ? 1 : (2 * both) / total;
};

/** Precomputed features of one text, so that n × m comparisons do not redo the tokenising. */
export interface TextFeatures {
  stems: Set<string>;
  bigrams: Map<string, number>;
}

export const features = (text: string): TextFeatures => ({ stems: stems(text), bigrams: bigrams(text) });

export const similarity = (a: TextFeatures, b: TextFeatures): number =>
  (diceSets(a.stems, b.stems) + diceBags(a.bigrams, b.bigrams)) / 2;

export const textSimilarity = (a: string, b: string): number => similarity(features(a), features(b));
