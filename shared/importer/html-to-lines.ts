import { decodeEntities } from './text';

/**
 * Turns HTML (a saved web page, or a Word document after mammoth) into the Markdown-like lines the rest
 * of the importer reads: `# heading`, `- item` indented two spaces per nesting level, `**bold**`, and a
 * blank line between blocks. A tokenizer rather than a DOM, so it runs the same in Node and the browser.
 */

/** Parts of a page that are never the pledge: code, styling, site navigation and footers. */
const DROPPED = /<(script|style|noscript|template|svg|nav|footer|aside|head|select|button|form)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'pre',
  'address',
  'center',
]);
const OPEN = '\u0001';
const CLOSE = '\u0002';
/** Lists nested deeper than this are indented as this deep: no pledge needs more, and a line's indent stays bounded. */
const MAX_INDENT_LEVEL = 8;

interface ListLevel {
  ordered: boolean;
  count: number;
}

export const htmlToLines = (html: string): string[] => {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROPPED, ' ');
  const lines: string[] = [];
  const lists: ListLevel[] = [];
  let line = '';
  /** Where the text of the current list item starts in `line` (so a <p> inside an <li> does not end it). */
  let itemStart = -1;
  let inPre = false;
  /** Inside a table cell: its paragraphs are one cell of the row's line, `| a | b |`. */
  let cellDepth = 0;
  let rowIndex = 0;

  const flush = (blankAfter = false) => {
    const tidy = (
      line.includes(OPEN) || line.includes(CLOSE)
        ? line
            .replace(new RegExp(`${OPEN}( *)`, 'g'), '$1**')
            .replace(new RegExp(`( *)${CLOSE}`, 'g'), '**$1')
            .replace(/\*\*\*\*/g, '')
        : line
    ).trimEnd();
    // An item or continuation with no words (an empty <li>, a <br> at the end) leaves nothing behind.
    const words = itemStart >= 0 ? tidy.slice(itemStart) : tidy;
    if (words.replace(/\*\*/g, '').trim() !== '') lines.push(tidy);
    line = '';
    itemStart = -1;
    if (blankAfter && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  };
  const indent = () => '  '.repeat(Math.min(MAX_INDENT_LEVEL, Math.max(0, lists.length - 1)));

  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|(<)/g;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [, slash, rawName, , text, lone] = m;
    if (text !== undefined || lone !== undefined) {
      const t = decodeEntities(text ?? lone ?? '');
      line += inPre ? t : t.replace(/\s+/g, ' ');
      if (line.trim() === '' && itemStart < 0) line = '';
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const closing = slash === '/';
    if (/^h[1-6]$/.test(name)) {
      flush(true);
      if (!closing) line = `${'#'.repeat(Number(name[1]))} `;
    } else if (name === 'ul' || name === 'ol') {
      flush(false);
      if (closing) {
        lists.pop();
        if (lists.length === 0) flush(true);
      } else lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'li') {
      flush(false);
      if (!closing) {
        const level = lists[lists.length - 1] ?? { ordered: false, count: 0 };
        level.count++;
        line = `${indent()}${level.ordered ? `${level.count}.` : '-'} `;
        itemStart = line.length;
      }
    } else if (name === 'br') {
      flush(false);
      if (lists.length > 0) line = `${indent()}  `;
    } else if (name === 'strong' || name === 'b') {
      line += closing ? CLOSE : OPEN;
    } else if (name === 'pre') {
      flush(true);
      inPre = !closing;
    } else if (name === 'table') {
      flush(true);
      rowIndex = 0;
    } else if (name === 'tr') {
      if (!closing) {
        flush(false);
        line = '|';
      } else if (line.startsWith('|')) {
        const cells = line.slice(1).split('|');
        line = `${line.trimEnd()} |`;
        flush(false);
        // A first row of labels ("When", "Our promise") heads the table, as in Markdown.
        if (
          rowIndex === 0 &&
          cells.length > 1 &&
          cells.every((c) => c.trim().split(/\s+/).length <= 4 && !/[.!?]\s*$/.test(c))
        )
          lines.push(`|${' --- |'.repeat(cells.length)}`);
        rowIndex++;
      }
    } else if (name === 'td' || name === 'th') {
      if (!closing) {
        cellDepth++;
        if (line.startsWith('|') && !/\|\s*$/.test(line)) line += ' |';
        line += ' ';
      } else cellDepth = Math.max(0, cellDepth - 1);
    } else if (cellDepth > 0 && BLOCKS.has(name)) {
      line += ' ';
    } else if (BLOCKS.has(name)) {
      // A paragraph inside a list item continues that item rather than starting a new block.
      const emptyItem = itemStart >= 0 && line.slice(itemStart).trim() === '';
      if (!emptyItem) {
        flush(lists.length === 0);
        if (lists.length > 0 && !closing) line = `${indent()}  `;
      }
    }
  }
  flush(false);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
};
