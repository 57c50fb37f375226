import { z } from 'zod';
import { CouncilIdSchema, PledgeIdSchema, PromiseIdSchema, SectionIdSchema } from '../ids';
import { MAX_PROMISES_PER_PLEDGE, PROMISE_TEXT_MAX_CHARS } from '../limits';
import { AUDIENCES } from '../survey/audience';
import { ThemeIdSchema } from '../themes';

/** Who a promise is about (shared/survey/audience.ts): left out, everyone. */
export const PromiseAudienceSchema = z.enum(AUDIENCES, {
  error: () => `audience must be one of: ${AUDIENCES.join(', ')}`,
});

/** A council may add a translation of a promise; otherwise it is shown in the council's language. */
export const PromiseTranslationSchema = z
  .object({
    text: z.string().trim().min(1).max(PROMISE_TEXT_MAX_CHARS),
    easyRead: z.string().trim().min(1).max(PROMISE_TEXT_MAX_CHARS).optional(),
  })
  .strict();

export const PromiseSchema = z
  .object({
    /** Stable across versions: a reworded promise keeps its id so its trend continues. */
    promiseId: PromiseIdSchema,
    text: z.string().trim().min(1, 'A promise needs some text').max(PROMISE_TEXT_MAX_CHARS),
    easyRead: z.string().trim().min(1).max(PROMISE_TEXT_MAX_CHARS).optional(),
    themes: z.array(ThemeIdSchema).max(11).default([]),
    audience: PromiseAudienceSchema.optional(),
    translations: z.record(z.string().regex(/^[a-z]{2}$/), PromiseTranslationSchema).optional(),
  })
  .strict();
export type PledgePromise = z.infer<typeof PromiseSchema>;

export const SectionSchema = z
  .object({
    sectionId: SectionIdSchema,
    title: z.string().trim().min(1, 'A section needs a title').max(200),
    summary: z.string().trim().max(500).optional(),
    promises: z.array(PromiseSchema),
  })
  .strict();
export type PledgeSection = z.infer<typeof SectionSchema>;

const noDuplicatePromiseIds = (sections: PledgeSection[]) => {
  const ids = sections.flatMap((s) => s.promises.map((p) => p.promiseId));
  return new Set(ids).size === ids.length;
};

/** The content of a pledge as an admin edits it, before it is published. */
export const PledgeContentSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    sections: z
      .array(SectionSchema)
      .min(1, 'A pledge needs at least one section')
      .refine((s) => s.flatMap((x) => x.promises).length >= 1, 'A pledge needs at least one promise')
      .refine(
        (s) => s.flatMap((x) => x.promises).length <= MAX_PROMISES_PER_PLEDGE,
        `A pledge can hold at most ${MAX_PROMISES_PER_PLEDGE} promises`,
      )
      .refine(noDuplicatePromiseIds, 'Two promises have the same id'),
  })
  .strict();
export type PledgeContent = z.infer<typeof PledgeContentSchema>;

/** A published, immutable version of a council's pledge. */
export const PledgeVersionSchema = PledgeContentSchema.extend({
  councilId: CouncilIdSchema,
  pledgeId: PledgeIdSchema,
  version: z.number().int().min(1),
  publishedAt: z.iso.datetime(),
  /** Promises of earlier versions that this version no longer has; their history is kept. */
  retiredPromiseIds: z.array(PromiseIdSchema).default([]),
}).strict();
export type PledgeVersion = z.infer<typeof PledgeVersionSchema>;

export const promisesOf = (pledge: Pick<PledgeContent, 'sections'>): PledgePromise[] =>
  pledge.sections.flatMap((s) => s.promises);
