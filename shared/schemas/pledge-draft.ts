import { z } from 'zod';
import { PromiseIdSchema, SectionIdSchema } from '../ids';
import { MAX_PROMISES_PER_PLEDGE, PROMISE_TEXT_MAX_CHARS } from '../limits';
import { ThemeIdSchema } from '../themes';
import { PromiseAudienceSchema, PromiseTranslationSchema } from './pledge';

/**
 * A pledge as an admin sends it to be published: promises that continue one of the previous version
 * carry its id (so their trend continues); new ones have none and get one on publishing.
 */
export const DraftPromiseSchema = z
  .object({
    promiseId: PromiseIdSchema.optional(),
    text: z
      .string()
      .trim()
      .min(1, 'A promise needs some text')
      .max(PROMISE_TEXT_MAX_CHARS, `A promise can be at most ${PROMISE_TEXT_MAX_CHARS} characters`),
    easyRead: z
      .string()
      .trim()
      .max(PROMISE_TEXT_MAX_CHARS)
      .optional()
      .transform((s) => s || undefined),
    themes: z.array(ThemeIdSchema).max(11).default([]),
    audience: PromiseAudienceSchema.optional(),
    translations: z.record(z.string().regex(/^[a-z]{2}$/), PromiseTranslationSchema).optional(),
  })
  .strict();

export const DraftSectionSchema = z
  .object({
    sectionId: SectionIdSchema.optional(),
    title: z.string().trim().min(1, 'Every section needs a title').max(200),
    summary: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((s) => s || undefined),
    promises: z.array(DraftPromiseSchema).min(1, 'A section needs at least one promise; delete empty sections'),
  })
  .strict();

export const PublishPledgeSchema = z
  .object({
    title: z.string().trim().min(1, 'The pledge needs a title').max(200),
    sections: z
      .array(DraftSectionSchema)
      .min(1, 'A pledge needs at least one section')
      .refine(
        (s) => s.flatMap((x) => x.promises).length <= MAX_PROMISES_PER_PLEDGE,
        `A pledge can hold at most ${MAX_PROMISES_PER_PLEDGE} promises`,
      ),
    /** The version the admin started from (null for a council's first pledge): publishing refuses if another was published meanwhile. */
    basedOnVersion: z.number().int().min(1).nullable(),
  })
  .strict();
export type PublishPledge = z.infer<typeof PublishPledgeSchema>;
