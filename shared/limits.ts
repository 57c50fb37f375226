/** One home for the numbers that bound what the product accepts and shows. */

/** Any figure describing fewer than this many responses is replaced by SUPPRESSED_LABEL by the server. */
export const MIN_GROUP_SIZE = 5;
export const SUPPRESSED_LABEL = 'fewer than 5';

/** Default status thresholds (a council may set its own). */
export const DEFAULT_THRESHOLDS = { green: 75, amber: 50 } as const;

export const COMMENT_MAX_CHARS = 500;
/** One transaction holds the response, its counters and each comment: DynamoDB allows 100 items. */
export const MAX_COMMENTS_PER_SUBMISSION = 60;
export const MAX_PROMISES_PER_PLEDGE = 200;
export const PROMISE_TEXT_MAX_CHARS = 1000;

/** Largest request body any route accepts; a 200-promise submission with comments fits well inside. */
export const MAX_BODY_BYTES = 128 * 1024;

/** Days a raw comment is kept before DynamoDB's TTL deletes it (counts stay). */
export const DEFAULT_COMMENT_RETENTION_DAYS = 365;
