import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../../shared/language-table';
import { JOIN_WORDS } from '../../web/src/join/i18n';
import { en as joinEn } from '../../web/src/join/i18n/en';
import { SURVEY_WORDS } from '../../web/src/survey/i18n';
import { en as surveyEn } from '../../web/src/survey/i18n/en';

/** Every word of a catalogue as path → value: strings, functions, and the words inside lists and records. */
const leaves = (x: unknown, path = ''): [string, unknown][] =>
  typeof x === 'object' && x !== null
    ? Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
    : [[path, x]];

/** The {placeholders} a function's words fill in: its arity, and each argument found in what it says. */
const said = (f: (...args: never[]) => string) =>
  String((f as (...a: unknown[]) => string)(...Array.from({ length: f.length }, (_, i) => `⟦${i}⟧`)));
const slotsOf = (f: (...args: never[]) => string) => [...said(f).matchAll(/⟦(\d)⟧/g)].map((m) => m[1]).sort();

const SCRIPT = {
  Latn: /[A-Za-z]/,
  Arab: /[\u0600-\u06ff]/,
  Ethi: /[\u1200-\u137f]/,
  Cyrl: /[\u0400-\u04ff]/,
} as const;

const I18N = (dir: string) => new URL(`../../web/src/${dir}/i18n/`, import.meta.url);
const packFiles = (dir: string) =>
  readdirSync(I18N(dir))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((f) => f !== 'index' && f !== 'context');

for (const [name, words, english] of [
  ['survey', SURVEY_WORDS, surveyEn],
  ['live-session phone', JOIN_WORDS, joinEn],
] as const) {
  describe(`the ${name} pages’ screen words in every language`, () => {
    const englishLeaves = new Map(leaves(english));

    it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))(
      '%s has every word, none empty, filled in like the English',
      async (lang) => {
        const pack = (await (words as typeof SURVEY_WORDS).load(lang)) as unknown;
        const own = new Map(leaves(pack));
        expect([...own.keys()].sort()).toEqual([...englishLeaves.keys()].sort());
        const script = SCRIPT[LANGUAGES[lang].script];
        for (const [key, en] of englishLeaves) {
          const value = own.get(key);
          if (typeof en === 'function') {
            expect(typeof value, key).toBe('function');
            const f = value as (...a: never[]) => string;
            expect(f.length, `${key}: arguments`).toBe(en.length);
            // Every argument the English fills in is filled in here too (a count may pick its words instead).
            const must = slotsOf(en as (...a: never[]) => string);
            for (const slot of must) expect(slotsOf(f), `${key}: {${slot}}`).toContain(slot);
            expect(said(f).trim().length, key).toBeGreaterThan(0);
            for (const n of [1, 2, 5, 11, 22])
              expect(String((f as (...a: unknown[]) => string)(n, n + 1)), key).toMatch(script);
          } else {
            expect(typeof value, key).toBe(typeof en);
            if (typeof en === 'string') expect((value as string).trim(), key).not.toBe('');
          }
        }
        const p = pack as { lang: string; dir: string; languageName: string };
        expect(p.lang).toBe(lang);
        expect(p.dir).toBe(LANGUAGES[lang].dir);
        expect(p.languageName).toBe(LANGUAGES[lang].name);
        // The words are the language's own, not English left in: the page title and question are in its script.
        const q = pack as { question: string; quickExit: string };
        expect(q.question).toMatch(script);
        expect(q.quickExit).toMatch(script);
      },
    );
  });
}

describe('the packs agree with the language table', () => {
  it('every language of shared/language-table.ts has a pack file in both catalogues, and no pack is of another language', () => {
    for (const dir of ['survey', 'join']) {
      expect(packFiles(dir).sort(), dir).toEqual([...LANGUAGE_CODES].sort());
    }
  });

  it('each new pack says at its top that it is a draft until a fluent speaker has checked it', () => {
    for (const dir of ['survey', 'join'])
      for (const lang of packFiles(dir).filter((l) => l !== 'en' && l !== 'ar')) {
        const file = `${dir}/i18n/${lang}.ts`;
        const source = readFileSync(new URL(`${lang}.ts`, I18N(dir)), 'utf8');
        expect(source.slice(0, 200), file).toMatch(/^\/\*\*\n \* DRAFT until a council records that a fluent speaker/);
      }
  });
});
