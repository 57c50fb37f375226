/**
 * Reading a PDF's text runs with pdf.js, the same in the browser and on the command line: each side loads
 * its own build of pdf.js and hands it here. Only pdf.js's text is used (no drawing, no fonts shown), and
 * fonts are never turned into code (`isEvalSupported: false`), so it runs under the pages' strict policy.
 */
import { type PdfPageText, pdfToLines } from './pdf-layout';

/** The few parts of pdf.js this uses, so that `shared/` does not depend on either of its builds. */
export interface PdfJs {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; destroy?: () => Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    view: number[];
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup?: () => void;
  }>;
  destroy(): Promise<void>;
}
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Far above any pledge (the longest are 12–20 pages); stops a wrong file (a 400-page report) freezing the page. */
export const MAX_PDF_PAGES = 60;

/** What a person can do when a PDF cannot be read, in words they can act on. */
export const pdfMessages = {
  noText: (name: string) =>
    `This PDF has no text to read: ${name} looks like a scan or pictures of pages. Open the document it was made from (a Word file, say) and save it as PDF again, or upload that document, or type the promises in.`,
  password: (name: string) =>
    `${name} is protected by a password, so it cannot be read here. Save a copy without the password, or upload the Word document it was made from.`,
  notPdf: (name: string) =>
    `${name} could not be read as a PDF. Open it and save it again as PDF, or upload the Word document it was made from.`,
  tooLong: (name: string, pages: number) =>
    `${name} has ${pages} pages, more than the ${MAX_PDF_PAGES} a pledge could need: is it the pledge? Save just the pledge's pages as a PDF.`,
};

/** A PDF that cannot be imported, with the message to show. */
export class PdfReadError extends Error {}

const isTextItem = (x: unknown): x is TextItem =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as TextItem).str === 'string' &&
  Array.isArray((x as TextItem).transform);

/** The text runs of every page of a PDF. Throws PdfReadError with a message for a person. */
export const readPdfPages = async (pdfjs: PdfJs, data: Uint8Array, name: string): Promise<PdfPageText[]> => {
  let doc: PdfDocument;
  try {
    // Errors only (0): a PDF's small faults (a missing font) are pdf.js's to mend, not the admin's to read.
    doc = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const kind = (e as { name?: string }).name;
    throw new PdfReadError(kind === 'PasswordException' ? pdfMessages.password(name) : pdfMessages.notPdf(name));
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new PdfReadError(pdfMessages.tooLong(name, doc.numPages));
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.filter(isTextItem).flatMap((it) => {
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = it.transform;
        // Text turned sideways (a margin note, a spine) is not part of the reading order.
        if (Math.abs(b) > Math.abs(a) * 0.1 || it.str.trim() === '') return [];
        return [{ text: it.str, x: e - x0, y: f - y0, width: it.width, size: Math.hypot(c, d) || it.height }];
      });
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup?.();
    }
    if (pages.every((p) => p.runs.length === 0)) throw new PdfReadError(pdfMessages.noText(name));
    return pages;
  } catch (e) {
    if (e instanceof PdfReadError) throw e;
    throw new PdfReadError(pdfMessages.notPdf(name));
  } finally {
    await doc.destroy();
  }
};

/** A PDF's text as the importer reads it (Markdown-like lines). */
export const readPdfText = async (pdfjs: PdfJs, data: Uint8Array, name: string): Promise<string> =>
  pdfToLines(await readPdfPages(pdfjs, data, name)).join('\n');
