import type { ImportFormat } from '../../../../shared/importer';

/** Files the import page accepts; a .docx is turned into HTML in the browser by mammoth, a .pdf read by pdf.js. */
export const ACCEPTED_FILES = '.pdf,.docx,.html,.htm,.md,.markdown,.txt';
/** Far above any pledge (the longest real ones are ~30 KB of text); stops a wrong file freezing the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const FORMATS: Record<string, ImportFormat | undefined> = {
  html: 'html',
  htm: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: undefined,
};

/** Reads an uploaded pledge document as text for the importer, with its format when the name tells it. */
export const readDocument = async (file: File): Promise<{ text: string; format?: ImportFormat }> => {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (file.size > MAX_FILE_BYTES)
    throw new Error(
      `${file.name} is larger than 5 MB: is it the pledge? Save it as a Word document without pictures, or paste its text.`,
    );
  if (ext === 'docx') {
    // Loaded only when a Word document is chosen: mammoth is large and most admins paste.
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.convertToHtml({ arrayBuffer: await file.arrayBuffer() });
      return { text: value, format: 'html' };
    } catch {
      throw new Error(
        `${file.name} could not be read as a Word document. Open it in Word and save it again as .docx, or paste its text.`,
      );
    }
  }
  if (ext === 'pdf') {
    const { readPdf } = await import('./read-pdf');
    return { text: await readPdf(file), format: 'markdown' };
  }
  if (ext === 'doc')
    throw new Error(
      `A .${ext} file cannot be read here. Save it as a .docx (Word) file, or copy its text and paste it.`,
    );
  if (!(ext in FORMATS))
    throw new Error(`${file.name} is not a file this page reads: choose a .pdf, .docx, .html, .md or .txt file.`);
  const format = FORMATS[ext];
  return { text: await file.text(), ...(format ? { format } : {}) };
};
