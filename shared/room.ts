/**
 * How the product is used at its busiest, the figures both the API's rate limits (shared/rate-limits.ts)
 * and the edge's limits (infra/traffic-limits.ts) are worked out from: a school, care home or youth club
 * on one Wi-Fi, a room of young people in a live session.
 */

/** Young people (and so phones) in the largest room behind one network address. */
export const LARGEST_ROOM = 100;
/** A phone votes, or changes its vote, at most about once every this many seconds in a session. */
export const SECONDS_BETWEEN_VOTES = 10;
