import type { AgeGroup, CareStatus } from '../../../shared/cohort';
import type { Rating } from '../../../shared/rating';

/*
 * The answer, age and care lists, in the order the page shows them. shared/rating.ts and shared/cohort.ts
 * are their home, but importing their values would pull zod (about 19 KB) into a young person's phone;
 * these copies are typed against them, and test/unit/survey-lists.test.ts checks they are equal.
 */
export const ANSWERS: readonly Rating[] = ['yes', 'sometimes', 'no', 'dontknow'];
export const AGES: readonly AgeGroup[] = ['8-13', '14-17', '18-25', 'prefer-not-to-say'];
export const CARE: readonly CareStatus[] = ['in-care', 'care-leaver', 'prefer-not-to-say'];

/** Where "Leave now" goes: a neutral page that looks like nothing in particular. */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
