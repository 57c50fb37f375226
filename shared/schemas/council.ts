import { z } from 'zod';
import { CouncilIdSchema, SlugSchema } from '../ids';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../limits';

export const HelpContactSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(300).optional(),
    phone: z.string().trim().max(40).optional(),
    url: z.url().max(300).optional(),
  })
  .strict();
export type HelpContact = z.infer<typeof HelpContactSchema>;

export const ThresholdsSchema = z
  .object({
    green: z.number().min(0).max(100),
    amber: z.number().min(0).max(100),
  })
  .strict()
  .refine((t) => t.amber <= t.green, { message: 'The amber threshold must not be above the green threshold' });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const CouncilSchema = z
  .object({
    councilId: CouncilIdSchema,
    slug: SlugSchema,
    name: z.string().trim().min(1).max(120),
    helpContacts: z.array(HelpContactSchema).max(10).default([]),
    thresholds: ThresholdsSchema.default({ ...DEFAULT_THRESHOLDS }),
    commentRetentionDays: z.number().int().min(30).max(3650).default(DEFAULT_COMMENT_RETENTION_DAYS),
  })
  .strict();
export type Council = z.infer<typeof CouncilSchema>;

/** What anyone may read about a council: no staff, no settings beyond what a young person needs. */
export const PublicCouncilSchema = CouncilSchema.pick({ slug: true, name: true, helpContacts: true });
export type PublicCouncil = z.infer<typeof PublicCouncilSchema>;
