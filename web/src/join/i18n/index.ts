import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ar } from './ar';
import { en, type JoinCatalogue } from './en';

export type { JoinCatalogue };
/** The phone pages' languages; a language added here is ready for a switch like the survey's. */
export const JOIN_CATALOGUES = { en, ar } as const;
export type JoinLang = keyof typeof JOIN_CATALOGUES;

/**
 * The language picked on this phone (in the survey or here) where the pages have it, else the first of the
 * browser's languages they have ("ar-EG" counts as Arabic), else English.
 */
export const pickJoinLanguage = (picked: string | null, browser: readonly string[]): JoinLang => {
  if (picked && picked in JOIN_CATALOGUES) return picked as JoinLang;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base && base in JOIN_CATALOGUES) return base as JoinLang;
  }
  return 'en';
};

export const JoinI18n = createContext<JoinCatalogue>(en);
export const useJoinWords = () => useContext(JoinI18n);
/** Switches the phone pages to another language (and remembers it on this phone). */
export const JoinLanguageSwitch = createContext<(lang: JoinLang) => void>(() => {});

/**
 * What went wrong, in the page's language: the words for the server's code where the catalogue has them, "no
 * connection" when the request never arrived, else a plain "something went wrong" (never the server's English).
 */
export const problemWords = (t: JoinCatalogue, failure: { code: string; network?: boolean }): string =>
  failure.network ? t.noConnection : ((t.problems as Record<string, string>)[failure.code] ?? t.problemOther);
