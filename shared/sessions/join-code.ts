import { z } from 'zod';

/**
 * Join codes are read off a projector and typed on a phone, so the alphabet leaves out every
 * character that looks like another: 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B. 24 characters, 6 places:
 * 191 million codes, so a random guess almost never hits a live session.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** Takes random bytes so tests can pass their own; rejection sampling keeps every character equally likely. */
export const newJoinCode = (
  randomBytes: (n: number) => Uint8Array = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
): string => {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const b of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (b < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[b % size];
    }
  }
  return code;
};

/** What a person types: any case, with spaces or a dash in the middle ("acd 479", "ACD-479"). */
export const normaliseJoinCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]+/g, '');

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
export const isJoinCode = (code: string): boolean => VALID.test(code);

export const JoinCodeSchema = z
  .string({ error: 'The join code is missing' })
  .transform(normaliseJoinCode)
  .refine(
    isJoinCode,
    `A join code is ${JOIN_CODE_LENGTH} letters and numbers, like ACD 479. Check the code on the screen.`,
  );

/** Shown in two halves ("ACD 479"): easier to read across a room and to type. */
export const displayJoinCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;
