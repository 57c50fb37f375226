/**
 * Pledges as PDF files, made here by printing a page with Chromium: in one column and in two, with
 * bullets as glyphs, over ten pages with a running header, and as a scan with no text at all.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { importPledge } from '../../../shared/importer';
import { type PdfJs, PdfReadError, readPdfText } from '../../../shared/importer/pdf-text';
import {
  closePdfMaker,
  type PrintedPledge,
  pledgeHtml,
  printPdf,
  printScannedPdf,
  RIVERBEND,
  tenPagePledge,
} from './pdf-maker';

const PDFJS = pdfjs as unknown as PdfJs;

const promisesOf = (text: string) =>
  importPledge(text, { format: 'markdown' }).sections.map((s) => [s.title, s.promises.map((p) => p.text)] as const);
const expected = (p: PrintedPledge) => p.sections.map((s) => [s.title, s.promises] as const);

afterAll(closePdfMaker);

describe('a pledge PDF', { timeout: 60_000 }, () => {
  it('in one column: headings from the font sizes, every bullet one promise, wrapped lines kept with it', async () => {
    const text = await readPdfText(PDFJS, await printPdf(pledgeHtml(RIVERBEND, { columns: 1 })), 'pledge.pdf');
    const draft = importPledge(text, { format: 'markdown' });
    expect(draft.title).toBe(RIVERBEND.title);
    expect(promisesOf(text)).toEqual(expected(RIVERBEND));
  });

  it('in two columns: the left column is read before the right, giving the same pledge', async () => {
    const text = await readPdfText(PDFJS, await printPdf(pledgeHtml(RIVERBEND, { columns: 2 })), 'pledge.pdf');
    expect(promisesOf(text)).toEqual(expected(RIVERBEND));
  });

  it('with Word’s square bullets', async () => {
    const text = await readPdfText(
      PDFJS,
      await printPdf(pledgeHtml(RIVERBEND, { columns: 1, glyph: '▪' })),
      'pledge.pdf',
    );
    expect(promisesOf(text)).toEqual(expected(RIVERBEND));
  });

  it('over ten pages with a running header and page numbers: neither becomes a promise', async () => {
    const long = tenPagePledge(RIVERBEND);
    const pdf = await printPdf(pledgeHtml(long, { columns: 1 }), 'Riverbend pledge, version 3');
    const doc = await PDFJS.getDocument({ data: pdf.slice() }).promise;
    expect(doc.numPages).toBe(10);
    await doc.destroy();
    const text = await readPdfText(PDFJS, pdf, 'pledge.pdf');
    expect(promisesOf(text)).toEqual(expected(long));
  });

  it('a scan has no text to read: a clear message, not an empty draft', async () => {
    const scan = await printScannedPdf(['Riverbend Council Pledge', '• We will listen to you']);
    const read = readPdfText(PDFJS, scan, 'scan.pdf');
    await expect(read).rejects.toThrow(PdfReadError);
    await expect(read).rejects.toThrow(/^This PDF has no text to read: scan\.pdf looks like a scan/);
  });

  it('a file that is not a PDF says so', async () => {
    await expect(readPdfText(PDFJS, new TextEncoder().encode('hello'), 'notes.pdf')).rejects.toThrow(
      /^notes\.pdf could not be read as a PDF/,
    );
  });
});
