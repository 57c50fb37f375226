import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Catalogue, en } from './en';
import type { Lang } from './index';

export const I18n = createContext<{ t: Catalogue; lang: Lang }>({ t: en, lang: 'en' });
export const useI18n = () => useContext(I18n);
