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
    set_aside?: { title: string; items: number }[];
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
    expect(draft.setAside.map((p) => ({ title: p.title, items: p.items.length }))).toEqual(
      expectedOf(f).set_aside ?? [],
    );
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

describe('the layouts other councils use', () => {
  it('1. a short "We promise to" line whose sentence runs on in the next paragraph is one promise', () => {
    expect(texts('runon-lines.txt')).toEqual([
      'We promise to listen to you and take what you say seriously when we make plans about your life.',
      'We will tell you who your social worker is and how you can reach them on any weekday.',
      'You will have a say in where you live, and we will explain our reasons if you cannot live there.',
      'Help us to understand what matters to you by telling us when something is not right.',
      'We promise to help you stay in touch with your brothers, sisters and friends.',
    ]);
  });

  it('2. how to tell the council it broke a promise ends the pledge: set aside, not promises', () => {
    const draft = importPledge(readFixture('complaints-after.txt'));
    expect(texts('complaints-after.txt').join(' ')).not.toMatch(/write back|advocate|form on our website/);
    expect(draft.setAside[0]!.items).toEqual([
      'Talk to your personal adviser',
      'Ring the leaving care team on 01632 960 123',
      'Ask for an advocate to help you',
    ]);
    expect(draft.setAside[1]!.items[1]).toBe('We will write back within ten working days.');
    expect(draft.warnings).toEqual([expect.stringMatching(/^2 parts after the promises .* were set aside/)]);
  });

  it('3. sentences that commit to something in paragraphs are the promises; framing sentences are not', () => {
    const draft = importPledge(readFixture('paragraph-commitments.txt'));
    expect(draft.sections[0]!.promises.map((p) => p.text)).toEqual([
      'We will ask for your views before every review and we will write down what you tell us.',
      'Our social workers will explain any decision that affects you, in words you understand.',
    ]);
    expect(draft.sections[1]!.promises.map((p) => p.text)).toEqual([
      'We will look for a home near your school and your friends, and we will review this regularly with you.',
    ]);
    // The preview shows each sentence of the paragraphs, marked taken or not.
    expect(draft.sections[1]!.sentences).toEqual([
      { text: 'A good home is the base for everything else.', promise: false },
      {
        text: 'We will look for a home near your school and your friends, and we will review this regularly with you.',
        promise: true,
      },
      { text: 'Moving is hard for anyone.', promise: false },
    ]);
    expect(draft.sections[2]!.sentences?.filter((x) => x.promise)).toHaveLength(2);
  });

  it('4. numbered short headings in the children’s voice, a paragraph each: one promise per number, titled by it', () => {
    const draft = importPledge(readFixture('numbered-voice.txt'));
    expect(draft.title).toBe('What we want from you: a pledge written by the Fernhill Children in Care Council');
    const promises = draft.sections[0]!.promises;
    expect(promises.map((p) => p.title)).toEqual([
      'Listen to us',
      'Be honest',
      'Fairness',
      'Keep in touch',
      'Celebrate with us',
    ]);
    expect(promises[2]!.text).toBe(
      'Treat us the same as other children, and do not make us wait longer for things because we are in care.',
    );
  });

  it('5. page titles said twice, "On this page", share links and a numbered social-media menu are not promises', () => {
    const draft = importPledge(readFixture('site-furniture.txt'));
    expect(draft.title).toBe('Our pledge to children in care');
    expect(JSON.stringify(draft.sections)).not.toMatch(/Facebook|YouTube|On this page|useful|Share|Report a problem/);
    expect(draft.warnings).toEqual([]);
  });

  it('6. a heading worded as a promise over "We will:" and bullets is the section; the bullets its promises', () => {
    const draft = importPledge(readFixture('leavers-charter.txt'));
    expect(draft.title).toBe('Care Leavers’ Charter – Greyford'.replace('’', "'"));
    expect(draft.sections[1]!.promises.map((p) => p.text)).toEqual([
      'We will give you a personal adviser who stays with you until you are 25',
      'We will answer the phone out of office hours when you are in a crisis',
    ]);
  });
});
