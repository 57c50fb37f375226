import { z } from 'zod';
import { SUPPRESSED_LABEL } from '../limits';
import { COHORT_GROUPS, type CohortGroup, GROUP_NAMES, HIDDEN_LABEL } from '../scoring/response-rate';

/** More young people than any council has in one group: a figure above it is a typing slip. */
export const COHORT_FIGURE_MAX = 100_000;

/** How many young people of one group could answer, as a council admin types it. */
const groupFigure = (group: CohortGroup) => {
  const name = GROUP_NAMES[group];
  return z
    .number({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${name}: enter how many young people there are (0 if none)`
          : `${name}: enter a number, such as 120`,
    })
    .int({ error: `${name}: enter a whole number of young people` })
    .min(0, { error: `${name}: the number cannot be below 0` })
    .max(COHORT_FIGURE_MAX, {
      // Formatted only when a figure is refused: Intl's first use costs a cold start about 20 ms.
      error: () =>
        `${name}: ${COHORT_FIGURE_MAX.toLocaleString('en-GB')} is the most we take. Check the number for a typing slip`,
    });
};

/** The number of young people in each group, as the council reports them (docs/methods.md, "Response rates"). */
export const CohortPopulationSchema = z
  .object(Object.fromEntries(COHORT_GROUPS.map((g) => [g, groupFigure(g)])) as Record<CohortGroup, z.ZodNumber>, {
    error: 'Send the number of young people in each group',
  })
  .strict();
export type CohortPopulation = Record<CohortGroup, number>;

export const CohortFiguresInputSchema = z.object({ population: CohortPopulationSchema }).strict();

/** A round's figures as kept beside it. */
export const CohortFiguresSchema = z.object({
  councilId: z.string(),
  roundId: z.string(),
  population: CohortPopulationSchema,
  updatedAt: z.string(),
});
export type CohortFigures = z.infer<typeof CohortFiguresSchema>;

const HeardSchema = z.union([z.number().int(), z.literal(SUPPRESSED_LABEL), z.literal(HIDDEN_LABEL)]);

/** What the board reads: the response rate overall and by group, with the small-numbers rule applied. */
export const ResponseRatesSchema = z.object({
  heard: HeardSchema,
  population: z.number().int(),
  rate: z.number().int().nullable(),
  groups: z.array(
    z.object({
      group: z.enum(COHORT_GROUPS),
      name: z.string(),
      population: z.number().int(),
      heard: HeardSchema,
      rate: z.number().int().nullable(),
      low: z.boolean(),
    }),
  ),
  notSaid: HeardSchema,
  sentences: z.array(z.string()),
  /** Why the groups are not shown though the overall rate is (shared/scoring/round-response-rates.ts). */
  groupsHidden: z.string().optional(),
});

/**
 * A final round's response rates: none entered yet, not shown (a figure would give a small group away), or shown.
 */
export const RoundResponseRatesSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('no-figures') }),
  z.object({ state: z.literal('not-shown'), reason: z.string() }),
  z.object({ state: z.literal('shown'), rates: ResponseRatesSchema }),
]);
export type RoundResponseRates = z.infer<typeof RoundResponseRatesSchema>;
