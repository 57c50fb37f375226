import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS, MAX_COMMENTS_PER_SUBMISSION } from '../../shared/limits';
import { SubmissionSchema } from '../../shared/schemas/response';
import {
  commentsOf,
  hasSomethingToSend,
  newProgress,
  nextStep,
  normaliseCode,
  type Progress,
  previousStep,
  promiseIndexOf,
  stepsFor,
  submissionOf,
  validStep,
} from '../../web/src/survey/progress';

const ID = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
const PROMISES = ['p_a', 'p_b', 'p_c'];

describe('the steps of the survey', () => {
  it('start, one screen per promise, the last question, about you, then the check', () => {
    expect(stepsFor(3, false)).toEqual(['start', 'p0', 'p1', 'p2', 'change', 'about', 'review']);
  });
  it('a round with one-time codes asks for the code before the first promise', () => {
    expect(stepsFor(2, true)).toEqual(['start', 'code', 'p0', 'p1', 'change', 'about', 'review']);
  });
  it('next and back move one step and stop at the ends', () => {
    const steps = stepsFor(2, false);
    expect(nextStep(steps, 'p1')).toBe('change');
    expect(previousStep(steps, 'p0')).toBe('start');
    expect(previousStep(steps, 'start')).toBe('start');
    expect(nextStep(steps, 'review')).toBe('review');
    expect(promiseIndexOf('p12')).toBe(12);
    expect(promiseIndexOf('change')).toBeNull();
  });
  it('progress kept for a longer pledge falls back to the start rather than a missing promise', () => {
    expect(validStep(stepsFor(2, false), 'p9')).toBe('start');
  });
});

describe('what is sent', () => {
  const STARTED = Date.parse('2026-12-14T16:41:37.250Z');
  const base = () => newProgress('r_1', ID, STARTED);

  it('says when the survey was started, to the minute only, so answers begun before a close still count', () => {
    const s = submissionOf({ ...base(), ratings: { p_a: 'yes' } }, PROMISES);
    expect(s.startedAt).toBe('2026-12-14T16:41:00.000Z');
    expect(SubmissionSchema.safeParse(s).success).toBe(true);
  });

  it('says nothing of a start for progress kept before the start was noted', () => {
    const { startedAt: _, ...old } = base();
    expect(submissionOf({ ...old, ratings: { p_a: 'yes' } } as Progress, PROMISES).startedAt).toBeUndefined();
  });

  it('only answered promises of this pledge, and nothing for skipped ones', () => {
    const p = { ...base(), ratings: { p_a: 'yes', p_c: 'no', p_gone: 'sometimes' } as const };
    const s = submissionOf(p, PROMISES);
    expect(s).toEqual({ submissionId: ID, ratings: { p_a: 'yes', p_c: 'no' }, startedAt: '2026-12-14T16:41:00.000Z' });
    expect(SubmissionSchema.safeParse(s).success).toBe(true);
  });

  it('comments trimmed, empty boxes dropped, the last question last and without a promise', () => {
    const p = {
      ...base(),
      ratings: { p_a: 'yes' } as const,
      comments: { p_b: '  too slow ', p_a: '   ', p_c: '' },
      finalComment: ' More visits \n',
    };
    expect(commentsOf(p, PROMISES)).toEqual([{ promiseId: 'p_b', text: 'too slow' }, { text: 'More visits' }]);
    expect(SubmissionSchema.safeParse(submissionOf(p, PROMISES)).success).toBe(true);
  });

  it('never more comments than the server takes, keeping the answer to the last question', () => {
    const ids = Array.from({ length: MAX_COMMENTS_PER_SUBMISSION + 5 }, (_, i) => `p_${i}`);
    const p = { ...base(), comments: Object.fromEntries(ids.map((id) => [id, 'x'])), finalComment: 'last' };
    const c = commentsOf(p, ids);
    expect(c).toHaveLength(MAX_COMMENTS_PER_SUBMISSION);
    expect(c.at(-1)).toEqual({ text: 'last' });
  });

  it('a comment is cut to the limit rather than refused', () => {
    const p = { ...base(), finalComment: 'a'.repeat(COMMENT_MAX_CHARS + 20) };
    expect(commentsOf(p, PROMISES)[0]!.text).toHaveLength(COMMENT_MAX_CHARS);
  });

  it('about you only when answered; "prefer not to say" is an answer', () => {
    expect(submissionOf({ ...base(), ratings: { p_a: 'yes' } }, PROMISES).about).toBeUndefined();
    const s = submissionOf(
      { ...base(), ratings: { p_a: 'yes' }, about: { careStatus: 'prefer-not-to-say' } },
      PROMISES,
    );
    expect(s.about).toEqual({ careStatus: 'prefer-not-to-say' });
    expect(SubmissionSchema.safeParse(s).success).toBe(true);
  });

  it('the one-time code goes with the answers when the round has one', () => {
    expect(submissionOf({ ...base(), ratings: { p_a: 'yes' }, accessCode: 'K7QP4M' }, PROMISES).accessCode).toBe(
      'K7QP4M',
    );
    expect(normaliseCode(' K7Q P4M \n')).toBe('K7QP4M');
  });

  it('nothing answered and no comment: nothing to send (the server would refuse it too)', () => {
    const s = submissionOf(base(), PROMISES);
    expect(hasSomethingToSend(s)).toBe(false);
    expect(SubmissionSchema.safeParse(s).success).toBe(false);
    expect(hasSomethingToSend(submissionOf({ ...base(), finalComment: 'hi' }, PROMISES))).toBe(true);
  });
});
