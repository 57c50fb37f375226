import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { docx } from './docx';
import { closePdfMaker, pledgeHtml, printPdf, printScannedPdf, RIVERBEND } from './pdf-maker';
import { FIXTURES_DIR, REPO } from './pledges-dir';

const run = promisify(execFile);
const CLI = join(REPO, 'functions', 'cli', 'import-pledge.ts');

/** Runs the command as `npm run import-pledge` does (tsx), and never throws: the exit code is returned. */
const importPledgeCli = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

const tmp = mkdtempSync(join(tmpdir(), 'import-pledge-'));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await closePdfMaker();
});

// Each run starts Node and tsx (about two seconds), so the runs go side by side.
describe('npm run import-pledge', { timeout: 60_000, concurrent: true }, () => {
  it('--json prints exactly {title, sections: [{title, promises: [{text}]}], warnings} and nothing else', async () => {
    const { code, stdout } = await importPledgeCli(join(FIXTURES_DIR, 'riverside-numbered.txt'), '--json');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as Record<string, unknown> & { sections: Record<string, unknown>[] };
    expect(Object.keys(draft)).toEqual(['title', 'sections', 'warnings']);
    expect(draft.title).toBe('Our pledge to children in care and care leavers');
    expect(draft.sections.map((s) => Object.keys(s))).toEqual(Array(4).fill(['title', 'promises']));
    expect(draft.sections[0]).toEqual({
      title: 'Your worker',
      promises: [
        { text: 'You will know the name of your social worker and how to reach them.' },
        { text: 'Your social worker will see you on your own at every visit if you want that.' },
        {
          text: 'If your social worker has to change, they will tell you first and introduce you to the new worker before they leave.',
        },
        { text: 'We will answer your messages within one working day.' },
      ],
    });
    expect(draft.warnings).toEqual([]);
  });

  it('prints a readable outline: title, counts, numbered sections and promises with themes, and the warnings', async () => {
    const { code, stdout } = await importPledgeCli(join(FIXTURES_DIR, 'moorland-contents.md'));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Moorland County Council: Promises to You', '3 sections, 9 promises']);
    expect(lines).toContain('1. Your voice');
    expect(lines).toContain('   1.1 You can ask for an independent advocate at any time.  [Advocacy and complaints]');
    expect(lines).toContain('Warnings (1):');
  });

  it('reads HTML by its extension', async () => {
    const { stdout } = await importPledgeCli(join(FIXTURES_DIR, 'harbour-list.html'), '--json');
    expect((JSON.parse(stdout) as { sections: unknown[] }).sections).toHaveLength(3);
  });

  it('reads a Word document through mammoth: headings, bullets and a sub-list', async () => {
    const file = join(tmp, 'pledge.docx');
    writeFileSync(
      file,
      docx([
        { heading: 1, text: 'Lakeside Pledge to Young People in Care' },
        { text: 'Written with the Lakeside Children in Care Council.' },
        { heading: 2, text: 'Your home' },
        { text: 'We will:', bold: true },
        { bullet: 0, text: 'find you a home near your school' },
        { bullet: 0, text: 'visit you in your first week' },
        { heading: 2, text: 'Your say' },
        { bullet: 0, text: 'This means that we will:' },
        { bullet: 1, text: 'ask you first' },
        { bullet: 1, text: 'listen to you' },
        { bullet: 0, text: 'You can bring a friend to your review.' },
      ]),
    );
    const { code, stdout, stderr } = await importPledgeCli(file, '--json');
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      title: 'Lakeside Pledge to Young People in Care',
      sections: [
        {
          title: 'Your home',
          promises: [
            { text: 'We will find you a home near your school' },
            { text: 'We will visit you in your first week' },
          ],
        },
        {
          title: 'Your say',
          promises: [
            { text: 'This means that we will ask you first and listen to you' },
            { text: 'You can bring a friend to your review.' },
          ],
        },
      ],
      warnings: [],
    });
  });

  it('reads a PDF through pdf.js, two columns in order', async () => {
    const file = join(tmp, 'pledge.pdf');
    writeFileSync(file, await printPdf(pledgeHtml(RIVERBEND, { columns: 2 })));
    const { code, stdout } = await importPledgeCli(file, '--json');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as { title: string; sections: { title: string; promises: { text: string }[] }[] };
    expect(draft.title).toBe(RIVERBEND.title);
    expect(draft.sections.map((s) => [s.title, s.promises.map((p) => p.text)])).toEqual(
      RIVERBEND.sections.map((s) => [s.title, s.promises]),
    );
  });

  it('a scanned PDF: exit code 1, saying it has no text to read', async () => {
    const file = join(tmp, 'scan.pdf');
    writeFileSync(file, await printScannedPdf(['Our pledge', '• We will listen to you']));
    expect(await importPledgeCli(file)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^import-pledge: This PDF has no text to read: scan\.pdf looks like a scan/),
    });
  });

  it('a missing file: a clear message on stderr, nothing on stdout, exit code 1', async () => {
    const { code, stdout, stderr } = await importPledgeCli(join(tmp, 'no-such-pledge.txt'), '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`import-pledge: Cannot read ${join(tmp, 'no-such-pledge.txt')}: there is no such file.\n`);
  });

  it('a folder, a damaged .docx, or no file named: exit code 1 with the reason', async () => {
    expect(await importPledgeCli(tmp)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `import-pledge: ${tmp} is not a file.\n`,
    });
    const broken = join(tmp, 'broken.docx');
    writeFileSync(broken, 'this is not a zip file');
    const damaged = await importPledgeCli(broken);
    expect(damaged).toMatchObject({ code: 1, stdout: '' });
    expect(damaged.stderr).toMatch(/^import-pledge: Cannot read .*broken\.docx as a Word document/);
    expect(await importPledgeCli('--json')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^import-pledge: Usage: npm run import-pledge -- <file/),
    });
  });
});
