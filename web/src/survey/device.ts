/**
 * The only place the young person's pages touch storage: localStorage on this phone, never a cookie.
 * A phone that refuses storage (some private modes) still runs the survey; it just cannot keep progress.
 */
const PREFIX = 'promise-check:';

export const readJson = <T>(key: string): T | null => {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
};

export const writeJson = (key: string, value: unknown): boolean => {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
};

export const removeKey = (key: string): void => {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    /* nothing kept, nothing to remove */
  }
};

/** Every key this page keeps, so the privacy page and its test can name them all. */
export const DEVICE_KEYS = {
  language: 'lang',
  progress: (roundId: string) => `survey:${roundId}`,
  outbox: 'outbox',
  sentFromHere: 'sent-from-here',
} as const;
