import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRANSLATION_LANGUAGES } from '../../shared/languages';
import type { PledgeContent } from '../../shared/schemas/pledge';
import {
  type CouncilLanguage,
  defaultLanguageSettings,
  offeredLanguages,
  shownLanguage,
  switchOnProblem,
} from '../../shared/translations/offer';
import { sourceHash, sourceTexts, type TranslationSet } from '../../shared/translations/texts';

const pledge = (promiseText: string): Pick<PledgeContent, 'sections'> => ({
  sections: [
    {
      sectionId: 's_home',
      title: 'Where you live',
      promises: [
        { promiseId: 'p_visit', text: promiseText, easyRead: 'We come to see you.', themes: [] },
        { promiseId: 'p_say', text: 'We will listen to you.', themes: [] },
      ],
    },
  ],
});
const contacts = [{ name: 'Childline', description: 'Free, any time', phone: '0800 1111' }];
const check = { checkedBy: 'Amal Haddad', checkedAt: '2026-11-01T10:00:00.000Z' };

const fullSet = (p: Pick<PledgeContent, 'sections'>): TranslationSet =>
  Object.fromEntries(
    sourceTexts(p, contacts).map((t) => [t.id, { text: `ع ${t.source}`, sourceHash: sourceHash(t.source) }]),
  );

const arabic = (over: Partial<CouncilLanguage['settings']>, translations: TranslationSet): CouncilLanguage => ({
  settings: { ...defaultLanguageSettings('ar'), switchedOn: true, screenWordsCheck: check, ...over },
  translations,
});

describe('which languages a council offers its young people', () => {
  const p = pledge('We will visit you every six weeks.');

  it('offers English alone when no language is switched on', () => {
    expect(offeredLanguages(p, contacts, [])).toEqual([{ language: 'en', englishPromisesNotice: false }]);
    expect(offeredLanguages(p, contacts, [arabic({ switchedOn: false }, fullSet(p))]).map((o) => o.language)).toEqual([
      'en',
    ]);
  });

  it('offers Arabic once it is switched on, checked and every text is translated', () => {
    expect(offeredLanguages(p, contacts, [arabic({}, fullSet(p))])).toEqual([
      { language: 'en', englishPromisesNotice: false },
      { language: 'ar', englishPromisesNotice: false },
    ]);
  });

  it('does not offer a language whose screen words nobody checked, even if switched on and complete', () => {
    expect(offeredLanguages(p, contacts, [arabic({ screenWordsCheck: null }, fullSet(p))])).toHaveLength(1);
  });

  it('does not offer a language with one text missing, unless the council chose the English-promises notice', () => {
    const set = fullSet(p);
    delete set['contact:1:description'];
    expect(offeredLanguages(p, contacts, [arabic({}, set)])).toHaveLength(1);
    expect(offeredLanguages(p, contacts, [arabic({ englishPromisesNotice: true }, set)])).toContainEqual({
      language: 'ar',
      englishPromisesNotice: true,
    });
  });

  it('stops offering a language when a promise is reworded in a new pledge version, unless with the notice', () => {
    const set = fullSet(p);
    const reworded = pledge('We will visit you every four weeks.');
    expect(offeredLanguages(reworded, contacts, [arabic({}, set)])).toHaveLength(1);
    expect(offeredLanguages(reworded, contacts, [arabic({ englishPromisesNotice: true }, set)])[1]).toEqual({
      language: 'ar',
      englishPromisesNotice: true,
    });
  });

  it('a complete language never carries the notice, whatever the council chose', () => {
    expect(offeredLanguages(p, contacts, [arabic({ englishPromisesNotice: true }, fullSet(p))])[1]).toEqual({
      language: 'ar',
      englishPromisesNotice: false,
    });
  });

  it('always offers English first, and only switched-on checked languages (property)', () => {
    const setting = fc.record({
      language: fc.constantFrom(...TRANSLATION_LANGUAGES),
      switchedOn: fc.boolean(),
      englishPromisesNotice: fc.boolean(),
      checked: fc.boolean(),
      complete: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(setting, { selector: (s) => s.language }), (settings) => {
        const langs: CouncilLanguage[] = settings.map((s) => {
          const set = fullSet(p);
          if (!s.complete) delete set['promise:p_say'];
          return {
            settings: {
              language: s.language,
              switchedOn: s.switchedOn,
              englishPromisesNotice: s.englishPromisesNotice,
              screenWordsCheck: s.checked ? check : null,
            },
            translations: set,
          };
        });
        const offered = offeredLanguages(p, contacts, langs);
        expect(offered[0]).toEqual({ language: 'en', englishPromisesNotice: false });
        for (const o of offered.slice(1)) {
          const s = settings.find((x) => x.language === o.language);
          expect(s?.switchedOn && s.checked && (s.complete || s.englishPromisesNotice)).toBe(true);
          expect(o.englishPromisesNotice).toBe(!s?.complete);
        }
        const expected = settings.filter((s) => s.switchedOn && s.checked && (s.complete || s.englishPromisesNotice));
        expect(offered).toHaveLength(1 + expected.length);
      }),
    );
  });
});

describe('the language the survey shows', () => {
  const offered = [
    { language: 'en' as const, englishPromisesNotice: false },
    { language: 'ar' as const, englishPromisesNotice: false },
  ];
  it('is the remembered language while the council offers it', () => {
    expect(shownLanguage('ar', offered)).toBe('ar');
  });
  it('falls back to English for a language the council no longer offers', () => {
    expect(shownLanguage('ps', offered)).toBe('en');
    expect(shownLanguage(null, offered)).toBe('en');
  });
});

describe('switching a language on', () => {
  it('needs the fluent speaker check first', () => {
    expect(switchOnProblem({ ...defaultLanguageSettings('ps'), switchedOn: true })).toMatch(/fluent speaker/);
    expect(switchOnProblem({ ...defaultLanguageSettings('ps'), switchedOn: true, screenWordsCheck: check })).toBeNull();
    expect(switchOnProblem(defaultLanguageSettings('ps'))).toBeNull();
  });
});
