/**
 * A PDF's text as positioned runs → the Markdown-like lines the rest of the importer reads. A PDF has no
 * paragraphs, headings or lists, only runs of text placed on pages; this puts them back from where they
 * are: columns read one after the other, headings from font sizes larger than the body's, paragraphs from
 * the gaps between lines, and a bullet's wrapped lines kept with it. Pure: the runs come from pdf.js.
 */
import { readMarker } from './bullets';
import { wordCount } from './text';

/** One run of text as pdf.js gives it: its baseline's start (PDF units, from the page's bottom left) and font size. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

interface Line {
  text: string;
  left: number;
  top: number;
  size: number;
  page: number;
  /** Which flow the line is in: a column of a band, or the full width. */
  flow: string;
}

/** Font sizes this much above the body's are headings. */
const HEADING_RATIO = 1.15;
/** A gap between two lines' tops above this many font sizes starts a new paragraph (a line is ~1.2). */
const PARAGRAPH_GAP = 1.55;
/** Headings are short: a large first line of a long block is a lead paragraph, not a heading. */
const HEADING_MAX_WORDS = 20;

const round = (n: number) => Math.round(n * 2) / 2;

/**
 * The gutter of a two-column page, or null for a page in one column. A right-hand column shows itself by
 * many runs starting at one x near the middle (its left margin): a line broken into runs mid-way does not
 * start its pieces at one x. Runs crossing the gutter (a title or an introduction above the columns) are
 * the page's full width.
 */
const findGutter = (page: PdfPageText, runs: PdfTextRun[]): number | null => {
  const width = page.width;
  if (runs.length < 6 || width <= 0) return null;
  // The x where most runs start within a bullet's indent of it (two sorted pointers: linear).
  const xs = runs
    .map((r) => r.x)
    .filter((x) => x >= width * 0.35 && x <= width * 0.7)
    .sort((a, b) => a - b);
  const reach = Math.max(...runs.map((r) => r.size)) * 2;
  let margin = 0;
  let most = 0;
  for (let i = 0, j = 0; i < xs.length; i++) {
    while (j < xs.length && xs[j]! <= xs[i]! + reach) j++;
    if (j - i > most) {
      most = j - i;
      margin = xs[i]!;
    }
  }
  if (most < Math.max(3, runs.length * 0.15)) return null;
  // Text on the left must end before the right column starts, with a gap between them.
  const left = runs.filter((r) => r.x < margin - 1);
  const ending = left.filter((r) => r.x + r.width <= margin - r.size * 0.5).length;
  return left.length >= 3 && ending >= left.length * 0.6 ? margin - 1 : null;
};

/** Runs of one flow → lines: runs on one baseline joined left to right, lines top to bottom. */
const toLines = (runs: PdfTextRun[], page: PdfPageText, pageNo: number, flow: string): Line[] => {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextRun[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - r.y) <= Math.min(first.size, r.size) * 0.5) row.push(r);
    else rows.push([r]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    let longest = 0;
    for (const r of row) {
      const gap = r.x - end;
      if (text && !/\s$/.test(text) && !/^\s/.test(r.text) && gap > r.size * 0.15) text += ' ';
      text += r.text;
      end = r.x + r.width;
      if (r.text.trim().length > longest) {
        longest = r.text.trim().length;
        size = r.size;
      }
    }
    const first = row[0]!;
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      left: first.x,
      top: page.height - first.y,
      size,
      page: pageNo,
      flow,
    };
  });
};

/** A page's lines in reading order: each band between full-width lines, its left column then its right. */
const pageLines = (page: PdfPageText, pageNo: number): Line[] => {
  const runs = page.runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  const gutter = findGutter(page, runs);
  if (gutter === null) return toLines(runs, page, pageNo, `${pageNo}`);
  const full = toLines(
    runs.filter((r) => r.x < gutter && r.x + r.width > gutter),
    page,
    pageNo,
    `${pageNo}:full`,
  );
  const bandOf = (r: PdfTextRun) => full.filter((f) => f.top < page.height - r.y).length;
  const out: Line[] = [];
  for (let band = 0; band <= full.length; band++) {
    for (const side of ['left', 'right'] as const) {
      const inSide = runs.filter(
        (r) => (side === 'left' ? r.x + r.width <= gutter : r.x >= gutter) && bandOf(r) === band,
      );
      out.push(...toLines(inSide, page, pageNo, `${pageNo}:${band}:${side}`));
    }
    const f = full[band];
    if (f) out.push(f);
  }
  return out;
};

/** The size most of the text is set in: the body's. */
const bodySize = (lines: Line[]): number => {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(round(l.size), (chars.get(round(l.size)) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
};

/** Running headers and footers: the same words (numbers aside) near the top or bottom of most pages. */
const repeatedFurniture = (lines: Line[], pages: PdfPageText[]): Set<string> => {
  if (pages.length < 2) return new Set();
  const key = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const seen = new Map<string, Set<number>>();
  for (const l of lines) {
    const h = pages[l.page]?.height ?? 0;
    if (l.top > h * 0.1 && l.top < h * 0.9) continue;
    const k = key(l);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(l.page);
  }
  const out = new Set<string>();
  for (const [k, onPages] of seen) if (onPages.size >= Math.max(2, pages.length / 2)) out.add(k);
  return out;
};

const endsSentence = (s: string) => /[.!?:;…"”’)]$/.test(s);

/**
 * The lines of a PDF for the importer (read as Markdown): `#`, `##`, `###` for headings by size, a blank
 * line between paragraphs, bullets as written and their wrapped lines indented under them.
 */
export const pdfToLines = (pages: PdfPageText[]): string[] => {
  const lines = pages.flatMap((p, i) => pageLines(p, i));
  const body = bodySize(lines);
  const furniture = repeatedFurniture(lines, pages);
  const kept = lines.filter((l) => !furniture.has(l.text.replace(/\d+/g, '#').toLowerCase()));
  const headingSizes = [
    ...new Set(kept.filter((l) => round(l.size) >= body * HEADING_RATIO).map((l) => round(l.size))),
  ].sort((a, b) => b - a);
  const isHeading = (l: Line) => round(l.size) >= body * HEADING_RATIO && wordCount(l.text) <= HEADING_MAX_WORDS;

  const out: string[] = [];
  let prev: Line | null = null;
  let inItem = false;
  let lastWasHeading = false;
  let headingAt = -1;
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  for (const l of kept) {
    const heading = isHeading(l);
    const sameFlow = prev !== null && prev.flow === l.flow;
    const gap = sameFlow && prev ? l.top - prev.top : 0;
    // A wrapped heading: two lines of the same large size, close together.
    const below = prev && prev.page === l.page ? l.top - prev.top : Infinity;
    if (heading && lastWasHeading && prev && round(prev.size) === round(l.size) && below > 0 && below < l.size * 1.6) {
      out[headingAt] = `${out[headingAt]} ${l.text}`;
      prev = l;
      continue;
    }
    const marker = readMarker(l.text);
    const newParagraph =
      heading ||
      lastWasHeading ||
      prev === null ||
      (sameFlow && gap > Math.max(l.size, prev.size) * PARAGRAPH_GAP) ||
      // Into the next column or page: the paragraph goes on unless the last line ended its sentence.
      (!sameFlow && endsSentence(prev.text) && /^[A-Z0-9"'‘“(•]/.test(l.text));
    if (newParagraph) {
      blank();
      inItem = false;
    }
    if (heading) {
      const level = Math.min(3, headingSizes.indexOf(round(l.size)) + 1);
      headingAt = out.push(`${'#'.repeat(Math.max(1, level))} ${l.text}`) - 1;
      blank();
    } else if (marker) {
      out.push(l.text);
      inItem = true;
    } else out.push(inItem ? `    ${l.text}` : l.text);
    lastWasHeading = heading;
    prev = l;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};
