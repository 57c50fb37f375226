import { z } from 'zod';

/** Ids are short, URL-safe and safe inside DynamoDB key strings and attribute names. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const idSchema = (what: string) =>
  z.string({ error: `${what} is missing` }).regex(ID_PATTERN, `${what} must be 1–40 letters, digits, '-' or '_'`);

export const CouncilIdSchema = idSchema('Council id');
export const PledgeIdSchema = idSchema('Pledge id');
export const PromiseIdSchema = idSchema('Promise id');
export const SectionIdSchema = idSchema('Section id');
export const RoundIdSchema = idSchema('Round id');

export const SlugSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
    'A council slug is lower-case letters, digits and dashes, like "riverside"',
  );

/**
 * Made on the device when a survey starts; the server uses it to count a submission once. Compared
 * case-blind (a UUID in capitals is the same UUID), so it is kept in lower case.
 */
export const SubmissionIdSchema = z.uuid({ error: 'submissionId must be a UUID made on the device' }).toLowerCase();

/** The day (YYYY-MM-DD, UTC) of an instant: the finest time kept beside anything a young person sent. */
export const dayOf = (at: Date | string): string => (typeof at === 'string' ? at : at.toISOString()).slice(0, 10);

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random id such as "p_7kq2m9xd4a" (no look-alike characters). */
export const newId = (prefix: string, length = 10): string => {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${out}`;
};
