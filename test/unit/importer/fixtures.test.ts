import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPledge, PledgeImportDraftSchema } from '../../../shared/importer';
import { type ExpectedSection, expectOutline } from './expect-outline';
import { FIXTURES_DIR, readFixture } from './pledges-dir';

const fixtures = readdirSync(FIXTURES_DIR)
  .filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md')
  .sort();
const expectedOf = (f: string) =>
  JSON.parse(readFixture(f.replace(/\.(txt|md|html)$/, '.expected.json'))) as {
    sections: ExpectedSection[];
    total_promises: number;
  };
const texts = (f: string) => importPledge(readFixture(f)).sections.flatMap((s) => s.promises.map((p) => p.text));

describe('pledges in other shapes, written for the project', () => {
  it('has at least six of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  it.each(fixtures)('%s: exactly the expected sections and promise counts', (f) => {
    const draft = importPledge(readFixture(f));
    expectOutline(draft, expectedOf(f).sections);
    expect(PledgeImportDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('numbered lists: "1." and "2)" markers go, a wrapped item is whole, contacts and the closing question are not promises', () => {
    const draft = importPledge(readFixture('riverside-numbered.txt'));
    expect(draft.title).toBe('Our pledge to children in care and care leavers');
    expect(texts('riverside-numbered.txt')).toContain(
      'If your social worker has to change, they will tell you first and introduce you to the new worker before they leave.',
    );
    expect(texts('riverside-numbered.txt').every((t) => /^[A-Z]/.test(t) && !/^\d/.test(t))).toBe(true);
    expect(draft.warnings).toEqual([]);
  });

  it('HTML: navigation, script and footer are ignored; a bold "We will:" and a nested list are read', () => {
    const draft = importPledge(readFixture('harbour-list.html'));
    expect(draft.title).toBe('Harbour City’s Promise to Children in Care');
    const all = texts('harbour-list.html');
    expect(all[0]).toBe('We will ask what you think before we make a decision about your life');
    expect(all).toContain(
      'This means that we will arrange visits in the holidays, pay for your travel and help with video calls',
    );
    expect(all).toContain('We will find you a safe place to live when you leave care & visit you there.');
    expect(all.join(' ')).not.toMatch(/Home|Privacy|analytics|Cookies/);
  });

  it('Word paste: private-use and middle-dot bullets, "o" sub-items joined, "Section N –" dropped from titles, page furniture gone', () => {
    const draft = importPledge(readFixture('word-paste.txt'));
    expect(draft.title).toBe('Westfield Council Pledge to Looked After Children');
    expect(draft.sections[0]!.promises[0]!.text).toBe('We will find you a home close to your school wherever we can');
    expect(draft.sections[1]!.promises[1]!.text).toBe(
      'We will help you find someone to talk to when things are hard, such as a counsellor, a mentor and a youth worker',
    );
    expect(JSON.stringify(draft)).not.toMatch(/Skip to main content|Page 1 of 1|\uf0b7|·/);
  });

  it('no headings at all: one section, named by the importer, with a warning', () => {
    const draft = importPledge(readFixture('no-headings.txt'));
    expect(draft.sections).toHaveLength(1);
    expect(draft.sections[0]!.title).toBe('Our promises');
    expect(draft.warnings).toEqual([expect.stringMatching(/Section 1 has no heading/)]);
    expect(texts('no-headings.txt')).toContain(
      'We will never move you without talking to you first, unless you are in danger.',
    );
  });

  it('Markdown: the underlined title, a contents list of links taken as a summary, "## Part N –" headings, ticks and "You can:"', () => {
    const draft = importPledge(readFixture('moorland-contents.md'));
    expect(draft.title).toBe('Moorland County Council: Promises to You');
    expect(draft.sections[0]!.promises.map((p) => p.text)).toEqual([
      'You can ask for an independent advocate at any time.',
      'You can read and add to your own care plan.',
      'You can complain and get an answer within ten working days.',
    ]);
    expect(draft.warnings.some((w) => /repeats the section headings/.test(w))).toBe(true);
    expect(JSON.stringify(draft.sections)).not.toMatch(/01632|advocacy@/);
  });

  it('paragraphs without bullets become promises, with a warning to check them', () => {
    const draft = importPledge(readFixture('paragraphs-only.txt'));
    expect(draft.sections[1]!.promises.map((p) => p.text)).toEqual([
      'We will help you keep in touch with the people who matter to you.',
      'We will explain why if you cannot see someone.',
    ]);
    expect(draft.warnings.some((w) => /No list was found, so 5 paragraphs/.test(w))).toBe(true);
  });
});
