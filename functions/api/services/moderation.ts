/** Moderators decide on every comment and session note before a board can read it; each decision is audited. */

import { commentDecisionAction } from '../../../shared/audit';
import { redact } from '../../../shared/moderation/redact';
import type { StaffClaims } from '../../../shared/roles';
import { screenComment } from '../../../shared/safeguarding/screen';
import type { Decision, QueueComment } from '../../../shared/schemas/moderation';
import { promisesOf } from '../../../shared/schemas/pledge';
import type { CommentDecisionRecord, StoredComment } from '../../store/board-store';
import { BadCursorError, ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { badRequest, conflict, notFound, unprocessable } from '../http-error';
import { recordAudit } from './audit';
import { alertSafeguarding } from './safeguarding-alert';

/** Each comment with its round's name and its promise's words, as the round's pledge had them. */
const describe = async (
  deps: AppDeps,
  councilId: string,
  comments: readonly StoredComment[],
): Promise<QueueComment[]> => {
  const rounds = new Map((await deps.store.rounds.listForCouncil(councilId)).map((r) => [r.roundId, r]));
  const texts = new Map<string, Map<string, string>>();
  for (const roundId of new Set(comments.map((c) => c.roundId))) {
    const round = rounds.get(roundId) ?? (await deps.store.rounds.get(roundId));
    const pledge =
      round && round.councilId === councilId
        ? await deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion)
        : null;
    if (round) rounds.set(roundId, round);
    texts.set(roundId, new Map(pledge ? promisesOf(pledge).map((p) => [p.promiseId, p.text]) : []));
  }
  return comments.map((c) => {
    const promiseText = c.promiseId ? texts.get(c.roundId)?.get(c.promiseId) : undefined;
    return {
      commentId: c.commentId,
      roundId: c.roundId,
      roundName: rounds.get(c.roundId)?.name ?? c.roundId,
      ...(c.promiseId ? { promiseId: c.promiseId } : {}),
      ...(promiseText ? { promiseText } : {}),
      text: c.text,
      urgent: c.urgent,
      concerns: screenComment(c.text).concerns,
      source: c.source,
      receivedOn: c.receivedOn,
      status: c.status,
      ...(c.shownText ? { shownText: c.shownText } : {}),
      ...(c.decidedBy ? { decidedBy: c.decidedBy } : {}),
      ...(c.decidedAt ? { decidedAt: c.decidedAt } : {}),
      ...(c.flaggedBy ? { flaggedBy: c.flaggedBy } : {}),
    };
  });
};

const readQueue = async (deps: AppDeps, councilId: string, page: { limit: number; cursor?: string }) => {
  try {
    return await deps.store.comments.queue(councilId, page);
  } catch (e) {
    if (e instanceof BadCursorError)
      throw badRequest(
        'This page link was changed or is not one the queue gave out: open the queue again from its first page',
      );
    throw e;
  }
};

export const queueFor = async (deps: AppDeps, councilId: string, page: { limit: number; cursor?: string }) => {
  const { comments, cursor } = await readQueue(deps, councilId, page);
  return { comments: await describe(deps, councilId, comments), ...(cursor ? { cursor } : {}) };
};

const STATUS_OF = { approve: 'approved', reject: 'rejected', redact: 'redacted' } as const;

export const decideComment = async (
  deps: AppDeps,
  staff: StaffClaims,
  target: { councilId: string; roundId: string; commentId: string },
  decision: Decision,
): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const comment = await deps.store.comments.get(councilId, roundId, commentId);
  if (!comment) throw notFound('There is no such comment (it may have passed the council’s retention period)');
  const at = deps.now().toISOString();
  const record: CommentDecisionRecord = {
    status: STATUS_OF[decision.decision],
    decidedBy: staff.email,
    decidedAt: at,
    from: decision.from ?? 'pending',
  };
  let hidden = 0;
  if (decision.decision === 'redact') {
    const r = redact(comment.text, decision.hide);
    if (!r.ok) throw unprocessable(r.message, [{ path: 'hide', message: r.message }]);
    record.shownText = r.text;
    hidden = r.spans.length;
  }
  let decided: StoredComment | null;
  try {
    decided = await deps.store.comments.decide(councilId, roundId, commentId, record);
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(e.message);
    throw e;
  }
  if (!decided) throw notFound('There is no such comment');
  await recordAudit(deps, staff, {
    councilId,
    at,
    action: commentDecisionAction(decision.decision),
    target: commentId,
    details: {
      roundId,
      from: record.from,
      urgent: comment.urgent,
      source: comment.source,
      ...(hidden ? { partsHidden: hidden } : {}),
    },
  });
  return (await describe(deps, councilId, [decided]))[0]!;
};

/** What a moderator's own flag tells the safeguarding lead in place of the screen's concerns. */
export const FLAGGED_BY_MODERATOR = 'flagged-by-moderator';

/**
 * A moderator reads a risk the word screen missed: the comment moves to the front of the queue, marked
 * urgent, the safeguarding lead is alerted as for a screened one, and the flag is audited.
 */
export const flagUrgent = async (
  deps: AppDeps,
  staff: StaffClaims,
  target: { councilId: string; roundId: string; commentId: string },
): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const at = deps.now().toISOString();
  let flagged: StoredComment | null;
  try {
    flagged = await deps.store.comments.flagUrgent(councilId, roundId, commentId, { by: staff.email, at });
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(e.message);
    throw e;
  }
  if (!flagged) throw notFound('There is no such comment (it may have passed the council’s retention period)');
  await recordAudit(deps, staff, {
    councilId,
    at,
    action: 'comment.flag-urgent',
    target: commentId,
    details: { roundId, source: flagged.source },
  });
  await alertSafeguarding(deps, { councilId, roundId, commentId, concerns: [FLAGGED_BY_MODERATOR] });
  return (await describe(deps, councilId, [flagged]))[0]!;
};
