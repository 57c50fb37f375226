import { isHeadingLike, type Unit } from './headings';
import { wordCount } from './text';

/**
 * Pledges written in the children's voice often number short headings, each over one paragraph
 * ("3. Fairness" / "Treat us the same as other children…"). Read as a list, the headings would be the
 * promises and the paragraphs lost; each number is one promise instead: the paragraph, titled by its heading.
 */

/** Short enough to be a title, not a promise: "Fairness", "Keep in touch". */
const MAX_TITLE_WORDS = 6;

const isShortTitle = (u: Unit): u is Unit & { kind: 'item' } =>
  u.kind === 'item' &&
  u.family === 'number' &&
  u.depth === 0 &&
  wordCount(u.text) <= MAX_TITLE_WORDS &&
  isHeadingLike(u.text);

/** Items of a numbered run that each head exactly one paragraph become that paragraph, titled. */
export const numberedParagraphs = (units: Unit[]): Unit[] => {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    const next = units[i + 1]!;
    if (isShortTitle(units[i]!) && next.kind === 'prose' && wordCount(next.text) > MAX_TITLE_WORDS) pairs.push(i);
  }
  // One numbered title over a paragraph is a heading like any other; the layout needs at least two.
  if (pairs.length < 2) return units;
  const starts = new Set(pairs);
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    if (starts.has(i) && u.kind === 'item' && next?.kind === 'prose') {
      out.push({
        kind: 'item',
        text: next.text,
        depth: 0,
        family: 'numbered-paragraph',
        line: next.line,
        title: u.text,
      });
      i++;
    } else out.push(u);
  }
  return out;
};
