import { z } from 'zod';

/** Coarse, optional questions. Every one offers "prefer not to say"; none identifies a person. */
export const PREFER_NOT = 'prefer-not-to-say' as const;

export const AGE_GROUPS = ['8-13', '14-17', '18-25', PREFER_NOT] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AgeGroupSchema = z.enum(AGE_GROUPS, {
  error: () => `Age group must be one of: ${AGE_GROUPS.join(', ')}`,
});

export const CARE_STATUSES = ['in-care', 'care-leaver', PREFER_NOT] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export const CareStatusSchema = z.enum(CARE_STATUSES, {
  error: () => `Care status must be one of: ${CARE_STATUSES.join(', ')}`,
});

/** Where a rating came from, so a board can read survey and session figures together or apart. */
export const SOURCES = ['survey', 'session-vote', 'session-tally'] as const;
export type Source = (typeof SOURCES)[number];

/** Cohort as stored in aggregates: an unanswered question is its own bucket, never guessed. */
export const NOT_ANSWERED = 'not-answered' as const;
export type AgeBucket = AgeGroup | typeof NOT_ANSWERED;
export type CareBucket = CareStatus | typeof NOT_ANSWERED;
export const AGE_BUCKETS: readonly AgeBucket[] = [...AGE_GROUPS, NOT_ANSWERED];
export const CARE_BUCKETS: readonly CareBucket[] = [...CARE_STATUSES, NOT_ANSWERED];

export interface Cohort {
  age: AgeBucket;
  care: CareBucket;
  source: Source;
}

export const AboutYouSchema = z
  .object({
    ageGroup: AgeGroupSchema.optional(),
    careStatus: CareStatusSchema.optional(),
  })
  .strict();
export type AboutYou = z.infer<typeof AboutYouSchema>;

export const cohortOf = (about: AboutYou | undefined, source: Source): Cohort => ({
  age: about?.ageGroup ?? NOT_ANSWERED,
  care: about?.careStatus ?? NOT_ANSWERED,
  source,
});
