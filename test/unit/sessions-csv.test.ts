import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../shared/csv';

/** A strict RFC 4180 reader, to check that what is written reads back cell for cell. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const cell = (): string => {
    if (text[i] !== '"') {
      const end = text.slice(i).search(/,|\r\n/);
      const value = text.slice(i, end < 0 ? text.length : i + end);
      i += value.length;
      return value;
    }
    let value = '';
    for (i++; ; ) {
      const quote = text.indexOf('"', i);
      if (quote < 0) throw new Error('unterminated quote');
      value += text.slice(i, quote);
      i = quote + 1;
      if (text[i] !== '"') return value;
      value += '"';
      i++;
    }
  };
  while (i < text.length) {
    row.push(cell());
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('the last line must end with CRLF');
  return rows;
};

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF, and writes numbers as numbers', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 3, -2.5, null]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",3,-2.5,\r\n',
    );
  });

  it('stops a text cell from running as a formula in a spreadsheet', () => {
    for (const danger of ['=1+1', '+44 20', '-5', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(danger).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('fewer than 5')).toBe('fewer than 5');
  });

  it('can start with a byte order mark so spreadsheets read it as UTF-8', () => {
    expect(toCsv([['Don’t know']], { bom: true })).toBe(`${UTF8_BOM}Don’t know\r\n`);
  });

  it('reads back cell for cell for any text (formula starts gain one apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = parseCsv(toCsv(rows));
          expect(back).toEqual(rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
        },
      ),
      { numRuns: 300 },
    );
  });
});
