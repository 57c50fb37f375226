/**
 * One simulated young person: opens the survey link, answers the pledge's promises at random (skipping a
 * few, as people do), writes a comment one time in ten, and sends through the same rules as the survey
 * page's outbox (web/src/survey/outbox.ts): the answers are queued under an id made on the phone, and
 * resent with that same id after a 503, a 429, a timeout or no connection, waiting as long as Retry-After
 * says and never less than the page's backoff.
 */
import { AGE_GROUPS, CARE_STATUSES } from '../../shared/cohort';
import { RATINGS, type Rating } from '../../shared/rating';
import type { PublicSurvey } from '../../shared/schemas/public-survey';
import type { Submission, SubmissionReceipt } from '../../shared/schemas/response';
import { backoffMs, outcomeOf, SEND_TIMEOUT_MS } from '../../web/src/survey/outbox';
import { request, sleep } from './meter';

export interface Sent {
  submission: Submission;
  /** What the phone was told in the end. */
  outcome: 'sent' | 'refused';
  /** The message of a refusal, for the report. */
  message?: string;
  attempts: number;
  /** From the first try to the answer that ended it. */
  ms: number;
  /** When that answer came (performance.now()). */
  endedAt: number;
}

const COMMENTS = [
  'I have had four social workers this year and had to tell my story again every time.',
  'My review was good, they listened to what I wanted about contact with my brother.',
  'Nobody told me about the money I can get for college until my friend did.',
  'I would like to see my nan more often, the visits keep getting cancelled.',
  'The new place is much better, I feel safe there.',
];

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

export const answersFor = (promiseIds: readonly string[], comment: boolean): Submission => {
  const ratings: Record<string, Rating> = {};
  for (const id of promiseIds) if (Math.random() < 0.92) ratings[id] = pick(RATINGS);
  if (Object.keys(ratings).length === 0) ratings[promiseIds[0]!] = pick(RATINGS);
  const submission: Submission = { submissionId: crypto.randomUUID(), ratings };
  if (Math.random() < 0.8) submission.about = { ageGroup: pick(AGE_GROUPS), careStatus: pick(CARE_STATUSES) };
  if (comment) {
    submission.comments = [{ promiseId: pick(promiseIds), text: pick(COMMENTS) }];
    if (Math.random() < 0.5) submission.comments.push({ text: pick(COMMENTS) });
  }
  return submission;
};

/** Opens the link the way the page does: a failed load is tried again after the page's backoff. */
const openSurvey = async (base: string, slug: string): Promise<PublicSurvey> => {
  for (let attempt = 1; ; attempt++) {
    const got = await request<PublicSurvey>(base, 'survey', `/api/public/councils/${slug}`, {
      timeoutMs: SEND_TIMEOUT_MS,
    });
    if (got.result === 200 && got.body) return got.body;
    await sleep(backoffMs(attempt));
  }
};

export const youngPerson = async (
  base: string,
  slug: string,
  comment: boolean,
  onAttempt: (retry: boolean) => void,
): Promise<Sent> => {
  const survey = await openSurvey(base, slug);
  const roundId = survey.round!.roundId;
  const promiseIds = survey.pledge!.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
  const submission = answersFor(promiseIds, comment);
  const started = performance.now();
  for (let attempts = 0; ; ) {
    onAttempt(attempts > 0);
    const got = await request<SubmissionReceipt>(base, 'submit', `/api/public/rounds/${roundId}/responses`, {
      method: 'POST',
      body: submission,
      timeoutMs: SEND_TIMEOUT_MS,
    });
    const status = typeof got.result === 'number' ? got.result : 0;
    const outcome = outcomeOf(status, got.body, got.retryAfter);
    attempts++;
    const endedAt = performance.now();
    if (outcome.kind === 'sent') return { submission, outcome: 'sent', attempts, ms: endedAt - started, endedAt };
    if (outcome.kind === 'final')
      return {
        submission,
        outcome: 'refused',
        message: `${outcome.status} ${outcome.message}`,
        attempts,
        ms: endedAt - started,
        endedAt,
      };
    // The page's rule: Retry-After if given, never less than its own backoff.
    await sleep(Math.max(outcome.afterMs ?? 0, backoffMs(attempts)));
  }
};
