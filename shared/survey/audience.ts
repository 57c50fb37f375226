/**
 * Who a promise is for, and which promises a young person is asked. A pledge speaks to children in care and to
 * care leavers; most promises are for both, some only for one (a sleepover for a child in care, a personal adviser
 * for a care leaver). The two optional "about you" answers choose among them, before the set is picked
 * (short-set.ts): a young person is asked only promises that are about them. Nothing here imports zod, so the
 * young person's phone uses it as it is.
 */
import type { AboutYou, AgeGroup, CareStatus } from '../cohort';

/** cohort.ts's PREFER_NOT, written here again only as a type-checked literal: importing its value would pull zod onto the phone. */
const PREFER_NOT = 'prefer-not-to-say' satisfies CareStatus;

/** Everyone, young people in care, or care leavers: for promises and for help contacts alike. */
export const AUDIENCES = ['everyone', 'in-care', 'care-leaver'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  everyone: 'Everyone',
  'in-care': 'Young people in care',
  'care-leaver': 'Care leavers',
};

/** The age group a round's junior version is for. */
export const JUNIOR_AGE_GROUP: AgeGroup = '8-13';

/**
 * In care or a care leaver, from what the young person said: their own answer first; else their age where it
 * settles it (no one of 8 to 13 has left care; everyone of 18 to 25 has); else not known.
 */
export const careOf = (about: AboutYou | undefined): Exclude<CareStatus, 'prefer-not-to-say'> | undefined => {
  if (about?.careStatus === 'in-care' || about?.careStatus === 'care-leaver') return about.careStatus;
  if (about?.careStatus === PREFER_NOT) return undefined;
  if (about?.ageGroup === '8-13') return 'in-care';
  if (about?.ageGroup === '18-25') return 'care-leaver';
  return undefined;
};

/** Is a promise (or contact) for this audience about a young person whose care status is `care` (unknown: yes)? */
export const isFor = (audience: Audience | undefined, care: CareStatus | undefined): boolean =>
  care === undefined || care === PREFER_NOT || !audience || audience === 'everyone' || audience === care;

export interface AudiencePromise {
  promiseId: string;
  audience?: Audience | undefined;
}

/**
 * The promises a young person may be asked, in pledge order: those for everyone and for their own group; for a
 * child of 8 to 13 in a round with a junior version, only the junior version's. Saying nothing, or "prefer not
 * to say", gives every promise. Never empty while the pledge is not: a group with no promise of its own is asked
 * from all.
 */
export const promisesFor = <P extends AudiencePromise>(
  promises: readonly P[],
  about: AboutYou | undefined,
  junior: readonly string[] | undefined,
): P[] => {
  const care = careOf(about);
  const theirs = promises.filter((p) => isFor(p.audience, care));
  const base = theirs.length > 0 ? theirs : [...promises];
  if (about?.ageGroup !== JUNIOR_AGE_GROUP || !junior?.length) return base;
  const young = new Set(junior);
  const juniorSet = base.filter((p) => young.has(p.promiseId));
  return juniorSet.length > 0 ? juniorSet : base;
};

/**
 * Whether the survey asks "about you" before the promises: only when the answers choose the promises (some are
 * marked for one group, or the round has a junior version). Otherwise the two questions stay at the end, where
 * they keep nobody from the promises.
 */
export const asksAboutFirst = (promises: readonly AudiencePromise[], junior: readonly string[] | undefined): boolean =>
  (junior?.length ?? 0) > 0 || promises.some((p) => p.audience !== undefined && p.audience !== 'everyone');
