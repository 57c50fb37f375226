/** One home for the numbers that bound what the product accepts and shows. */

/** Any figure describing fewer than this many responses is replaced by SUPPRESSED_LABEL by the server. */
export const MIN_GROUP_SIZE = 5;
export const SUPPRESSED_LABEL = `fewer than ${MIN_GROUP_SIZE}` as const;
/** The same words at the start of a sentence. */
export const SUPPRESSED_LABEL_START = `Fewer than ${MIN_GROUP_SIZE}` as const;
/** What a figure of a round that is not final yet reads (docs/data-model.md, "Releasing figures"). */
export const NOT_RELEASED_LABEL = 'not released yet' as const;

/**
 * Answers started before a round closed are still taken this many days after the close; the round's
 * figures are final (and first shown) once these days have passed.
 */
export const LATE_ANSWER_DAYS = 7;

/** What a trend reads where it cannot be drawn: the promise is new, or a theme's promises are not the same ones. */
export const NOT_COMPARABLE_LABEL = 'not comparable: the pledge changed' as const;

/**
 * The correlation assumed between two answers of one young person to different promises, for the design effect of
 * pooled figures (shared/scoring/pooled.ts, docs/methods.md). 0.3 is at the upper end of what satisfaction surveys
 * of services report between items of one respondent, so pooled intervals err on the wide side.
 */
export const POOLED_ICC = 0.3;

/** Default status thresholds (a council may set its own). */
export const DEFAULT_THRESHOLDS = { green: 75, amber: 50 } as const;
/**
 * A status is drawn as a bold badge only when its 95% interval lies wholly within its band and it rests on at least
 * this many answers; otherwise it is drawn as an outline, so a board does not repeat a red from a handful of people.
 */
export const FIRM_STATUS_MIN_N = 20;

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

/**
 * A survey in progress on a phone that nobody has touched for this long is wiped from it: phones and
 * tablets are shared, and the next person must not find the last one's answers.
 */
export const PROGRESS_IDLE_MS = 60 * 60_000;
/** How often an open survey page looks whether its progress has gone idle (and whenever it is shown again). */
export const PROGRESS_IDLE_CHECK_MS = 30_000;

/** Days a raw comment is kept before DynamoDB's TTL deletes it (counts stay). */
export const DEFAULT_COMMENT_RETENTION_DAYS = 365;
/** How long a council may keep comments: long enough to moderate them, at most ten years. */
export const COMMENT_RETENTION_DAYS = { min: 30, max: 3650 } as const;
/** Help contacts a council may list on young people's pages (after Childline, always first). */
export const MAX_HELP_CONTACTS = 10;

/** A theme's benchmark (the median of other councils) is shown only when at least this many other live councils contribute. */
export const MIN_BENCHMARK_COUNCILS = 5;
/** A council counts towards the benchmark only from a final round that heard from at least this many young people. */
export const MIN_BENCHMARK_YOUNG_PEOPLE = 20;
/** The benchmark's median is shown rounded to the nearest this many points, so no council's own score is read back. */
export const BENCHMARK_ROUNDING_POINTS = 5;
/** A council's theme summary older than this no longer counts towards other councils' benchmarks. */
export const BENCHMARK_MAX_AGE_DAYS = 730;
/** Approved comments read for one round's scorecard: moderation is done by people, so this is never reached in practice. */
export const MAX_SHOWN_COMMENTS_PER_ROUND = 2000;
export const ACTION_TEXT_MAX_CHARS = 500;
/**
 * Before closing a round, the admin is told how many young people sent answers in this many hours (in steps
 * of MIN_GROUP_SIZE): about as many may be part-way through on their phones, and lose what they have not sent.
 */
export const RECENT_ANSWERS_HOURS = 24;

/**
 * How long an urgent comment may wait before someone says they have seen its alert (a council sets its own):
 * past it, the queue marks it and the safeguarding lead is alerted again, every such period until someone does.
 */
export const URGENT_ACKNOWLEDGE_MINUTES = { min: 15, max: 24 * 60, default: 60 } as const;
/** How long the moderation page offers "Undo" after a decision. */
export const UNDO_OFFER_SECONDS = 10;
/** How long after a decision the server still undoes it: more than the offer, so a slow connection still gets there. */
export const UNDO_WINDOW_SECONDS = 60;
/** A referral's note (what was done under the safeguarding procedure, never what the young person said). */
export const REFERRAL_NOTE_MAX_CHARS = 500;
/** Why a comment was rejected or withdrawn from the board, for the audit log and the other moderators. */
export const DECISION_REASON_MAX_CHARS = 300;
/** Comments of the moderation queue or the decided list read in one page. */
export const MODERATION_PAGE = { default: 20, max: 100 } as const;

/** Staff ID tokens living longer than this, or without an expiry, are refused whoever signed them. */
export const STAFF_TOKEN_MAX_LIFETIME_SECONDS = 3600;
/**
 * Each server keeps a member of staff's "access changed at" time in memory this long, so a removal or
 * role change made on one server is seen by every other within it (on the server that made it, at once).
 */
export const STAFF_ACCESS_CACHE_MS = 10_000;
/** What the product promises: a removal or role change takes effect on every staff route within this. */
export const STAFF_ACCESS_CHANGE_BITES_WITHIN_MS = 60_000;

/**
 * How long CloudFront (and a phone) may keep a council's survey data and its "you said, we did": fresh for
 * `freshSeconds`, then served stale for up to `staleSeconds` more while a fresh copy is fetched in the
 * background. A change by staff, or a round opening or closing at its set time, is seen by everyone within
 * their sum and the function's own few seconds (CACHE_TTL_MS in functions/store/cached-store.ts): a
 * minute. Time-based openings write nothing, so no invalidation could announce them: a short lifetime is
 * the only rule that covers both.
 */
export const EDGE_CACHE = { freshSeconds: 25, staleSeconds: 30 } as const;
export const EDGE_CACHE_CONTROL =
  `public, max-age=${EDGE_CACHE.freshSeconds}, stale-while-revalidate=${EDGE_CACHE.staleSeconds}` as const;

/** Edits of the pledge preview that "Undo" can take back, most recent first. */
export const DRAFT_UNDO_STEPS = 20;
/**
 * Promises and section titles reading above this school grade (Flesch–Kincaid) are hard for the youngest
 * (8-year-olds read at about grade 3): the preview asks for easy-read text, and publishing warns without it.
 */
export const EASY_READ_MAX_GRADE = 6;

/** Promises one young person is asked when the round does not say and the pledge has more (shared/survey/short-set.ts). */
export const DEFAULT_PROMISES_PER_PERSON = 12;
/** How many more promises "Rate some more?" adds at a time. */
export const MORE_PROMISES_STEP = 4;
/** About how long one promise takes to read and answer, for "12 questions, about 4 minutes". */
export const SECONDS_PER_PROMISE = 20;
