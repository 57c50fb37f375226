/** Free of zod, so the store and the young people's function read the statuses without building moderation's schemas. */

/**
 * A comment waits (pending) until a moderator approves, redacts or rejects it; only approved and redacted ones
 * reach a board. An urgent one may first be referred under the council's safeguarding procedure (the referral
 * is never shown to a board) and approved or rejected after that.
 */
export const COMMENT_STATUSES = ['pending', 'referred', 'approved', 'redacted', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const SHOWN_STATUSES: readonly CommentStatus[] = ['approved', 'redacted'];
export const DECIDED_STATUSES = ['referred', 'approved', 'redacted', 'rejected'] as const;
export type DecidedStatus = (typeof DECIDED_STATUSES)[number];
