/** The Languages page's words for where a language stands: how much is translated, and what stands before young people. */
import { describe, expect, it } from 'vitest';
import type { LanguageView } from '../../shared/translations/views';
import { nextStep, statusLine } from '../../web/src/staff/languages/language-status';

const view = (over: Partial<LanguageView> & { report?: Partial<LanguageView['report']> } = {}): LanguageView => ({
  language: 'ar',
  switchedOn: false,
  englishPromisesNotice: false,
  screenWordsCheck: null,
  offered: false,
  texts: [],
  version: 0,
  ...over,
  report: { total: 45, upToDate: 36, missing: 7, outOfDate: 2, optionalLeft: 0, complete: false, ...over.report },
});
const checked = { checkedBy: 'Amal Haddad', checkedAt: '2026-12-01T10:00:00.000Z' };

describe('a language’s status in words', () => {
  it('says how many texts are translated, how many are out of date, and that it is not offered yet', () => {
    expect(statusLine(view())).toBe(
      'Arabic: 36 of 45 texts translated, 2 out of date since the pledge changed — not offered to young people yet',
    );
    expect(nextStep(view())).toBe(
      'Young people are offered Arabic once a fluent speaker of Arabic checks the survey’s screen words, you switch Arabic on and the 9 texts left are translated (or you choose to offer Arabic with a notice that the promises are in English).',
    );
  });

  it('says it is offered, and whether with the notice that some promises are in English', () => {
    const done = { total: 45, upToDate: 45, missing: 0, outOfDate: 0, optionalLeft: 0, complete: true };
    expect(statusLine(view({ offered: true, switchedOn: true, screenWordsCheck: checked, report: done }))).toBe(
      'Arabic: 45 of 45 texts translated — offered to young people',
    );
    const early = view({ offered: true, switchedOn: true, englishPromisesNotice: true, screenWordsCheck: checked });
    expect(statusLine(early)).toMatch(/— offered to young people, with a notice that some promises are in English$/);
    expect(nextStep(early)).toBeNull();
  });

  it('names only what is left: switched off after the check, everything translated', () => {
    const done = { total: 45, upToDate: 45, missing: 0, outOfDate: 0, optionalLeft: 0, complete: true };
    expect(nextStep(view({ screenWordsCheck: checked, report: done }))).toBe(
      'Young people are offered Arabic once you switch Arabic on.',
    );
  });

  it('counts what is left without the names, and says why the count is smaller than the texts not translated', () => {
    const none = { total: 40, upToDate: 0, missing: 40, outOfDate: 0, optionalLeft: 2, complete: false };
    expect(nextStep(view({ screenWordsCheck: checked, report: none }))).toBe(
      'Young people are offered Arabic once you switch Arabic on and the 38 texts left (all but the 2 names, which may stay in English) are translated (or you choose to offer Arabic with a notice that the promises are in English).',
    );
  });

  it('does not hold a language back for the council’s and the round’s names, and says they show in English', () => {
    const names = { total: 47, upToDate: 45, missing: 1, outOfDate: 1, optionalLeft: 2, complete: true };
    expect(nextStep(view({ screenWordsCheck: checked, report: names }))).toBe(
      'Young people are offered Arabic once you switch Arabic on.',
    );
    expect(statusLine(view({ offered: true, switchedOn: true, screenWordsCheck: checked, report: names }))).toBe(
      'Arabic: 45 of 47 texts translated, 1 out of date since the pledge changed — offered to young people (2 names show in English until translated)',
    );
  });
});
