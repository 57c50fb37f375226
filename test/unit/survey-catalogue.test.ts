import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, CARE_STATUSES } from '../../shared/cohort';
import { RATINGS } from '../../shared/rating';
import { councilWords, offeredLangs, pickLanguage, promiseWords } from '../../web/src/survey/i18n';
import { ar } from '../../web/src/survey/i18n/ar';
import { en } from '../../web/src/survey/i18n/en';
import { AGES, ANSWERS, CARE } from '../../web/src/survey/lists';

type AnyFunction = (...args: never[]) => unknown;

/** Walks two catalogues side by side and lists every place where the second differs in shape. */
const shapeDifferences = (a: unknown, b: unknown, path = ''): string[] => {
  if (typeof a !== typeof b) return [`${path}: ${typeof a} vs ${typeof b}`];
  if (typeof a === 'function')
    return (a as AnyFunction).length === (b as AnyFunction).length
      ? []
      : [`${path}: takes ${(a as AnyFunction).length} vs ${(b as AnyFunction).length}`];
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length
      ? a.flatMap((x, i) => shapeDifferences(x, b[i], `${path}[${i}]`))
      : [`${path}: list length`];
  if (a && typeof a === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    return [...keys].flatMap((k) =>
      shapeDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return [];
};

const stringsOf = (v: unknown, path = ''): [string, string][] => {
  if (typeof v === 'string') return [[path, v]];
  if (typeof v === 'function') return [[path, String(v(...Array.from({ length: v.length }, () => 7)))]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringsOf(x, `${path}.${k}`));
  return [];
};

describe("the survey's word lists", () => {
  it('are the shared answer, age and care lists, in the same order', () => {
    // The page keeps its own copies so it does not load zod; they must never drift.
    expect(ANSWERS).toEqual(RATINGS);
    expect(AGES).toEqual(AGE_GROUPS);
    expect(CARE).toEqual(CARE_STATUSES);
  });

  it('Arabic has every key English has, with the same shape', () => {
    expect(shapeDifferences(en, ar)).toEqual([]);
    expect(Object.keys(ar.ratings).sort()).toEqual([...RATINGS].sort());
    expect(Object.keys(ar.ages).sort()).toEqual([...AGE_GROUPS].sort());
    expect(Object.keys(ar.cares).sort()).toEqual([...CARE_STATUSES].sort());
  });

  it('every Arabic string is written in Arabic (none left in English), and no string is empty', () => {
    const arabic = /[\u0600-\u06FF]/;
    const notArabic = stringsOf(ar).filter(([path, s]) => !['.lang', '.dir'].includes(path) && !arabic.test(s));
    expect(notArabic).toEqual([]);
    expect(stringsOf(en).filter(([, s]) => s.trim() === '')).toEqual([]);
    expect(ar.dir).toBe('rtl');
    expect(en.dir).toBe('ltr');
  });

  it('fill-in strings put the values in, in both languages', () => {
    for (const t of [en, ar]) {
      expect(t.progress(7, 20)).toMatch(/7.*20/);
      expect(t.startTitle('Riverside Council')).toContain('Riverside Council');
      expect(t.commentLeft(480)).toContain('480');
    }
    expect(en.progress(7, 20)).toBe('7 of 20');
  });
});

describe('the page language', () => {
  it('follows the browser, first language we have, else English', () => {
    expect(pickLanguage(null, ['ar-EG', 'en-GB'])).toBe('ar');
    expect(pickLanguage(null, ['fr-FR', 'ar'])).toBe('ar');
    expect(pickLanguage(null, ['fr-FR', 'de'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });
  it('a language picked on the phone wins over the browser; rubbish is ignored', () => {
    expect(pickLanguage('en', ['ar'])).toBe('en');
    expect(pickLanguage('xx', ['ar'])).toBe('ar');
  });
});

describe("a promise's words", () => {
  const p = {
    promiseId: 'p_reply',
    text: 'We will reply within two days.',
    easyRead: 'We will reply soon.',
  };
  it("stay in the council's language unless the council translated them", () => {
    expect(promiseWords({ promiseId: 'p_x', text: 'Only English' }, 'ar')).toEqual({
      text: 'Only English',
      lang: 'en',
    });
    expect(promiseWords(p, 'en', { 'promise:p_reply': 'سنرد خلال يومين.' })).toEqual({
      text: p.text,
      easyRead: p.easyRead,
      lang: 'en',
    });
  });
  it('use the translation when there is one, with its own easy read and never the English one', () => {
    expect(promiseWords(p, 'ar', { 'promise:p_reply': 'سنرد خلال يومين.' })).toEqual({
      text: 'سنرد خلال يومين.',
      lang: 'ar',
    });
    expect(
      promiseWords(p, 'ar', { 'promise:p_reply': 'سنرد خلال يومين.', 'easy-read:p_reply': 'سنرد قريبًا.' }),
    ).toEqual({ text: 'سنرد خلال يومين.', easyRead: 'سنرد قريبًا.', lang: 'ar' });
  });
  it('section titles and contacts likewise, marked English where not translated', () => {
    expect(
      councilWords({ 'section:s_a': 'عندما تدخل الرعاية' }, 'section:s_a', 'When you come into care', 'ar'),
    ).toEqual({ text: 'عندما تدخل الرعاية', lang: 'ar' });
    expect(councilWords({}, 'section:s_a', 'When you come into care', 'ar')).toEqual({
      text: 'When you come into care',
      lang: 'en',
    });
  });
  const phone = (readHere: string | null, browser: string[] = ['en-GB']) => ({ readHere, browser });
  it('offers on a council’s survey only English and the languages the council offers', () => {
    expect(offeredLangs([], phone(null))).toEqual(['en']);
    // The phone's own Arabic and the Arabic it read before are not offered where the council does not offer Arabic.
    expect(offeredLangs([], phone('ar', ['ar-EG']))).toEqual(['en']);
    expect(offeredLangs([{ language: 'ar' }, { language: 'ps' }, { language: 'xx' }], phone('uk', ['uk']))).toEqual([
      'en',
      'ar',
      'ps',
    ]);
  });
  it('offers on a page of no council English, the phone’s own language and the one last read here, never every pack', () => {
    expect(offeredLangs(null, phone(null))).toEqual(['en']);
    expect(offeredLangs(null, phone(null, ['ar-EG', 'en']))).toEqual(['en', 'ar']);
    expect(offeredLangs(null, phone('ps'))).toEqual(['en', 'ps']);
    expect(offeredLangs(null, phone('ps', ['fa-AF']))).toEqual(['en', 'prs', 'ps']);
    expect(offeredLangs(null, phone('ar', ['ar']))).toEqual(['en', 'ar']);
    expect(offeredLangs(null, phone('xx', ['xx']))).toEqual(['en']);
  });
});
