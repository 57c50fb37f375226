import { z } from 'zod';
import { SOURCES } from '../cohort';
import { SESSION_NOTE_SOURCE } from '../sessions/notes';

/** A comment waits (pending) until a moderator approves, redacts or rejects it; only approved and redacted ones reach a board. */
export const COMMENT_STATUSES = ['pending', 'approved', 'redacted', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const SHOWN_STATUSES: readonly CommentStatus[] = ['approved', 'redacted'];

/** Survey comments carry their rating source; a facilitator's note of a session carries SESSION_NOTE_SOURCE. */
export const COMMENT_SOURCES = [...SOURCES, SESSION_NOTE_SOURCE] as const;
export type CommentSource = (typeof COMMENT_SOURCES)[number];

const SpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict();

/** The status the moderator saw; the decision is refused if someone else decided meanwhile. Defaults to pending. */
const from = { from: z.enum(COMMENT_STATUSES).optional() };

export const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('approve'), ...from }).strict(),
    z.object({ decision: z.literal('reject'), ...from }).strict(),
    z
      .object({
        decision: z.literal('redact'),
        /** Parts of the original text to hide, as character offsets; they are widened to whole words. */
        hide: z.array(SpanSchema).min(1, 'Mark at least one part of the comment to hide').max(50),
        ...from,
      })
      .strict(),
  ],
  { error: () => 'decision must be "approve", "reject" or "redact" (with the parts to hide)' },
);
export type Decision = z.infer<typeof DecisionSchema>;

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
});
export type QueueComment = z.infer<typeof QueueCommentSchema>;

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
