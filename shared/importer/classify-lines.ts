import { type Marker, readMarker } from './bullets';
import { cleanSpaces, plain } from './text';

/** One physical line, as the block builder sees it. */
export type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'underline'; level: number }
  | { kind: 'item'; marker: Marker }
  | { kind: 'text'; indent: number; text: string }
  /** A table's row, `| a | b |` (from HTML or Markdown), and the rule under a header row. */
  | { kind: 'row'; cells: string[] }
  | { kind: 'rowrule' };

/**
 * What a browser's "select all" picks up around the content of a web page: skip links, script notices,
 * breadcrumbs, cookie and print bars. Matched against a whole line.
 */
const PAGE_FURNITURE = [
  /^skip to (main )?(content|navigation)$/i,
  /^(please )?(enable|turn on) javascript\b.*$/i,
  /^javascript (is )?(required|disabled)\b.*$/i,
  /^(back to top|return to top|top of page|print( this page)?|share( this page)?|menu|search|close|open)$/i,
  /^(this (site|website) uses cookies|we use cookies|accept (all )?cookies|cookie (settings|preferences))\b.*$/i,
  /^(you are here|breadcrumb)s?:?.*$/i,
  /^home\s*[>›»/|].*$/i,
  /^(page \d+( of \d+)?|\d+)$/i,
  /^(last (updated|reviewed)|updated|published|page last updated)\s*(on)?:?\s*\d.*$/i,
  // Share links and social-media menus, alone or as a numbered list before the content.
  /^(share|share (this|on|via|to) .{1,30}|follow us( on .{1,30})?|facebook|twitter|x \(formerly twitter\)|instagram|youtube|linkedin|whatsapp|tiktok|snapchat|pinterest|flickr|e-?mail( this page)?|copy link)$/i,
  /^(on this page|contents|in this section|related (pages|content|links)|see also):?$/i,
  /^(is|was) this page (useful|helpful)\??$/i,
  /^(report a problem)( (with|about|of|on) this page)?\.?$/i,
  /^(yes|no)(,? this page (is|was) (not )?(useful|helpful))?$/i,
];

/** Furniture that is a whole line only: a bullet that says "Yes" is a (too short) promise, not a page's survey. */
const LINE_ONLY = /^(yes|no)(,? this page (is|was) (not )?(useful|helpful))?$/i;

export const isPageFurniture = (text: string): boolean => {
  // Furniture is a few words; a long line never is (and skipping it keeps the importer fast).
  if (text.length > 120) return false;
  const t = plain(text);
  return t !== '' && PAGE_FURNITURE.some((re) => re.test(t));
};

/**
 * Classifies one line. Markdown syntax (# headings and === underlines) is read only when `markdown` is
 * set, so a plain-text "#1 priority" stays text.
 */
export const classifyLine = (raw: string, markdown: boolean): Line => {
  const line = raw.replace(/\r$/, '').replace(/[\u200b-\u200d\ufeff]/g, '');
  if (cleanSpaces(line) === '') return { kind: 'blank' };
  if (markdown) {
    const atx = /^ {0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
    if (atx)
      return plain(atx[2] ?? '') === ''
        ? { kind: 'blank' }
        : { kind: 'heading', level: atx[1]!.length, text: atx[2] ?? '' };
    if (/^ {0,3}=+\s*$/.test(line)) return { kind: 'underline', level: 1 };
    if (/^ {0,3}-{2,}\s*$/.test(line)) return { kind: 'underline', level: 2 };
    if (/^\s*\|[\s:|-]*-[\s:|-]*\|\s*$/.test(line)) return { kind: 'rowrule' };
    if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = line.trim().slice(1, -1).split('|').map(cleanSpaces).filter(Boolean);
      if (cells.length > 0) return { kind: 'row', cells };
    }
  }
  const marker = readMarker(line);
  if (marker)
    return isPageFurniture(marker.text) && !LINE_ONLY.test(plain(marker.text))
      ? { kind: 'blank' }
      : { kind: 'item', marker };
  // A horizontal rule separates blocks like a blank line does.
  if (/^\s*([-*_=])(\s*\1){2,}\s*$/.test(line)) return { kind: 'blank' };
  if (isPageFurniture(line)) return { kind: 'blank' };
  const indent = line.length - line.trimStart().length;
  return { kind: 'text', indent, text: line.trim() };
};
