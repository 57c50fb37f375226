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
