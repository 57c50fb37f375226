import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type LanguageCode, pickLanguage } from '../../../../shared/language-table';
import { wordPacks } from '../../lib/word-packs';
import { en, type JoinCatalogue } from './en';

export type { JoinCatalogue };
/** The phone pages have every language of shared/language-table.ts, as the survey does. */
export type JoinLang = LanguageCode;

/**
 * The phone pages' words: English in the page's script, every other language its own file fetched when
 * chosen (web/src/lib/word-packs.ts).
 */
export const JOIN_WORDS = wordPacks<JoinCatalogue>(en, {
  ar: () => import('./ar').then((m) => m.ar),
  ps: () => import('./ps').then((m) => m.ps),
  prs: () => import('./prs').then((m) => m.prs),
  fa: () => import('./fa').then((m) => m.fa),
  ckb: () => import('./ckb').then((m) => m.ckb),
  ti: () => import('./ti').then((m) => m.ti),
  uk: () => import('./uk').then((m) => m.uk),
});

/** The phone pages' language, by the survey's rule (shared/language-table.ts): picked on this phone, else the browser's. */
export const pickJoinLanguage: (picked: string | null, browser: readonly string[]) => JoinLang = pickLanguage;

export const JoinI18n = createContext<JoinCatalogue>(en);
export const useJoinWords = () => useContext(JoinI18n);
/**
 * The languages the phone pages offer now (shared/language-table.ts, languagesToOffer), and the switch to
 * another of them (remembered on this phone).
 */
export const JoinLanguageSwitch = createContext<{ offered: readonly JoinLang[]; choose: (lang: JoinLang) => void }>({
  offered: ['en'],
  choose: () => {},
});

/**
 * What went wrong, in the page's language: the words for the server's code where the catalogue has them, "no
 * connection" when the request never arrived, else a plain "something went wrong" (never the server's English).
 */
export const problemWords = (t: JoinCatalogue, failure: { code: string; network?: boolean }): string =>
  failure.network ? t.noConnection : ((t.problems as Record<string, string>)[failure.code] ?? t.problemOther);
