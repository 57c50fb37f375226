/** One home for the numbers that bound what the product accepts and shows. */

/** Any figure describing fewer than this many responses is replaced by SUPPRESSED_LABEL by the server. */
export const MIN_GROUP_SIZE = 5;
export const SUPPRESSED_LABEL = `fewer than ${MIN_GROUP_SIZE}` as const;
/** The same words at the start of a sentence. */
export const SUPPRESSED_LABEL_START = `Fewer than ${MIN_GROUP_SIZE}` as const;

/**
 * Answers started before a round closed are still taken this many days after the close; the round's
 * figures are final (and first shown) once these days have passed.
 */
export const LATE_ANSWER_DAYS = 7;

/** Default status thresholds (a council may set its own). */
export const DEFAULT_THRESHOLDS = { green: 75, amber: 50 } as const;

export const COMMENT_MAX_CHARS = 500;
/** One transaction holds the response, its counters and each comment: DynamoDB allows 100 items. */
export const MAX_COMMENTS_PER_SUBMISSION = 60;
export const MAX_PROMISES_PER_PLEDGE = 200;
export const PROMISE_TEXT_MAX_CHARS = 1000;

/** Largest request body any route accepts; a 200-promise submission with comments fits well inside. */
export const MAX_BODY_BYTES = 128 * 1024;

/**
 * The API answers every request within this, with 503 and Retry-After when the store has not answered in
 * time, so no device waits past its own timeout (the shortest is a session vote's, 8 s) and then retries.
 */
export const REQUEST_DEADLINE_MS = 6_000;
/** A request body still arriving after this is answered 408 (a 128 KB body takes 16 s at 64 kbit/s; answers are far smaller). */
export const REQUEST_BODY_TIMEOUT_MS = 15_000;

/** Days a raw comment is kept before DynamoDB's TTL deletes it (counts stay). */
export const DEFAULT_COMMENT_RETENTION_DAYS = 365;
/** How long a council may keep comments: long enough to moderate them, at most ten years. */
export const COMMENT_RETENTION_DAYS = { min: 30, max: 3650 } as const;
/** Help contacts a council may list on young people's pages (after Childline, always first). */
export const MAX_HELP_CONTACTS = 10;

/** A theme's benchmark (the median of other councils) is shown only when at least this many other councils contribute. */
export const MIN_BENCHMARK_COUNCILS = 3;
/** A council's theme summary older than this no longer counts towards other councils' benchmarks. */
export const BENCHMARK_MAX_AGE_DAYS = 730;
/** Approved comments read for one round's scorecard: moderation is done by people, so this is never reached in practice. */
export const MAX_SHOWN_COMMENTS_PER_ROUND = 2000;
export const ACTION_TEXT_MAX_CHARS = 500;

/** Edits of the pledge preview that "Undo" can take back, most recent first. */
export const DRAFT_UNDO_STEPS = 20;
/**
 * Promises and section titles reading above this school grade (Flesch–Kincaid) are hard for the youngest
 * (8-year-olds read at about grade 3): the preview asks for easy-read text, and publishing warns without it.
 */
export const EASY_READ_MAX_GRADE = 6;
