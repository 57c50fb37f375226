/**
 * A real Word file, made by LibreOffice from test/fixtures/pledges/lakeside-word.html
 * (`soffice --headless --convert-to docx lakeside-word.html`): styled headings, a bulleted and a numbered
 * list, a table of promises and a text box, read through mammoth as the admin page and the CLI read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { importPledge } from '../../../shared/importer';
import { FIXTURES_DIR } from './pledges-dir';

const fromWord = async () => {
  const { value } = await mammoth.convertToHtml({ buffer: readFileSync(join(FIXTURES_DIR, 'lakeside-word.docx')) });
  return importPledge(value, { format: 'html' });
};

describe('a Word document made by a word processor', () => {
  it('headings are the sections, both lists and the table rows are promises, the text box is not', async () => {
    const draft = await fromWord();
    expect(draft.title).toBe('Lakeside Council Pledge to Children in Care');
    expect(
      draft.sections.map((s) => [s.title, s.promises.map((p) => (p.title ? `${p.title} | ${p.text}` : p.text))]),
    ).toEqual([
      [
        'Your social worker',
        [
          'We will tell you the name of your social worker within a week of you coming into care.',
          'Your social worker will visit you at least every six weeks, and see you on your own if you want.',
        ],
      ],
      [
        'Your plan',
        [
          'We will write your care plan with you and give you a copy',
          'We will hold your review at a time that does not clash with school',
          'We will explain any change to your plan before it happens',
        ],
      ],
      [
        'What you can expect',
        [
          'Your birthday | We will make sure your birthday is celebrated wherever you live.',
          'Moving home | We will give you a suitcase of your own, never a bin bag.',
          'Leaving care | We will start your pathway plan with you when you are 15 and a half.',
        ],
      ],
    ]);
    expect(JSON.stringify(draft.sections)).not.toMatch(/Childline|When|Our promise/);
    expect(draft.warnings).toEqual([]);
  });

  it('the same pledge saved as a web page gives the same promises', async () => {
    const web = importPledge(readFileSync(join(FIXTURES_DIR, 'lakeside-word.html'), 'utf8'));
    const word = await fromWord();
    expect(web.sections.map((s) => s.promises.map((p) => p.text))).toEqual(
      word.sections.map((s) => s.promises.map((p) => p.text)),
    );
  });
});
