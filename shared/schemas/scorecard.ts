import { z } from 'zod';
import { SUPPRESSED_LABEL } from '../limits';
import { STATUSES } from '../scoring/score';
import { ThemeIdSchema } from '../themes';

export const RatingCountsSchema = z.object({
  yes: z.number().int(),
  sometimes: z.number().int(),
  no: z.number().int(),
  dontknow: z.number().int(),
});

export const FiguresSchema = z.discriminatedUnion('suppressed', [
  z.object({
    suppressed: z.literal(false),
    counts: RatingCountsSchema,
    n: z.number().int(),
    score: z.number(),
    interval: z.object({ low: z.number(), high: z.number() }),
    status: z.enum(STATUSES),
  }),
  z.object({ suppressed: z.literal(true), label: z.literal(SUPPRESSED_LABEL) }),
]);

/** A count of people, or "fewer than 5" in its place. */
export const CountFigureSchema = z.union([z.number().int(), z.literal(SUPPRESSED_LABEL)]);

export const PromiseResultSchema = z.object({
  promiseId: z.string(),
  text: z.string(),
  themes: z.array(ThemeIdSchema),
  figures: FiguresSchema,
});

export const SectionResultSchema = z.object({
  sectionId: z.string(),
  title: z.string(),
  figures: FiguresSchema,
  promises: z.array(PromiseResultSchema),
});

export const ScorecardSchema = z.object({
  council: z.object({ councilId: z.string(), name: z.string(), slug: z.string() }),
  round: z.object({
    roundId: z.string(),
    name: z.string(),
    opensAt: z.string(),
    closesAt: z.string().nullable(),
    pledgeVersion: z.number().int(),
  }),
  thresholds: z.object({ green: z.number(), amber: z.number() }),
  responses: CountFigureSchema,
  sections: z.array(SectionResultSchema),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;
export type SectionResult = z.infer<typeof SectionResultSchema>;
export type PromiseResult = z.infer<typeof PromiseResultSchema>;
