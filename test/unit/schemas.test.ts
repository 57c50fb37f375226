import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../shared/limits';
import { CouncilSchema } from '../../shared/schemas/council';
import { PledgeContentSchema } from '../../shared/schemas/pledge';
import { SubmissionSchema } from '../../shared/schemas/response';
import { RoundSchema } from '../../shared/schemas/round';
import { ParticipantTokenSchema } from '../../shared/sessions/schemas';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.message);

describe('submission schema', () => {
  const ok = { submissionId: '3b241101-e2bb-4255-8caf-4136c566a962', ratings: { p_a: 'yes' } };

  it('accepts ratings, optional about-you answers and comments', () => {
    const r = SubmissionSchema.safeParse({
      ...ok,
      about: { ageGroup: 'prefer-not-to-say', careStatus: 'care-leaver' },
      comments: [{ promiseId: 'p_a', text: '  More visits please  ' }, { text: 'Listen to us' }],
    });
    expect(r.success).toBe(true);
    expect(r.data?.comments?.[0]?.text).toBe('More visits please');
  });

  it('rejects a submission id not made as a UUID, saying so', () => {
    expect(messages(SubmissionSchema.safeParse({ ...ok, submissionId: '42' }))).toContain(
      'submissionId must be a UUID made on the device',
    );
  });

  it('rejects an answer outside the scale and names the allowed ones', () => {
    expect(messages(SubmissionSchema.safeParse({ ...ok, ratings: { p_a: 'maybe' } }))).toContain(
      'A rating must be one of: yes, sometimes, no, dontknow',
    );
  });

  it('rejects an empty submission with a message a person can act on', () => {
    expect(messages(SubmissionSchema.safeParse({ ...ok, ratings: {} }))).toContain(
      'Rate at least one promise or write a comment before sending',
    );
  });

  it('rejects a comment that is too long, giving the limit', () => {
    const r = SubmissionSchema.safeParse({ ...ok, comments: [{ text: 'x'.repeat(COMMENT_MAX_CHARS + 1) }] });
    expect(messages(r)).toContain(`A comment can be at most ${COMMENT_MAX_CHARS} characters`);
  });

  it('rejects fields it does not know, so nothing identifying can be slipped in', () => {
    expect(SubmissionSchema.safeParse({ ...ok, email: 'a@b.c' }).success).toBe(false);
    expect(SubmissionSchema.safeParse({ ...ok, about: { postcode: 'AB1 2CD' } }).success).toBe(false);
  });

  it('rejects an age group that is not one of the coarse groups', () => {
    expect(messages(SubmissionSchema.safeParse({ ...ok, about: { ageGroup: '12' } }))[0]).toMatch(
      /^Age group must be one of: 8-13, 14-17, 18-25, prefer-not-to-say/,
    );
  });
});

describe('pledge, round and council schemas', () => {
  const promise = { promiseId: 'p_1', text: 'We will listen to you', themes: ['having-a-say'] };

  it('refuses two promises with the same id in one pledge', () => {
    const r = PledgeContentSchema.safeParse({
      title: 'Our pledge',
      sections: [{ sectionId: 's_1', title: 'A', promises: [promise, promise] }],
    });
    expect(messages(r)).toContain('Two promises have the same id');
  });

  it('refuses a theme outside the fixed list', () => {
    const r = PledgeContentSchema.safeParse({
      title: 'P',
      sections: [{ sectionId: 's_1', title: 'A', promises: [{ ...promise, themes: ['pizza'] }] }],
    });
    expect(messages(r)[0]).toMatch(/^A theme must be one of: social-worker/);
  });

  it('refuses a round that closes before it opens', () => {
    const r = RoundSchema.safeParse({
      roundId: 'r_1',
      councilId: 'c_1',
      name: 'Spring',
      pledgeId: 'pl_1',
      pledgeVersion: 1,
      opensAt: '2027-03-01T00:00:00.000Z',
      closesAt: '2027-02-01T00:00:00.000Z',
    });
    expect(messages(r)).toContain('A round must close after it opens');
  });

  it('gives a council the default thresholds and refuses amber above green', () => {
    const council = CouncilSchema.parse({ councilId: 'c_1', slug: 'riverside', name: 'Riverside' });
    expect(council.thresholds).toEqual({ green: 75, amber: 50 });
    expect(messages(CouncilSchema.safeParse({ ...council, thresholds: { green: 40, amber: 60 } }))).toContain(
      'The amber score must not be above the green score',
    );
    expect(messages(CouncilSchema.safeParse({ ...council, slug: 'River Side' }))[0]).toMatch(/lower-case letters/);
  });
});

describe('ids made on the phone are compared case-blind', () => {
  it('a submission id and a session token in capitals are read as the same id in lower case', () => {
    const id = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
    expect(SubmissionSchema.parse({ submissionId: id.toUpperCase(), ratings: { p_a: 'yes' } }).submissionId).toBe(id);
    expect(ParticipantTokenSchema.parse(id.toUpperCase())).toBe(id);
  });
});
