import type { CareStatus } from './cohort';
import { AUDIENCE_LABELS, AUDIENCES, type Audience, isFor } from './survey/audience';

/**
 * Who a council's help contact is for: everyone, young people in care, or care leavers. A care leaver of 20 needs
 * the leaving care team and a line for adults, not only Childline (which is for under-19s). Kept free of zod so
 * the young person's phone can use it.
 */
export const CONTACT_AUDIENCES = AUDIENCES;
export type ContactAudience = Audience;
export const CONTACT_AUDIENCE_LABELS = AUDIENCE_LABELS;

/**
 * The contacts a young person is offered, each with its place in the council's list (translations are kept by
 * place): the ones for everyone and for their own group when they said whether they are in care or have left
 * care; every contact when they did not say.
 */
export const contactsFor = <C extends { audience?: ContactAudience | undefined }>(
  contacts: readonly C[],
  care: CareStatus | undefined,
): { contact: C; index: number }[] =>
  contacts.map((contact, index) => ({ contact, index })).filter(({ contact }) => isFor(contact.audience, care));

/** The free national lines shown before the council's own: a care leaver also gets a line for any age. */
export const NATIONAL_LINES = {
  childline: { name: 'Childline', phone: '0800 1111' },
  samaritans: { name: 'Samaritans', phone: '116 123' },
} as const;
export type NationalLine = keyof typeof NATIONAL_LINES;

export const nationalLinesFor = (care: CareStatus | undefined): NationalLine[] =>
  care === 'care-leaver' ? ['samaritans', 'childline'] : ['childline'];
