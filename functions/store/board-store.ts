/**
 * The storage port for what a board reads beside the counts, and what moderators and board members
 * change: comments and their moderation, "you said, we did" actions, and the theme summaries behind
 * the cross-council benchmark. Part of `Store`; `dynamo/comments.ts`, `actions.ts`, `benchmark.ts` implement it.
 */
import type { Action } from '../../shared/schemas/actions';
import type { CommentSource, CommentStatus, QueueQuery, Referral } from '../../shared/schemas/moderation';
import type { ThemeSummary } from '../../shared/scoring/themes';

export interface StoredComment {
  commentId: string;
  councilId: string;
  roundId: string;
  promiseId?: string;
  /** The young person's words as sent. Kept only as long as the council's retention allows (TTL). */
  text: string;
  /** What a board sees of a redacted comment. */
  shownText?: string;
  urgent: boolean;
  status: CommentStatus;
  source: CommentSource;
  sessionId?: string;
  /** The day it arrived, never the time: a comment cannot be lined up with one set of answers. */
  receivedOn: string;
  decidedBy?: string;
  decidedAt?: string;
  /** Set when a moderator, not the screen, marked it urgent. */
  flaggedBy?: string;
  flaggedAt?: string;
  /** An urgent comment's exact arrival (docs/dpia.md): the safeguarding lead needs it. */
  receivedAt?: string;
  /** Who said they have seen an urgent comment's alert, and when. */
  seenBy?: { by: string; at: string }[];
  /** When the safeguarding lead was last alerted again, and how many times, because nobody acknowledged it. */
  remindedAt?: string;
  reminders?: number;
  /** How it was handled under the safeguarding procedure; never shown to a board. */
  referral?: Referral;
  /** Why it was rejected or withdrawn. */
  reason?: string;
  /** The other comments sent with an urgent one, when its council keeps that link. */
  sentWith?: string[];
  /** What the latest decision replaced, so its maker can undo it for a short time. */
  previous?: CommentDecisionState;
}

/** What a decision sets, and what an undo puts back. */
export interface CommentDecisionState {
  status: CommentStatus;
  shownText?: string;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  referral?: Referral;
}

export interface CommentDecisionRecord {
  status: CommentStatus;
  shownText?: string;
  decidedBy: string;
  decidedAt: string;
  reason?: string;
  /** Set by a referral; kept by a later approval or rejection. */
  referral?: Referral;
  /** The status the moderator decided from; the decision fails if it changed meanwhile. */
  from: CommentStatus;
}

export interface CommentPage {
  comments: StoredComment[];
  cursor?: string;
}

export interface CommentStore {
  /**
   * Pending comments and session notes of the council (urgent first, then oldest first), or decided ones (by
   * round), of one round and one promise when asked, a page at a time.
   */
  queue(councilId: string, query: QueueQuery): Promise<CommentPage>;
  /** Every urgent comment still waiting, for the reminder check. */
  urgentWaiting(councilId: string): Promise<StoredComment[]>;
  get(councilId: string, roundId: string, commentId: string): Promise<StoredComment | null>;
  /** Null when there is no such comment; a ConflictError when its status is no longer `from`. */
  decide(
    councilId: string,
    roundId: string,
    commentId: string,
    decision: CommentDecisionRecord,
  ): Promise<StoredComment | null>;
  /** Marks a pending comment urgent (it moves to the front of the queue); null when there is none, a ConflictError when it is no longer pending or already urgent. */
  flagUrgent(
    councilId: string,
    roundId: string,
    commentId: string,
    flag: { by: string; at: string },
  ): Promise<StoredComment | null>;
  /** How many comments and session notes wait for a moderator, and how many of those are urgent (counted, not read). */
  pendingCounts(councilId: string): Promise<{ pending: number; urgent: number }>;
  /** Puts back what the latest decision replaced, if `by` made it at `decidedAt`; null when it is not so (any more). */
  undo(
    councilId: string,
    roundId: string,
    commentId: string,
    latest: { by: string; decidedAt: string },
  ): Promise<StoredComment | null>;
  /** Adds a person who has seen an urgent comment's alert. Null when there is no such urgent comment. */
  acknowledge(
    councilId: string,
    roundId: string,
    commentId: string,
    seen: { by: string; at: string },
  ): Promise<StoredComment | null>;
  /**
   * Records an alert sent again, once: false when someone acknowledged it, it was decided, or another run
   * reminded already since `lastRemindedAt`.
   */
  markReminded(
    councilId: string,
    roundId: string,
    commentId: string,
    at: string,
    lastRemindedAt: string | undefined,
  ): Promise<boolean>;
  /** A round's approved and redacted comments (what its board may read), oldest first. */
  shown(councilId: string, roundId: string, limit: number): Promise<StoredComment[]>;
}

export interface ActionStore {
  /** The council's actions (of one round, when given), oldest round first. */
  list(councilId: string, roundId?: string): Promise<Action[]>;
  get(councilId: string, roundId: string, actionId: string): Promise<Action | null>;
  /** Creates (expectedVersion null) or replaces the version the change was made from; a ConflictError otherwise. */
  put(action: Action, expectedVersion: number | null): Promise<void>;
  /** A ConflictError when the action changed since `expectedVersion` (or is gone). */
  delete(councilId: string, roundId: string, actionId: string, expectedVersion: number): Promise<void>;
}

export interface StoredThemeSummary extends ThemeSummary {
  computedAt: string;
}

export interface BenchmarkStore {
  /** Every council's latest theme summary. */
  all(): Promise<StoredThemeSummary[]>;
  /** Stores a council's summary, unless a summary of a round that opened later is already there. */
  put(summary: StoredThemeSummary): Promise<void>;
  /** The summaries released on `day` (YYYY-MM-DD), or null before the day's first read froze them. */
  release(day: string): Promise<StoredThemeSummary[] | null>;
  /** Freezes the day's release; when another reader froze it first, theirs is kept and returned. */
  putRelease(day: string, summaries: readonly StoredThemeSummary[]): Promise<StoredThemeSummary[]>;
}
