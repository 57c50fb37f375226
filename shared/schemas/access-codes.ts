/** What the API takes and gives about one-time codes (the codes' own format is in shared/access-codes.ts, free of zod for the survey page). */
import { z } from 'zod';
import { MAX_CODES_PER_BATCH } from '../access-codes';

/** A code as anyone may send it: loose enough for what people type, bounded so nothing large is hashed. */
export const AccessCodeCheckSchema = z
  .object({
    code: z
      .string({ error: 'code is missing: send the code from the card as {"code": "K7MQ-3XWD"}' })
      .max(32, 'A code is 8 letters and digits, like K7MQ-3XWD'),
  })
  .strict();

export const NewAccessCodesSchema = z
  .object({
    count: z
      .number({ error: 'count is missing: say how many cards to make' })
      .int('count is a whole number')
      .min(1, 'Make at least 1 card')
      .max(MAX_CODES_PER_BATCH, `At most ${MAX_CODES_PER_BATCH} cards at a time`),
    /** Where the cards are going, for the admin's own records ("Oak House"); never shown to young people. */
    label: z.string().trim().max(60, 'A label is at most 60 characters').optional(),
  })
  .strict();
export type NewAccessCodes = z.infer<typeof NewAccessCodesSchema>;

/** A batch of cards as staff see it: how many were made, never how many of them were used (see the summary). */
export const AccessCodeBatchSchema = z.object({
  batchId: z.string(),
  label: z.string().optional(),
  count: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type AccessCodeBatch = z.infer<typeof AccessCodeBatchSchema>;

export const AccessCodeSummarySchema = z.object({
  roundId: z.string(),
  access: z.enum(['open-link', 'one-time-codes']),
  total: z.number().int(),
  /**
   * Codes used in the whole round, in steps of 5 (0 while fewer than 5): a batch of one card labelled with a child's
   * name, read before and after, must not tell that this child answered.
   */
  usedAtLeast: z.number().int(),
  batches: z.array(AccessCodeBatchSchema),
});
export type AccessCodeSummary = z.infer<typeof AccessCodeSummarySchema>;

/** The new codes, shown once: only their hashes are kept, so a lost page of cards cannot be printed again. */
export const NewCodesSchema = z.object({
  batch: AccessCodeBatchSchema,
  codes: z.array(z.string()),
});
export type NewCodes = z.infer<typeof NewCodesSchema>;
