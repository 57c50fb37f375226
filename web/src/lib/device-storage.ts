/**
 * The one home of what the young people's pages keep in this browser: every key starts with
 * `promise-check:`, is written as JSON in localStorage, never in a cookie. A browser that refuses storage
 * (some private modes) still runs the pages; they just cannot keep anything.
 *
 * Phones and tablets are shared. `wipeForNextPerson` ("Leave now", "Someone else wants to answer")
 * removes everything these pages keep, except answers already waiting to be sent: those stay queued,
 * marked hidden, so they are still sent but never shown to anyone again.
 */
import { SOURCE_LANGUAGE } from '../../../shared/language-table';

export const STORAGE_PREFIX = 'promise-check:';

/** The key (after the prefix) of answers waiting to be sent: the one thing a wipe keeps. */
export const OUTBOX_KEY = 'outbox';
/** The language a young person picked on this phone, for the survey and the live-session pages alike. */
export const LANGUAGE_KEY = 'lang';
/**
 * The last language other than English that a council offered and this phone was read in: a page of no
 * council (the privacy page on its own, a session's page before its code) offers it beside English.
 */
export const OFFERED_LANGUAGE_KEY = 'lang-offered';

/** The languages this phone's browser asks for, first choice first. */
export const browserLanguages = (): readonly string[] => navigator.languages ?? [navigator.language];

/** What a page goes by for its languages (shared/language-table.ts): the one last read here that a council offered, and the browser's. */
export const phoneLanguages = () => ({ readHere: readJson<string>(OFFERED_LANGUAGE_KEY), browser: browserLanguages() });

/** A language a council offered, read on this phone: other than English, it is offered on pages of no council. */
export const rememberRead = (lang: string): void => {
  if (lang !== SOURCE_LANGUAGE) writeJson(OFFERED_LANGUAGE_KEY, lang);
};

/** A language picked on a young person's page (only offered ones have a button): kept for next time, and as read. */
export const rememberPicked = (lang: string): void => {
  writeJson(LANGUAGE_KEY, lang);
  rememberRead(lang);
};

export const readJson = <T>(key: string): T | null => {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
};

export const writeJson = (key: string, value: unknown): boolean => {
  try {
    localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
};

export const removeKey = (key: string): void => {
  try {
    localStorage.removeItem(STORAGE_PREFIX + key);
  } catch {
    /* nothing kept, nothing to remove */
  }
};

const ourKeys = (storage: Storage): string[] => {
  const found: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) found.push(key);
  }
  return found;
};

const wipe = (which: () => Storage, keep: string | null) => {
  try {
    const storage = which();
    for (const key of ourKeys(storage)) if (key !== keep) storage.removeItem(key);
  } catch {
    /* storage refused: nothing was kept */
  }
};

/**
 * Leaves nothing of the last person in this browser: every `promise-check:` key of localStorage and
 * sessionStorage goes (progress, comments, the session token, the language, "sent from here"), except
 * the outbox, whose items are marked hidden: sent when the connection allows, never shown again.
 */
export const wipeForNextPerson = (): void => {
  const outbox = readJson<{ hidden?: boolean }[]>(OUTBOX_KEY);
  wipe(() => localStorage, STORAGE_PREFIX + OUTBOX_KEY);
  wipe(() => sessionStorage, null);
  if (Array.isArray(outbox) && outbox.length > 0)
    writeJson(
      OUTBOX_KEY,
      outbox.map((q) => ({ ...q, hidden: true })),
    );
};
