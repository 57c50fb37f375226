import { type PdfJs, readPdfText } from '../../../../shared/importer/pdf-text';

/**
 * A PDF's text in the browser with pdf.js, loaded only when a PDF is chosen (it is large and most admins
 * paste or upload Word). Its worker is a file of the app's own origin, as the pages' policy requires.
 */
export const readPdf = async (file: File): Promise<string> => {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return readPdfText(pdfjs as unknown as PdfJs, new Uint8Array(await file.arrayBuffer()), file.name);
};
