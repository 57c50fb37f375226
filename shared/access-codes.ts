/**
 * One-time codes for a round that asks for them: short, printed on a card, typed or scanned by a young
 * person, good for one set of answers. Pure: the server hashes what `codeDigestInput` returns.
 */

/** No 0/O, 1/I/L: nothing on a card can be read as something else. */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 8;
/** Printed as two groups of four ("K7MQ-3XWD"): easier to copy from a card. */
const GROUP = 4;

/** Most codes one request makes (a box of cards for a year group), and most a round holds in all. */
export const MAX_CODES_PER_BATCH = 500;
export const MAX_CODES_PER_ROUND = 5_000;

/**
 * What someone typed, as the code it must be: upper case, without spaces, dashes or dots. Look-alikes
 * of letters the alphabet leaves out are not mapped: no card carries them, so they can only be typos.
 */
export const normaliseAccessCode = (typed: string): string => typed.toUpperCase().replace(/[\s\-.·_]/g, '');

export const isWellFormedAccessCode = (code: string): boolean =>
  code.length === ACCESS_CODE_LENGTH && [...code].every((ch) => ACCESS_CODE_ALPHABET.includes(ch));

/** "K7MQ3XWD" → "K7MQ-3XWD". */
export const formatAccessCode = (code: string): string =>
  code.length > GROUP ? `${code.slice(0, GROUP)}-${code.slice(GROUP)}` : code;

/** A new random code; bytes that would favour some letters are thrown away, so every code is as likely. */
export const newAccessCode = (): string => {
  const n = ACCESS_CODE_ALPHABET.length;
  const fair = 256 - (256 % n);
  let out = '';
  const bytes = new Uint8Array(ACCESS_CODE_LENGTH * 2);
  while (out.length < ACCESS_CODE_LENGTH) {
    globalThis.crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < fair && out.length < ACCESS_CODE_LENGTH) out += ACCESS_CODE_ALPHABET[b % n];
  }
  return out;
};

/** Bits of chance in one code: what a guesser is up against (about 39.6). */
export const ACCESS_CODE_BITS = ACCESS_CODE_LENGTH * Math.log2(ACCESS_CODE_ALPHABET.length);

/** The text the server hashes: the round is part of it, so a code of one round means nothing in another. */
export const codeDigestInput = (roundId: string, normalisedCode: string): string => `${roundId}\n${normalisedCode}`;

/** The fragment that carries a code in a card's link; it never reaches a server or its logs. */
export const CODE_FRAGMENT = 'code';
export const cardLink = (surveyUrl: string, code: string): string =>
  `${surveyUrl}#${CODE_FRAGMENT}=${formatAccessCode(code)}`;
