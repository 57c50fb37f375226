/** Moderators decide on every comment and session note before a board can read it; each decision is audited. */

import { commentDecisionAction } from '../../../shared/audit';
import { UNDO_WINDOW_SECONDS } from '../../../shared/limits';
import { findPersonalDetails } from '../../../shared/moderation/personal-details';
import { redact } from '../../../shared/moderation/redact';
import { acknowledgeBy, isOverdue, reminderDue } from '../../../shared/moderation/urgent';
import type { StaffClaims } from '../../../shared/roles';
import { screenComment } from '../../../shared/safeguarding/screen';
import { type Council, safeguardingSettingsOf } from '../../../shared/schemas/council';
import { type Decision, type QueueComment, type QueueQuery, STATUS_AFTER } from '../../../shared/schemas/moderation';
import { promisesOf } from '../../../shared/schemas/pledge';
import type { CommentDecisionRecord, StoredComment } from '../../store/board-store';
import { BadCursorError, ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../http-error';
import { recordAudit } from './audit';
import { alertSafeguarding } from './safeguarding-alert';

type Target = { councilId: string; roundId: string; commentId: string };

const GONE = 'There is no such comment (it may have passed the council’s retention period)';

const councilOf = async (deps: AppDeps, councilId: string): Promise<Council> => {
  const council = await deps.store.councils.get(councilId);
  if (!council) throw notFound('There is no such council');
  return council;
};

/** Each comment with its round's name and its promise's words, as the round's pledge had them. */
const describe = async (
  deps: AppDeps,
  staff: StaffClaims,
  council: Council,
  comments: readonly StoredComment[],
): Promise<QueueComment[]> => {
  const { councilId } = council;
  const { urgentAcknowledgeMinutes: minutes } = safeguardingSettingsOf(council);
  const now = deps.now();
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
    const due = acknowledgeBy(c, minutes);
    const undoUntil =
      c.previous && c.decidedBy === staff.email && c.decidedAt
        ? new Date(Date.parse(c.decidedAt) + UNDO_WINDOW_SECONDS * 1000)
        : null;
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
      ...(c.receivedAt ? { receivedAt: c.receivedAt } : {}),
      status: c.status,
      ...(c.shownText ? { shownText: c.shownText } : {}),
      ...(c.decidedBy ? { decidedBy: c.decidedBy } : {}),
      ...(c.decidedAt ? { decidedAt: c.decidedAt } : {}),
      ...(c.flaggedBy ? { flaggedBy: c.flaggedBy } : {}),
      ...(c.flaggedAt ? { flaggedAt: c.flaggedAt } : {}),
      seenBy: c.seenBy ?? [],
      ...(due ? { acknowledgeBy: due.toISOString() } : {}),
      overdue: isOverdue(c, minutes, now),
      reminders: c.reminders ?? 0,
      ...(c.referral ? { referral: c.referral } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
      ...(undoUntil && undoUntil > now ? { undoUntil: undoUntil.toISOString() } : {}),
      sentWithCount: c.urgent && safeguardingSettingsOf(council).linkUrgentComments ? (c.sentWith?.length ?? 0) : 0,
    };
  });
};

export const queueFor = async (deps: AppDeps, staff: StaffClaims, councilId: string, query: QueueQuery) => {
  const council = await councilOf(deps, councilId);
  const { comments, cursor } = await deps.store.comments.queue(councilId, query).catch((e: unknown) => {
    if (e instanceof BadCursorError)
      throw badRequest(
        'This page link was changed or is not one the queue gave out: open the queue again from its first page',
      );
    throw e;
  });
  return { comments: await describe(deps, staff, council, comments), ...(cursor ? { cursor } : {}) };
};

const storeConflicts = async <T>(f: () => Promise<T>): Promise<T> => {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(e.message);
    throw e;
  }
};

export const decideComment = async (
  deps: AppDeps,
  staff: StaffClaims,
  target: Target,
  decision: Decision,
): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const council = await councilOf(deps, councilId);
  const comment = await deps.store.comments.get(councilId, roundId, commentId);
  if (!comment) throw notFound(GONE);
  const at = deps.now().toISOString();
  const record: CommentDecisionRecord = {
    status: STATUS_AFTER[decision.decision],
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
  if (decision.decision === 'refer') {
    if (!comment.urgent)
      throw unprocessable('Only an urgent comment is referred: press "Mark urgent" first if it worries you', [
        { path: 'decision', message: 'Not an urgent comment' },
      ]);
    record.referral = { by: staff.email, at, note: decision.note };
  }
  if ((decision.decision === 'reject' || decision.decision === 'withdraw') && decision.reason)
    record.reason = decision.reason;
  const decided = await storeConflicts(() => deps.store.comments.decide(councilId, roundId, commentId, record));
  if (!decided) throw notFound('There is no such comment');
  // What a board would read with personal details still in it, for the record of who chose to show them.
  const shown = decision.decision === 'approve' ? comment.text : (record.shownText ?? '');
  const detailsShowing = shown ? findPersonalDetails(shown, [council.name]).length : 0;
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
      ...(detailsShowing ? { detailsShowing } : {}),
      ...(record.reason ? { reason: record.reason } : {}),
    },
  });
  return (await describe(deps, staff, council, [decided]))[0]!;
};

/** A moderator's own latest decision, put back within UNDO_WINDOW_SECONDS of making it. */
export const undoDecision = async (deps: AppDeps, staff: StaffClaims, target: Target): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const council = await councilOf(deps, councilId);
  const comment = await deps.store.comments.get(councilId, roundId, commentId);
  if (!comment) throw notFound(GONE);
  const now = deps.now();
  const refuse = `Only your own latest decision can be undone, within ${UNDO_WINDOW_SECONDS} seconds of making it. Decide on it again instead (an approval can be withdrawn from the board in "Decided").`;
  if (
    !comment.previous ||
    comment.decidedBy !== staff.email ||
    !comment.decidedAt ||
    now.getTime() - Date.parse(comment.decidedAt) > UNDO_WINDOW_SECONDS * 1000
  )
    throw conflict(refuse);
  const undone = await deps.store.comments.undo(councilId, roundId, commentId, {
    by: staff.email,
    decidedAt: comment.decidedAt,
  });
  if (!undone) throw conflict(refuse);
  await recordAudit(deps, staff, {
    councilId,
    action: 'comment.undo',
    target: commentId,
    details: { roundId, undone: comment.status, back: undone.status },
  });
  return (await describe(deps, staff, council, [undone]))[0]!;
};

/** Someone says they have seen an urgent comment's alert: the lead is no longer alerted again about it. */
export const acknowledgeUrgent = async (deps: AppDeps, staff: StaffClaims, target: Target): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const council = await councilOf(deps, councilId);
  const comment = await deps.store.comments.get(councilId, roundId, commentId);
  if (!comment) throw notFound(GONE);
  if (!comment.urgent) throw conflict('This comment is not marked urgent: there is no alert to acknowledge.');
  if (comment.seenBy?.some((s) => s.by === staff.email)) return (await describe(deps, staff, council, [comment]))[0]!;
  const at = deps.now().toISOString();
  const seen = await deps.store.comments.acknowledge(councilId, roundId, commentId, { by: staff.email, at });
  if (!seen) throw notFound(GONE);
  await recordAudit(deps, staff, {
    councilId,
    at,
    action: 'comment.acknowledge',
    target: commentId,
    details: { roundId },
  });
  return (await describe(deps, staff, council, [seen]))[0]!;
};

/**
 * The other comments the same young person sent with an urgent one. Only when the council decided to keep that
 * link (docs/dpia.md); every reading is in the audit log.
 */
export const sentWithUrgent = async (deps: AppDeps, staff: StaffClaims, target: Target) => {
  const { councilId, roundId, commentId } = target;
  const council = await councilOf(deps, councilId);
  if (!safeguardingSettingsOf(council).linkUrgentComments)
    throw forbidden(
      'Your council has not decided to show the other comments sent with an urgent one (a council admin sets this in the council settings).',
    );
  const comment = await deps.store.comments.get(councilId, roundId, commentId);
  if (!comment?.urgent) throw notFound('There is no such urgent comment');
  const others = (
    await Promise.all((comment.sentWith ?? []).map((id) => deps.store.comments.get(councilId, roundId, id)))
  ).filter((c): c is StoredComment => c !== null);
  await recordAudit(deps, staff, {
    councilId,
    action: 'comment.read-sent-with',
    target: commentId,
    details: { roundId, comments: others.length },
  });
  return { comments: await describe(deps, staff, council, others) };
};

/**
 * Alerts the safeguarding lead again about every urgent comment of the council nobody has acknowledged in the
 * council's set time, once per period; returns how many alerts went. Run on a schedule (functions/jobs).
 */
export const remindUnacknowledged = async (
  deps: Pick<AppDeps, 'store' | 'now' | 'notifier' | 'logger'>,
  councilId: string,
): Promise<number> => {
  const council = await deps.store.councils.get(councilId);
  if (!council) return 0;
  const { urgentAcknowledgeMinutes: minutes } = safeguardingSettingsOf(council);
  const now = deps.now();
  let sent = 0;
  for (const c of await deps.store.comments.urgentWaiting(councilId)) {
    if (!reminderDue(c, minutes, now)) continue;
    if (!(await deps.store.comments.markReminded(councilId, c.roundId, c.commentId, now.toISOString(), c.remindedAt)))
      continue;
    await alertSafeguarding(deps, {
      councilId,
      roundId: c.roundId,
      commentId: c.commentId,
      concerns: screenComment(c.text).concerns,
      reminder: (c.reminders ?? 0) + 1,
    });
    sent++;
  }
  return sent;
};

/** What a moderator's own flag tells the safeguarding lead in place of the screen's concerns. */
export const FLAGGED_BY_MODERATOR = 'flagged-by-moderator';

/**
 * A moderator reads a risk the word screen missed: the comment moves to the front of the queue, marked
 * urgent, the safeguarding lead is alerted as for a screened one, and the flag is audited.
 */
export const flagUrgent = async (deps: AppDeps, staff: StaffClaims, target: Target): Promise<QueueComment> => {
  const { councilId, roundId, commentId } = target;
  const council = await councilOf(deps, councilId);
  const at = deps.now().toISOString();
  const flagged = await storeConflicts(() =>
    deps.store.comments.flagUrgent(councilId, roundId, commentId, { by: staff.email, at }),
  );
  if (!flagged) throw notFound(GONE);
  await recordAudit(deps, staff, {
    councilId,
    at,
    action: 'comment.flag-urgent',
    target: commentId,
    details: { roundId, source: flagged.source },
  });
  await alertSafeguarding(deps, { councilId, roundId, commentId, concerns: [FLAGGED_BY_MODERATOR] });
  return (await describe(deps, staff, council, [flagged]))[0]!;
};
