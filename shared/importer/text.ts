/** Small text helpers the importer's steps share: spaces, inline markup, sentences, words. */

/** Non-breaking and odd-width spaces become plain spaces; zero-width characters go; runs collapse. */
export const cleanSpaces = (s: string): string => {
  // Most lines are already tidy: test once rather than run every replacement (the importer's hot path).
  if (!/[^\S ]| {2}|^ | $|[\u200b-\u200d\u2060\u00ad]/.test(s)) return s;
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[^\S ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  pound: '£',
  euro: '€',
  copy: '©',
};

/** Decodes the HTML character references a pasted page or a converted document carries. */
export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

/**
 * Removes Markdown and stray HTML markup inside a line, keeping the words: **bold**, _em_, [text](url),
 * <a href>text</a>, <sup>, backslash escapes. Words joined by underscores (e-mail addresses) are left alone.
 */
export const stripInlineMarkup = (s: string): string => {
  // Most lines carry no markup at all: skip the replacements for them (the importer's hot path).
  if (!/[*_[<`\\&!]/.test(s)) return s;
  // Spans are bounded and exclude their own openers so that unclosed markup costs linear time, not quadratic.
  return decodeEntities(
    s
      .replace(/!\[([^\][\n]{0,300})\]\([^()\s]{0,500}\)/g, '$1')
      .replace(/\[([^\][\n]{1,300})\]\([^()\s]{0,500}\)/g, '$1')
      .replace(/<(https?:[^<>\s]+)>/g, '$1')
      .replace(/<\/?[a-z][^<>]*>/gi, ' ')
      .replace(/\*\*(?=\S)((?:(?!\*\*)[^\n]){0,400}?\S)\*\*/g, '$1')
      .replace(/__(?=\S)((?:(?!__)[^\n]){0,400}?\S)__/g, '$1')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]{0,400}?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_\n]{0,400}?\S)_(?!\w)/g, '$1$2')
      .replace(/`([^`\n]{0,400})`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'),
  );
};

/** A line as a person reads it: markup gone, spaces tidy. */
export const plain = (s: string): string => cleanSpaces(stripInlineMarkup(s));

/** Sentences split at . ! ? followed by a space and a capital (or an opening quote or bracket). */
export const sentences = (s: string): string[] =>
  s
    .split(/(?<=[.!?…])\s+(?=[A-Z0-9"'‘“(])/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Lower-case words, apostrophes unified, for comparing texts. */
export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

/** Letters and digits only, lower case, single spaces: for comparing headings "ignoring case and punctuation". */
export const normaliseForCompare = (s: string): string => words(s.replace(/['’]/g, '')).join(' ');

export const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32 || s[i] === '\u00a0';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Keep" → "keep", but an acronym (IRO, PEP), "I" or a word with inner capitals (iPad, McDonald) stays. */
export const lowerFirstWord = (s: string): string => {
  const first = /^[A-Za-z][a-z]*(?=\b)/.exec(s)?.[0];
  if (!first || first === 'I' || first.length === 0) return s;
  if (/^[A-Z][a-z]+$/.test(first) || /^[A-Z]$/.test(first)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
};

/** Cuts a long text at a word boundary for quoting in a warning. */
export const quote = (s: string, max = 70): string => {
  const t =
    s.length <= max
      ? s
      : `${s.slice(0, s.lastIndexOf(' ', max - 1) > max / 2 ? s.lastIndexOf(' ', max - 1) : max - 1)}…`;
  return `“${t}”`;
};

const TRAILING = new Set([...' \t:;,.-–—…']);
/** Trailing punctuation a heading or lead-in may end with (":", ":-", "–", "."). A loop, not a regex: linear on any input. */
export const stripTrailingPunctuation = (s: string): string => {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1]!)) end--;
  return s.slice(0, end).trim();
};
