/**
 * A comment as the words a moderator taps to hide: each word with where it stands, and its core without the
 * punctuation around it (hiding "Oakfield," hides the name and keeps the comma).
 */
import type { Span } from './redact';

export interface Word {
  text: string;
  /** The word without leading and trailing punctuation, as offsets into the comment. */
  core: Span;
}

const LEADING = /^[("'“‘[]+/u;
const TRAILING = /[)"'”’.,!?;:…\]]+$/u;

export const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/\S+/g)].map((m) => {
    const lead = m[0].match(LEADING)?.[0].length ?? 0;
    const rest = m[0].slice(lead);
    const trail = rest.length > 1 ? (rest.match(TRAILING)?.[0].length ?? 0) : 0;
    const start = m.index + lead;
    const end = Math.max(start + 1, m.index + m[0].length - trail);
    return { text: m[0], core: { start, end } };
  });

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
