import { ar } from './ar';
import { type Catalogue, en } from './en';

export type { Catalogue };
export const CATALOGUES = { en, ar } as const;
export type Lang = keyof typeof CATALOGUES;
export const LANGS = Object.keys(CATALOGUES) as Lang[];

const isLang = (x: string | null | undefined): x is Lang => !!x && x in CATALOGUES;

/**
 * The page's language: the one the young person picked on this phone, else the first of the
 * browser's languages we have ("ar-EG" counts as Arabic), else English.
 */
export const pickLanguage = (picked: string | null, browser: readonly string[]): Lang => {
  if (isLang(picked)) return picked;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
};

/** A promise's words in the page's language when the council added a translation; otherwise its own. */
export const promiseWords = (
  p: { text: string; easyRead?: string; translations?: Record<string, { text: string; easyRead?: string }> },
  lang: Lang,
  councilLang = 'en',
): { text: string; easyRead?: string; lang: string } => {
  const t = lang === councilLang ? undefined : p.translations?.[lang];
  if (t) return { text: t.text, ...(t.easyRead ? { easyRead: t.easyRead } : {}), lang };
  return { text: p.text, ...(p.easyRead ? { easyRead: p.easyRead } : {}), lang: councilLang };
};
