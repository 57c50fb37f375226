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
