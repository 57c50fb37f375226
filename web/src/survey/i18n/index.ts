import { LANGUAGE_CODES, type LanguageCode, languagesToOffer, pickLanguage } from '../../../../shared/language-table';
import { textId } from '../../../../shared/translations/text-ids';
import { wordPacks } from '../../lib/word-packs';
import { type Catalogue, en } from './en';

export type { Catalogue };
/** Every language of shared/language-table.ts has its screen words here. */
export type Lang = LanguageCode;
export const LANGS: readonly Lang[] = LANGUAGE_CODES;

/**
 * The screen words: English in the page's script, every other language its own file fetched when chosen
 * (web/src/lib/word-packs.ts), so the first visit's weight does not grow with the languages.
 */
export const SURVEY_WORDS = wordPacks<Catalogue>(en, {
  ar: () => import('./ar').then((m) => m.ar),
  ps: () => import('./ps').then((m) => m.ps),
  prs: () => import('./prs').then((m) => m.prs),
  fa: () => import('./fa').then((m) => m.fa),
  ckb: () => import('./ckb').then((m) => m.ckb),
  ti: () => import('./ti').then((m) => m.ti),
  uk: () => import('./uk').then((m) => m.uk),
});

/** The page's language (shared/language-table.ts): picked on this phone, else the browser's, else English. */
export { pickLanguage };

/**
 * A promise's words in the page's language where the council translated them (`texts`, by text id); otherwise
 * its own English, marked as English so it is read and laid out as such. A translated promise whose easy-read
 * words are not translated shows its translated full words, never English easy-read words beside Arabic.
 */
export const promiseWords = (
  p: {
    promiseId: string;
    text: string;
    easyRead?: string;
    translations?: Record<string, { text: string; easyRead?: string }>;
  },
  lang: Lang,
  texts: Readonly<Record<string, string>> = {},
  councilLang = 'en',
): { text: string; easyRead?: string; lang: string } => {
  const own = lang === councilLang ? undefined : p.translations?.[lang];
  if (own) return { text: own.text, ...(own.easyRead ? { easyRead: own.easyRead } : {}), lang };
  const text = lang === councilLang ? undefined : texts[textId.promise(p.promiseId)];
  if (text) {
    const easyRead = texts[textId.easyRead(p.promiseId)];
    return { text, ...(easyRead ? { easyRead } : {}), lang };
  }
  return { text: p.text, ...(p.easyRead ? { easyRead: p.easyRead } : {}), lang: councilLang };
};

/** One of the council's other texts (a section title, a help contact) in the page's language, else in English. */
export const councilWords = (
  texts: Readonly<Record<string, string>>,
  id: string,
  english: string,
  lang: Lang,
): { text: string; lang: string } => {
  const words = lang === 'en' ? undefined : texts[id];
  return words ? { text: words, lang } : { text: english, lang: 'en' };
};

/**
 * The languages a young person can pick, by the rule of shared/language-table.ts: on a council's page English and
 * those the council offers for its open round; on a page of no council, English, the phone's own and the last one a council offered that this phone was read in.
 */
export const offeredLangs = (
  offered: readonly { language: string }[] | null,
  phone: { readHere: string | null; browser: readonly string[] },
): Lang[] => languagesToOffer(offered ? offered.map((l) => l.language) : null, phone);
