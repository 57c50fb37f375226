import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Catalogue, en } from './en';
import type { Lang } from './index';

/**
 * The page's words (`t`), its language, and the council's own texts translated into it (text id → words, from
 * the survey's data: shared/translations/texts.ts; empty in English or where the council has none).
 */
export const I18n = createContext<{
  t: Catalogue;
  lang: Lang;
  texts: Readonly<Record<string, string>>;
  /** Some of the council's texts are still in English in this language: the start screen says so. */
  englishNotice?: boolean;
}>({ t: en, lang: 'en', texts: {} });
export const useI18n = () => useContext(I18n);
