import { readJson, removeKey, writeJson } from '../lib/device-storage';

/**
 * What this phone remembers about the session it joined: the code, the session and a random token made
 * here (it names the phone to the server, never the person), and how many votes it has numbered.
 * Rejoining on the same phone carries on with the same token. It is kept through the young people's
 * storage home, so "Leave now" wipes it and the next person on the phone joins with a new token.
 */
const KEY = 'live-session';

export interface JoinedHere {
  code: string;
  sessionId: string;
  token: string;
  seq: number;
}

export const remembered = (): JoinedHere | null => {
  const value = readJson<JoinedHere>(KEY);
  return value && typeof value.token === 'string' && typeof value.sessionId === 'string' ? value : null;
};

export const remember = (value: JoinedHere) => writeJson(KEY, value);
export const forget = () => removeKey(KEY);

/** The next number for a vote from this phone: later votes always carry larger numbers. */
export const nextSeq = (): number => {
  const here = remembered();
  if (!here) return Date.now();
  const seq = here.seq + 1;
  remember({ ...here, seq });
  return seq;
};
