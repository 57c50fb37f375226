/**
 * List markers, as pledges write them: typed (- * +), typographic (• ● ▪ ✓ ➢ …), pasted from Word (· and
 * "o" for a second level, and the Symbol-font characters Word leaves behind such as U+F0B7), numbered
 * (1. 1) (1) a) i.), and a Markdown marker followed by a symbol ("- ✓").
 */

/** One character that marks a list item on its own. */
const SYMBOLS = '•●○◦▪▫■□‣⁃∙·➢➤►▶▸→✓✔✗✘☐☑☒♦◆◇❖★☆✦✧⮚§\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e8\uf06e\uf071';
/** Word's usual markers for second and third levels when a list is pasted as text. */
const SUB_LEVEL_SYMBOLS = new Set(['o', '◦', '○', '▪', '▫', '§', '\uf0a7', '-', '–']);

export type MarkerKind = 'symbol' | 'dash' | 'number' | 'letter' | 'roman' | 'o';

export interface Marker {
  /** Columns of indentation before the marker (a tab counts four). */
  indent: number;
  /** The marker as written, e.g. "•", "- ✓", "3.", "b)". */
  marker: string;
  kind: MarkerKind;
  /** True for markers that Word uses for nested levels ("o", "▪", "§"). */
  subLevel: boolean;
  /** The item's text after the marker. */
  text: string;
}

const indentOf = (s: string): number => {
  let n = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\u00a0') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
};

const escapeRegExp = (s: string) => s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
const SYMBOL_CLASS = `[${escapeRegExp(SYMBOLS)}]`;
const PATTERNS: { re: RegExp; kind: MarkerKind }[] = [
  // "- ✓ text", "* • text": a Markdown marker with a symbol after it counts as one marker.
  { re: new RegExp(`^([-*+]\\s+${SYMBOL_CLASS})\\s*(.*)$`, 'u'), kind: 'symbol' },
  { re: new RegExp(`^(${SYMBOL_CLASS})\\s*(.+)$`, 'u'), kind: 'symbol' },
  { re: /^([-*+–])\s+(.+)$/u, kind: 'dash' },
  { re: /^(\(?\d{1,3}[.)])\s+(.+)$/u, kind: 'number' },
  { re: /^(\(\d{1,3}\))\s*(.+)$/u, kind: 'number' },
  { re: /^(\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)])\s+(.+)$/u, kind: 'roman' },
  { re: /^(\(?[a-z][.)]|[A-Z]\))\s+(.+)$/u, kind: 'letter' },
  // Word's second-level "o" must be followed by real spacing and a word, so "o clock" is still text.
  { re: /^(o)(?:\s{2,}|\t|\s(?=[A-Za-z]))(.+)$/u, kind: 'o' },
];

/** The marker of a list line, or null for any other line. A horizontal rule (---, * * *) is not a list. */
export const readMarker = (line: string): Marker | null => {
  const indent = indentOf(line);
  const rest = line.trimStart();
  if (/^([-*_])(\s*\1){2,}\s*$/.test(rest)) return null;
  for (const { re, kind } of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const marker = m[1] ?? '';
    const text = (m[2] ?? '').trim();
    if (text === '') return null;
    // "1.5 hours" or "2) " with no words is not a list; nor is "12. " followed by a digit.
    if (kind === 'number' && /^\d/.test(text)) continue;
    const bare = marker.replace(/^[-*+]\s+/, '');
    return { indent, marker, kind, subLevel: kind === 'o' || SUB_LEVEL_SYMBOLS.has(bare), text };
  }
  return null;
};

/** Markers that belong together in one list (every "•" alike, every number alike). */
export const markerFamily = (m: Marker): string => (m.kind === 'symbol' ? m.marker.replace(/^[-*+]\s+/, '') : m.kind);
