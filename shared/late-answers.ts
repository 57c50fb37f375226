/**
 * Whether a round takes a young person's answers now (docs/data-model.md, "Late answers"). While the round is
 * open it takes every answer. After the close it takes, until its figures are final (LATE_ANSWER_DAYS later,
 * shared/scoring/release.ts), only answers the phone says were started before the close: someone who began on
 * the last evening, or whose phone was offline, is still counted. The start time is read, never stored.
 */
import type { Round } from './schemas/round';
import { finalAt } from './scoring/release';

export type AnswerWindow =
  | { kind: 'open' }
  | { kind: 'late' }
  | { kind: 'not-open' }
  | { kind: 'closed'; why: 'no-start' | 'started-after-close' | 'too-late' };

/**
 * `startedAt` is the phone's own clock when the survey was started. A start after the close, or later than the
 * server's now, opens nothing. A forged start time can only add answers in the days before the figures are final,
 * the same days an honest late phone has, and each submission is still counted once.
 */
export const answerWindowOf = (
  round: Pick<Round, 'opensAt' | 'closesAt'>,
  now: Date,
  startedAt: string | undefined,
): AnswerWindow => {
  const t = now.toISOString();
  if (t < round.opensAt) return { kind: 'not-open' };
  if (round.closesAt === null || t < round.closesAt) return { kind: 'open' };
  if (finalAt(round)! <= t) return { kind: 'closed', why: 'too-late' };
  if (startedAt === undefined) return { kind: 'closed', why: 'no-start' };
  const started = new Date(startedAt).toISOString();
  if (started >= round.closesAt || started > t) return { kind: 'closed', why: 'started-after-close' };
  return { kind: 'late' };
};
