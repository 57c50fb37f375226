import { z } from 'zod';
import { NOT_RELEASED_LABEL, SUPPRESSED_LABEL } from '../limits';
import { STATUSES } from '../scoring/score';

/**
 * The figures of one promise, section or theme, as every page shows them (the board's scorecard, a live
 * session's results). Apart from scorecard.ts, so the young people's function builds these without the
 * board's schemas.
 */
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
    /** No limit falls inside the 95% interval; false: the status reads "probably". */
    certain: z.boolean(),
    /** Certain and resting on FIRM_STATUS_MIN_N or more answers: drawn as a bold badge. */
    firm: z.boolean(),
    /** On a pooled figure (section, theme): about how many young people gave its n answers. */
    people: z.number().int().optional(),
  }),
  z.object({ suppressed: z.literal(true), label: z.enum([SUPPRESSED_LABEL, NOT_RELEASED_LABEL]) }),
]);

/** A count of people, or SUPPRESSED_LABEL in its place. */
export const CountFigureSchema = z.union([z.number().int(), z.literal(SUPPRESSED_LABEL)]);
