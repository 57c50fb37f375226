/** One home for the session's clocks and sizes, read by the server, the pages and the benchmark. */

/** A phone asks "has anything changed?" this often while the page is in view, and follows "next" within about this long. */
export const PARTICIPANT_POLL_MS = 1_000;
/** When the phone's page is hidden (screen off, another app) it asks far less often. */
export const PARTICIPANT_HIDDEN_POLL_MS = 5_000;
/** The presenter's counts refresh this often. One screen per session, so it can afford to be quicker. */
export const PRESENTER_POLL_MS = 700;

/** A join code lasts this long after the session is made: after it, nobody new can join. */
export const SESSION_LIFETIME_DAYS = 7;

/** Hands counted for one answer in a room: more than any room holds, small enough to catch a typing slip. */
export const MAX_HANDS_PER_ANSWER = 500;

export const SESSION_NAME_MAX_CHARS = 120;

/**
 * A session nobody has moved on (no start, next, close, results or tally) for this long ends by itself,
 * and so does every session of a round once the round closes: its join code dies with it.
 */
export const SESSION_IDLE_HOURS = 4;
