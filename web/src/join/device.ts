/**
 * What this phone remembers about the session it joined, in localStorage: the code, the session and
 * a random token made here (it names the phone to the server, never the person), and how many votes
 * it has numbered. Rejoining on the same phone carries on with the same token.
 */
const KEY = 'promise-check:live-session';

export interface JoinedHere {
  code: string;
  sessionId: string;
  token: string;
  seq: number;
}

export const remembered = (): JoinedHere | null => {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as JoinedHere | null;
    return value && typeof value.token === 'string' && typeof value.sessionId === 'string' ? value : null;
  } catch {
    return null;
  }
};

export const remember = (value: JoinedHere) => localStorage.setItem(KEY, JSON.stringify(value));
export const forget = () => localStorage.removeItem(KEY);

/** The next number for a vote from this phone: later votes always carry larger numbers. */
export const nextSeq = (): number => {
  const here = remembered();
  if (!here) return Date.now();
  const seq = here.seq + 1;
  remember({ ...here, seq });
  return seq;
};
