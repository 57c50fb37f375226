import { useEffect, useState } from 'preact/hooks';
import type { LanguageCode } from '../../../shared/language-table';

/**
 * A page's words in every language, where only English is in the page's own script: each other language is
 * its own file, fetched (import()) the first time it is chosen and kept for the rest of the visit. The
 * survey's service worker keeps a fetched one for the next visit offline (sw.ts).
 */
export interface WordPacks<T> {
  /** The words in a language if this visit has them already, else undefined. */
  ready(lang: LanguageCode): T | undefined;
  /** Fetches a language's words (once; a failed fetch is tried again next time). */
  load(lang: LanguageCode): Promise<T>;
  /**
   * The words to show for a chosen language: at once where this visit has them, else the words shown until
   * now (English on a first visit) until they arrive, so a page never mixes two languages or shows nothing.
   */
  useWords(lang: LanguageCode): T;
}

export const wordPacks = <T>(
  english: T,
  loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<T>>,
): WordPacks<T> => {
  const have = new Map<LanguageCode, T>([['en', english]]);
  const pending = new Map<LanguageCode, Promise<T>>();
  const load = (lang: LanguageCode): Promise<T> => {
    const got = have.get(lang);
    if (got) return Promise.resolve(got);
    if (lang === 'en') return Promise.resolve(english);
    let p = pending.get(lang);
    if (!p) {
      p = loaders[lang]().then(
        (words) => {
          have.set(lang, words);
          pending.delete(lang);
          return words;
        },
        (failure: unknown) => {
          pending.delete(lang);
          throw failure;
        },
      );
      pending.set(lang, p);
    }
    return p;
  };
  const useWords = (lang: LanguageCode): T => {
    const [shown, setShown] = useState<T>(() => have.get(lang) ?? english);
    useEffect(() => {
      let live = true;
      load(lang).then(
        (words) => live && setShown(words),
        // Offline with that language never fetched: the page stays in the words it shows.
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [lang]);
    return have.get(lang) ?? shown;
  };
  return { ready: (lang) => have.get(lang), load, useWords };
};
