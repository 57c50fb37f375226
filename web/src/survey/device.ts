import { LANGUAGE_KEY, OFFERED_LANGUAGE_KEY, OUTBOX_KEY } from '../lib/device-storage';

/** The survey keeps its things through the one home of the young people's storage (web/src/lib/device-storage.ts). */
export { readJson, removeKey, writeJson } from '../lib/device-storage';

/** Every key this page keeps, so the privacy page and its test can name them all. */
export const DEVICE_KEYS = {
  language: LANGUAGE_KEY,
  offeredLanguage: OFFERED_LANGUAGE_KEY,
  progress: (roundId: string) => `survey:${roundId}`,
  outbox: OUTBOX_KEY,
  /** Only that answers were sent from this phone: no id, no time, no round. */
  sentFromHere: 'sent-from-here',
} as const;
