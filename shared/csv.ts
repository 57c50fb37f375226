/**
 * CSV as RFC 4180 describes it (comma-separated, CRLF line ends, a field quoted when it holds a comma,
 * quote or line break, quotes doubled), made safe to open in a spreadsheet: a text cell that starts
 * with = + - @ (or a tab or carriage return) would run as a formula, so it gets a leading apostrophe.
 * Numbers are written as numbers, so a negative count stays a number.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** Spreadsheet programs read a file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const csvCell = (value: CsvCell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string =>
  `${options.bom ? UTF8_BOM : ''}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/**
 * Reads CSV as toCsv writes it (and as spreadsheet programs save it): a leading byte-order mark is
 * dropped, CRLF or LF ends a row, quoted fields may hold commas, quotes and line breaks. A cell that
 * toCsv guarded with an apostrophe (it started with = + - @) gets its own text back.
 * Returns null when a quoted field never closes.
 */
export const parseCsv = (text: string): string[][] | null => {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    cell = '';
  };
  while (i < input.length) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && input[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
    i += 1;
  }
  if (quoted) return null;
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
};
