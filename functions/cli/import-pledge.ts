/**
 * `npm run import-pledge -- <file> [--json]`: puts a pledge document through the importer and prints the
 * draft as an outline for a person, or with --json as
 * {"title", "sections": [{"title", "promises": [{"text"}]}], "warnings"} and nothing else on stdout.
 * Reads .txt, .md, .html, .docx (through mammoth) and .pdf (through pdf.js), as the admin page does.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type ImportFormat, importPledge, type PledgeImportDraft } from '../../shared/importer';
import { type PdfJs, PdfReadError, readPdfText } from '../../shared/importer/pdf-text';
import { themeLabel } from '../../shared/themes';

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

const USAGE = 'Usage: npm run import-pledge -- <file.txt|.md|.html|.docx|.pdf> [--json]';

class CliError extends Error {}

const readDocument = async (file: string): Promise<{ text: string; format?: ImportFormat }> => {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file} is not a file.`);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(
      `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message}.`,
    );
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') {
    // Node's build of pdf.js; it runs its worker in this process.
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    try {
      return {
        text: await readPdfText(pdfjs, new Uint8Array(await readFile(file)), basename(file)),
        format: 'markdown',
      };
    } catch (e) {
      throw e instanceof PdfReadError ? new CliError(e.message) : e;
    }
  }
  if (ext === '.docx') {
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.convertToHtml({ path: file });
      return { text: value, format: 'html' };
    } catch (e) {
      throw new CliError(`Cannot read ${file} as a Word document: ${(e as Error).message}`);
    }
  }
  try {
    const text = await readFile(file, 'utf8');
    const format = FORMAT_BY_EXTENSION[ext];
    return format ? { text, format } : { text };
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as Error).message}.`);
  }
};

/** The shape scripts rely on: titles, promise texts and warnings only. */
const asJson = (draft: PledgeImportDraft) => ({
  title: draft.title,
  sections: draft.sections.map((s) => ({ title: s.title, promises: s.promises.map((p) => ({ text: p.text })) })),
  warnings: draft.warnings,
});

const outline = (draft: PledgeImportDraft): string => {
  const total = draft.sections.reduce((n, s) => n + s.promises.length, 0);
  const out = [draft.title ?? '(no title found)', `${draft.sections.length} sections, ${total} promises`, ''];
  draft.sections.forEach((s, i) => {
    out.push(`${i + 1}. ${s.title}`);
    if (s.summary) out.push(`   (${s.summary})`);
    s.promises.forEach((p, j) => {
      const themes = p.themes.length ? `  [${p.themes.map(themeLabel).join(', ')}]` : '';
      out.push(`   ${i + 1}.${j + 1} ${p.title ? `${p.title}: ` : ''}${p.text}${themes}`);
    });
    out.push('');
  });
  for (const part of draft.setAside) {
    out.push(`Set aside, not promises: ${part.title}`);
    for (const item of part.items) out.push(`   - ${item}`);
    out.push('');
  }
  if (draft.warnings.length) {
    out.push(`Warnings (${draft.warnings.length}):`);
    for (const w of draft.warnings) out.push(` - ${w}`);
  } else out.push('No warnings.');
  return out.join('\n');
};

const main = async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0]!.startsWith('--')) throw new CliError(USAGE);
  const { text, format } = await readDocument(files[0]!);
  const draft = importPledge(text, format ? { format } : {});
  process.stdout.write(`${json ? JSON.stringify(asJson(draft), null, 2) : outline(draft)}\n`);
};

main().catch((e: unknown) => {
  process.stderr.write(`import-pledge: ${e instanceof CliError ? e.message : ((e as Error).stack ?? String(e))}\n`);
  process.exit(1);
});
