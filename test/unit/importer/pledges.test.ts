import { describe, expect, it } from 'vitest';
import { importPledge, matchVersions, PledgeImportDraftSchema } from '../../../shared/importer';
import { textSimilarity } from '../../../shared/importer/similarity';
import { expectOutline } from './expect-outline';
import { havePledges, pledgeFiles, readPledge } from './pledges-dir';

const promisesOf = (text: string) => importPledge(text).sections.flatMap((s) => s.promises.map((p) => p.text));

describe.skipIf(!havePledges)('real councils’ pledges (skipped: ../shared/pledges is absent)', () => {
  const files = pledgeFiles();

  it('finds all five documents', () => {
    expect(files.map((f) => f.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(files.map((f) => [f.name, f] as const))(
    '%s: exactly the sections and promise counts a careful reader finds',
    (_, f) => {
      const draft = importPledge(f.text);
      expectOutline(draft, f.expected.sections);
      expect(draft.sections.flatMap((s) => s.promises)).toHaveLength(f.expected.total_promises);
      expect(PledgeImportDraftSchema.safeParse(draft).success).toBe(true);
    },
  );

  it('000 (web page) and 001 (Word as Markdown) give the same 54 promises in the same order', () => {
    const web = promisesOf(readPledge('000'));
    const word = promisesOf(readPledge('001'));
    expect(web).toHaveLength(54);
    expect(word).toHaveLength(54);
    // The wording differs a little ("up to date" / "up-to-date", "(IRO) - you" / "Officer. You").
    for (const [i, text] of web.entries()) {
      expect(textSimilarity(text, word[i]!), `promise ${i + 1}: ${text}`).toBeGreaterThan(0.85);
    }
    const { matches } = matchVersions(
      web.map((text, i) => ({ promiseId: `p${i}`, text, sectionIndex: 0, index: i })),
      word.map((text, i) => ({ text, sectionIndex: 0, index: i })),
    );
    expect(matches.map((m) => m.promiseId)).toEqual(web.map((_, i) => `p${i}`));
  });

  it('001: a bullet and its three sub-bullets are one promise, worded as in 000', () => {
    const promise = promisesOf(readPledge('001')).find((t) => t.startsWith('This means that we will'));
    expect(promise).toBe(
      'This means that we will ask you what you want, listen to what you say and act on what you have told us',
    );
  });

  it('001: continuation lines stay with their bullet', () => {
    const promises = promisesOf(readPledge('001'));
    expect(promises).toContain(
      'We will ensure that you have opportunity to meet other people who share your way of life or culture',
    );
  });

  it('002: the "We promise … This means we will:" sentence is the summary and the lead-in of each promise', () => {
    const draft = importPledge(readPledge('002'));
    expect(draft.title).toBe('Children in care pledge');
    const [first, second] = draft.sections;
    expect(first!.summary).toMatch(/^We promise we will make sure you have a good home/);
    expect(first!.promises[0]!.text).toMatch(/^We will ask you and listen to you about where you want to live\./);
    expect(second!.summary).toMatch(/^We promise we will involve you/);
    expect(draft.warnings.some((w) => /Section 2 has no heading/.test(w))).toBe(true);
    // "as part of preparing you for adulthood, ensure …" keeps its opening and gains "we will" after it.
    expect(draft.sections[2]!.promises.map((p) => p.text)).toContain(
      'As part of preparing you for adulthood, we will ensure that you have the necessary budget skills to manage your money effectively',
    );
  });

  it('003: "Section N:" is not part of the titles, and the page’s skip link is not a promise', () => {
    const draft = importPledge(readPledge('003'));
    expect(draft.sections[0]!.title).toBe('Coming into care and changing placements');
    expect(draft.sections.flatMap((s) => s.promises).some((p) => /skip to content/i.test(p.text))).toBe(false);
  });

  it('004: "We will:-" and "You can:-" start each promise below them; the opening list is a summary, with a warning', () => {
    const draft = importPledge(readPledge('004'));
    expect(draft.title).toBe('Our Promise to Children and Young People Who Are in Our Care and Care Leavers');
    expect(draft.sections[0]!.promises[0]!.text).toBe(
      'We will keep you updated about things, checking out that you understand what is happening to you and why.',
    );
    expect(draft.sections[2]!.promises[0]!.text).toBe(
      'You can receive a good education and be supported to help you make decisions about your future.',
    );
    expect(draft.sections[2]!.promises[2]!.text).toBe(
      'You can take part in clubs and activities that you are interested in.',
    );
    expect(draft.sections[3]!.summary).toBe('Where it is in your best interests, and safe to do so');
    expect(draft.warnings.some((w) => /repeats the section headings/.test(w))).toBe(true);
    expect(draft.warnings.some((w) => /When you have left care we will respect your choices/.test(w))).toBe(true);
  });

  it('000: intro, Local Offer, In Care Councils, contacts and "Are we keeping our promises?" give no promises', () => {
    const draft = importPledge(readPledge('000'));
    const all = draft.sections.flatMap((s) => s.promises.map((p) => p.text)).join('\n');
    expect(all).not.toMatch(/Local Offer|Off the Record|Telephone:|keeping our promises|enable JavaScript/i);
    expect(draft.title).toBe('Children looked after and care leavers pledge');
    expect(draft.sections[3]!.summary).toBe(
      'Independent Reviewing Officers check that children in care are looked after well and listened to',
    );
  });
});
