import { SOURCE_LANGUAGE } from '../language-table';
import { textId } from '../translations/text-ids';
import type { RoomGroup } from './groups';

/**
 * Which words of a promise a session shows. A junior session (8 to 13) shows the easy-read words where
 * the council wrote them, with the council's own words a step behind; every other session, and every
 * promise without easy-read words, shows the council's own words. The screen and the phones agree.
 */
export const promiseWordsFor = (
  room: RoomGroup,
  promise: { text: string; easyRead?: string | undefined },
): { shown: string; full: string | null } =>
  room === 'junior' && promise.easyRead
    ? { shown: promise.easyRead, full: promise.text }
    : { shown: promise.text, full: null };

/**
 * The same words in the phone's language where the council translated the promise (`languages`, as the join
 * answer carries them): its translated easy-read words in a junior session, else its translated words; never
 * English easy-read words beside translated ones. A promise not translated shows in English, marked as English.
 */
export const promiseWordsIn = (
  room: RoomGroup,
  promise: { promiseId: string; text: string; easyRead?: string | undefined },
  lang: string,
  languages: readonly { language: string; texts: Readonly<Record<string, string>> }[],
): { shown: string; full: string | null; lang: string } => {
  const texts = languages.find((l) => l.language === lang)?.texts;
  const text = texts?.[textId.promise(promise.promiseId)];
  if (!text) return { ...promiseWordsFor(room, promise), lang: SOURCE_LANGUAGE };
  return { ...promiseWordsFor(room, { text, easyRead: texts[textId.easyRead(promise.promiseId)] }), lang };
};

/** The council's name by language, where the council translated it (what the code lookup carries). */
export const councilNamesOf = (
  languages: readonly { language: string; texts: Readonly<Record<string, string>> }[],
): Record<string, string> =>
  Object.fromEntries(
    languages.flatMap((l) => {
      const name = l.texts[textId.councilName];
      return name ? [[l.language, name] as const] : [];
    }),
  );

/** The council's name in the phone's language where the council translated it, else its English name, marked so. */
export const councilNameIn = (
  english: string,
  lang: string,
  names: Readonly<Record<string, string>>,
): { text: string; lang: string } => {
  const text = names[lang];
  return text ? { text, lang } : { text: english, lang: SOURCE_LANGUAGE };
};
