import { z } from 'zod';
import { SOURCES } from '../cohort';
import { PromiseIdSchema, RoundIdSchema } from '../ids';
import { DECISION_REASON_MAX_CHARS, MODERATION_PAGE, REFERRAL_NOTE_MAX_CHARS } from '../limits';
import {
  COMMENT_STATUSES,
  type CommentStatus,
  DECIDED_STATUSES,
  type DecidedStatus,
  SHOWN_STATUSES,
} from '../moderation/statuses';
import { SESSION_NOTE_SOURCE } from '../sessions/notes';

export { COMMENT_STATUSES, type CommentStatus, DECIDED_STATUSES, type DecidedStatus, SHOWN_STATUSES };

/** Survey comments carry their rating source; a facilitator's note of a session carries SESSION_NOTE_SOURCE. */
export const COMMENT_SOURCES = [...SOURCES, SESSION_NOTE_SOURCE] as const;
export type CommentSource = (typeof COMMENT_SOURCES)[number];

const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict();

/** The status the moderator saw; the decision is refused if someone else decided meanwhile. Defaults to pending. */
const from = { from: z.enum(COMMENT_STATUSES).optional() };

const reason = z
  .string()
  .trim()
  .max(DECISION_REASON_MAX_CHARS, `A reason is at most ${DECISION_REASON_MAX_CHARS} characters`)
  .optional();

export const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('approve'), ...from }).strict(),
    /** The reason is for the audit log and the other moderators; it is optional. */
    z.object({ decision: z.literal('reject'), reason, ...from }).strict(),
    /** An urgent comment handled under the council's safeguarding procedure: who, when and a short note. */
    z
      .object({
        decision: z.literal('refer'),
        note: z
          .string({ error: 'Say in a few words what was done, for example "Passed to the duty social worker"' })
          .trim()
          .min(1, 'Say in a few words what was done, for example "Passed to the duty social worker"')
          .max(REFERRAL_NOTE_MAX_CHARS, `The note is at most ${REFERRAL_NOTE_MAX_CHARS} characters`),
        ...from,
      })
      .strict(),
    /** An approved comment taken off the board's pages: it waits in the queue again. */
    z
      .object({ decision: z.literal('withdraw'), reason, from: z.enum(SHOWN_STATUSES as ['approved', 'redacted']) })
      .strict(),
    z
      .object({
        decision: z.literal('redact'),
        /** Parts of the original text to hide, as character offsets; they are widened to whole words. */
        hide: z.array(SpanSchema).min(1, 'Mark at least one part of the comment to hide').max(50),
        ...from,
      })
      .strict(),
  ],
  {
    error: () =>
      'decision must be "approve", "reject", "redact" (with the parts to hide), "refer" (with a note) or "withdraw"',
  },
);
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionKind = Decision['decision'];

/** The status each decision leaves a comment in. */
export const STATUS_AFTER = {
  approve: 'approved',
  reject: 'rejected',
  redact: 'redacted',
  refer: 'referred',
  withdraw: 'pending',
} as const satisfies Record<DecisionKind, CommentStatus>;

const StaffMomentSchema = z.object({ by: z.string(), at: z.string() });
export const ReferralSchema = StaffMomentSchema.extend({ note: z.string() });
export type Referral = z.infer<typeof ReferralSchema>;

/** A comment as a moderator sees it: the whole original, with why it may be urgent. */
export const QueueCommentSchema = z.object({
  commentId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  promiseId: z.string().optional(),
  promiseText: z.string().optional(),
  text: z.string(),
  urgent: z.boolean(),
  /** What the safeguarding screen found (self-harm, abuse, unsafe, running-away, missing, …). */
  concerns: z.array(z.string()),
  source: z.enum(COMMENT_SOURCES),
  receivedOn: z.string(),
  status: z.enum(COMMENT_STATUSES),
  /** What a board sees once decided (the redacted text for a redacted comment). */
  shownText: z.string().optional(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  /** Who marked it urgent by hand, when the screen had not. */
  flaggedBy: z.string().optional(),
  flaggedAt: z.string().optional(),
  /** The exact time an urgent comment arrived (kept only for urgent ones: the safeguarding lead needs it). */
  receivedAt: z.string().optional(),
  /** Who said they have seen the urgent alert, and when. */
  seenBy: z.array(StaffMomentSchema),
  /** When nobody has said so by this time, the safeguarding lead is alerted again (urgent and waiting only). */
  acknowledgeBy: z.string().optional(),
  /** An urgent comment nobody acknowledged in the council's set time. */
  overdue: z.boolean(),
  /** Alerts sent again because nobody acknowledged it. */
  reminders: z.number().int().min(0),
  /** How it was handled under the safeguarding procedure; never shown to a board. */
  referral: ReferralSchema.optional(),
  /** Why it was rejected or withdrawn, when the moderator said. */
  reason: z.string().optional(),
  /** Until when the moderator who decided may still undo it. */
  undoUntil: z.string().optional(),
  /** How many other comments the same young person sent with it (when the council keeps that link). */
  sentWithCount: z.number().int().min(0),
});
export type QueueComment = z.infer<typeof QueueCommentSchema>;

/** Which comments a moderator lists: those waiting (urgent first), or those decided, of a round and a promise. */
export const QUEUE_STATES = ['pending', 'decided', ...DECIDED_STATUSES] as const;
export type QueueState = (typeof QUEUE_STATES)[number];
export const QueueQuerySchema = z.object({
  state: z.enum(QUEUE_STATES, { error: `state is one of ${QUEUE_STATES.join(', ')}` }).default('pending'),
  roundId: RoundIdSchema.optional(),
  promiseId: PromiseIdSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MODERATION_PAGE.max, `At most ${MODERATION_PAGE.max} comments a page`)
    .default(MODERATION_PAGE.default),
  cursor: z.string().max(500).optional(),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/** The other comments sent with an urgent one, when the council allows a safeguarding lead to read them. */
export const SentWithSchema = z.object({ comments: z.array(QueueCommentSchema) });

export const QueueSchema = z.object({
  comments: z.array(QueueCommentSchema),
  /** Pass back as ?cursor= for the next page; absent on the last page. */
  cursor: z.string().optional(),
});

/** A comment as a board sees it: only what was approved, never the original of a redacted one. */
export const BoardCommentSchema = z.object({
  commentId: z.string(),
  text: z.string(),
  redacted: z.boolean(),
  source: z.enum(COMMENT_SOURCES),
  receivedOn: z.string(),
});
export type BoardComment = z.infer<typeof BoardCommentSchema>;
