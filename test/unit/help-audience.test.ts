import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARE_STATUSES, type CareStatus } from '../../shared/cohort';
import { CONTACT_AUDIENCES, type ContactAudience, contactsFor, nationalLinesFor } from '../../shared/help-audience';
import { HelpContactInputSchema } from '../../shared/schemas/council';

const contacts: { name: string; audience?: ContactAudience }[] = [
  { name: 'Children’s rights' },
  { name: 'Foster carers’ line', audience: 'in-care' },
  { name: 'Leaving care team', audience: 'care-leaver' },
  { name: 'Out of hours', audience: 'everyone' },
];
const names = (care: CareStatus | undefined) => contactsFor(contacts, care).map((c) => c.contact.name);

describe('help contacts for the right young people', () => {
  it('a care leaver gets the leaving care team and a line for any age, not the in-care line and not only Childline', () => {
    expect(names('care-leaver')).toEqual(['Children’s rights', 'Leaving care team', 'Out of hours']);
    expect(nationalLinesFor('care-leaver')).toEqual(['samaritans', 'childline']);
  });

  it('a young person in care gets the in-care line; one who did not say, or would rather not, gets every contact', () => {
    expect(names('in-care')).toEqual(['Children’s rights', 'Foster carers’ line', 'Out of hours']);
    expect(names(undefined)).toEqual(contacts.map((c) => c.name));
    expect(names('prefer-not-to-say')).toEqual(contacts.map((c) => c.name));
    expect(nationalLinesFor(undefined)).toEqual(['childline']);
  });

  it('whatever the list and the answer, every contact for everyone is offered, each with its own place in the list', () => {
    const arb = fc.array(fc.option(fc.constantFrom(...CONTACT_AUDIENCES), { nil: undefined }), { maxLength: 8 });
    fc.assert(
      fc.property(arb, fc.option(fc.constantFrom(...CARE_STATUSES), { nil: undefined }), (audiences, care) => {
        const list = audiences.map((audience, i) => ({ name: `c${i}`, ...(audience ? { audience } : {}) }));
        const offered = contactsFor(list, care);
        for (const { contact, index } of offered) expect(list[index]).toBe(contact);
        const forAll = list.filter((c) => !c.audience || c.audience === 'everyone');
        expect(forAll.every((c) => offered.some((o) => o.contact === c))).toBe(true);
      }),
    );
  });

  it('an admin who picks someone else for a contact is told who it can be for', () => {
    const r = HelpContactInputSchema.safeParse({ name: 'X', phone: '0800 1111', audience: 'parents' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Who a contact is for must be one of: everyone, in-care, care-leaver');
  });
});
