import { z } from 'zod';
import { CouncilIdSchema, PledgeIdSchema, PromiseIdSchema, RoundIdSchema } from '../ids';
import { MAX_PROMISES_PER_PLEDGE } from '../limits';
import { ThresholdsSchema } from './council';

export const ROUND_ACCESS = ['open-link', 'one-time-codes'] as const;

/**
 * How many promises one young person is asked (shared/survey/short-set.ts); left out, 12 when the pledge has more.
 * The route opening a round checks it against the pledge's own number of promises.
 */
export const PromisesPerPersonSchema = z
  .number({ error: 'promisesPerPerson must be a number, such as 12' })
  .int({ error: 'promisesPerPerson must be a whole number, such as 12' })
  .min(1, { error: 'promisesPerPerson must be at least 1: each young person is asked at least one promise' })
  .max(MAX_PROMISES_PER_PLEDGE, { error: `promisesPerPerson can be at most ${MAX_PROMISES_PER_PLEDGE}` });

/**
 * The promises of a round's junior version, for children of 8 to 13 (shared/survey/audience.ts): chosen when it
 * opens, shown with their easy-read words. The route opening a round checks they are in its pledge.
 */
export const JuniorPromisesSchema = z
  .array(PromiseIdSchema, { error: 'junior must be a list of promise ids' })
  .min(1, { error: 'A junior version needs at least one promise; leave junior out for none' })
  .max(MAX_PROMISES_PER_PLEDGE);

export const RoundSchema = z
  .object({
    roundId: RoundIdSchema,
    councilId: CouncilIdSchema,
    name: z.string().trim().min(1).max(120),
    /** Bound to the pledge version that was published when the round opened. */
    pledgeId: PledgeIdSchema,
    pledgeVersion: z.number().int().min(1),
    opensAt: z.iso.datetime(),
    /** Null while the round has no planned end. */
    closesAt: z.iso.datetime().nullable(),
    access: z.enum(ROUND_ACCESS).default('open-link'),
    /**
     * The green and amber limits the round is scored with, kept when it opened so a later change by an admin does not
     * restate its figures; absent on rounds opened before limits were kept (they read the council's).
     */
    thresholds: ThresholdsSchema.optional(),
    promisesPerPerson: PromisesPerPersonSchema.optional(),
    junior: JuniorPromisesSchema.optional(),
    /**
     * Each young person first picks the parts of the pledge (sections) that matter to them and is asked promises
     * from those (shared/survey/sections.ts; docs/methods.md, "Sections first"). Absent: promises from all parts.
     */
    sectionsFirst: z.literal(true).optional(),
  })
  .strict()
  .refine((r) => r.closesAt === null || r.closesAt > r.opensAt, { message: 'A round must close after it opens' });
export type Round = z.infer<typeof RoundSchema>;

export const isRoundOpen = (round: Pick<Round, 'opensAt' | 'closesAt'>, now: Date): boolean => {
  const t = now.toISOString();
  return round.opensAt <= t && (round.closesAt === null || t < round.closesAt);
};
