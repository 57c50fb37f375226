/**
 * Redaction: a moderator hides part of a comment (a name, a school, a place) and the board sees the
 * rest. The moderator marks spans of the original; the hidden words are replaced by a mark, never
 * rewritten, so nobody can put words in a young person's mouth.
 */
export const REDACTED_MARK = '[removed]';

export interface Span {
  start: number;
  end: number;
}

export type RedactResult = { ok: true; text: string; spans: Span[] } | { ok: false; message: string };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’-]/u.test(ch);

/** Widens a span to whole words, so half a name never remains. */
const toWholeWords = (text: string, { start, end }: Span): Span => {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  return { start: s, end: e };
};

export const redact = (text: string, spans: readonly Span[]): RedactResult => {
  if (spans.length === 0) return { ok: false, message: 'Mark at least one part of the comment to hide' };
  for (const s of spans) {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end > text.length ||
      s.start >= s.end
    ) {
      return {
        ok: false,
        message: `Each part to hide must lie inside the comment (0 to ${text.length}) and end after it starts`,
      };
    }
  }
  const merged: Span[] = [];
  for (const s of spans.map((x) => toWholeWords(text, x)).sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    // Overlapping marks, or marks with only spaces between them ("Jamie" "Brook"), hide as one.
    if (last && (s.start <= last.end || text.slice(last.end, s.start).trim() === ''))
      last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, s.start) + REDACTED_MARK;
    at = s.end;
  }
  out += text.slice(at);
  if (out.replaceAll(REDACTED_MARK, '').trim().length === 0) {
    return { ok: false, message: 'That hides the whole comment: reject it instead' };
  }
  return { ok: true, text: out, spans: merged };
};
