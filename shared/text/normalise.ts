/**
 * Text as a person reads it, whatever characters carry it. Copy and paste brings characters nobody sees
 * (zero-width spaces, soft hyphens, joiners) and letters from other alphabets that look like Latin ones
 * (Cyrillic "а", Greek "ο", full-width "ｋ"); people typing to slip past a word list use "I", "1" or "|"
 * for "l" and "0" for "o". These helpers undo that for checks (length, screening); stored text is kept
 * exactly as written, because a zero-width non-joiner is part of correct Pashto and Persian spelling.
 */

/** Characters with no visible form: Unicode's default-ignorable code points and format characters. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** Compatibility forms folded (full-width, ligatures, circled letters) and invisible characters removed. */
export const stripInvisible = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

/** The characters a person can see, with whitespace at the ends removed: what a "cannot be empty" rule counts. */
export const visibleText = (text: string): string => stripInvisible(text).replace(/\s+/gu, ' ').trim();

export const hasVisibleText = (text: string): boolean => visibleText(text).length > 0;

/**
 * Lower-case look-alikes from other scripts, as the Latin letter a reader takes them for. Upper-case
 * look-alikes are lowered first, so Cyrillic "Н" becomes "н" and then "h".
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  н: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  ү: 'y',
  х: 'x',
  ԁ: 'd',
  ԝ: 'w',
  с: 'c',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  // Latin letters that look like others
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ʟ: 'l',
  // Symbols used as letters
  '|': 'l',
  '@': 'a',
  $: 's',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('').replace(/[$|]/g, '\\$&')}]`, 'gu');

/** Digits read as letters inside a word ("k1ll", "0verdose"), and alone where a letter stands ("1 want"). */
const DIGIT_LETTERS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * Lower-case Latin letters and digits separated by single spaces, as a reader would take the text:
 * compatibility forms folded, invisible characters removed (or, with `invisibleAs: ' '`, read as a gap
 * between words), accents dropped, look-alikes mapped to the Latin letter, apostrophes dropped
 * ("don't" = "dont"), digits inside words read as letters, and everything else a gap.
 */
export const foldForMatching = (text: string, options: { invisibleAs?: '' | ' ' } = {}): string =>
  text
    .toLowerCase()
    // Before compatibility folding too, which would turn some look-alikes (lunate sigma "ϲ") into other letters.
    .replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch)
    .normalize('NFKC')
    .replace(INVISIBLE, options.invisibleAs ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch)
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .map((word) =>
      /[a-z]/.test(word) || word.length === 1 ? word.replace(/[013457]/g, (d) => DIGIT_LETTERS[d] ?? d) : word,
    )
    .join(' ')
    .trim();

/**
 * A coarser form for catching disguised words: "l" and "i" (which "I", "1" and "|" stand in for) become
 * one letter, and every run of a repeated letter becomes one ("kiII", "k1ll", "killll" and "kill" all
 * read "ki"). Apply to text already passed through foldForMatching.
 */
export const skeleton = (folded: string): string => folded.replace(/l/g, 'i').replace(/([a-z])\1+/g, '$1');
