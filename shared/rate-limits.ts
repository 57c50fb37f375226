import { API_PATHS } from './api-paths';
import { LARGEST_ROOM, SECONDS_BETWEEN_VOTES } from './room';

/**
 * How many anonymous writes one network may make. Figures come from how the product is used: the
 * busiest single address is a school, care home or youth club on one Wi-Fi, with a room of up to 100
 * young people. A refused request is answered 429 with Retry-After; the survey keeps the answers on the
 * phone and sends them after the wait, so a limit delays an answer but never loses it.
 */
export interface RateLimitPolicy {
  /** Part of the counter's key: each policy counts apart. */
  name: string;
  limit: number;
  windowSeconds: number;
}

const WINDOW_SECONDS = 600;

export const RATE_LIMITS = {
  /** A whole room sends its answers in the same ten minutes (replays of a send count too). */
  surveySend: { name: 'survey-send', limit: LARGEST_ROOM, windowSeconds: WINDOW_SECONDS },
  /**
   * Checking a one-time code: a room with cards, with typos. A guesser gets 60 tries in ten minutes; with
   * 500 unused codes among 31⁸ possible, a day of guessing from one network finds one with a chance of
   * about 1 in 200,000.
   */
  codeCheck: { name: 'code-check', limit: 60, windowSeconds: WINDOW_SECONDS },
  /**
   * Join codes looked up that open no session. A room mistypes a few; a guesser is stopped after 30 in ten
   * minutes (and then refused even a right code): with 24⁶ codes and a handful of sessions live at once,
   * a day of guessing from one network finds one with a chance of about 1 in 10,000.
   */
  codeLookupMiss: { name: 'code-lookup-miss', limit: 30, windowSeconds: WINDOW_SECONDS },
  /** Joining a live session, and joining again after a phone reloads the page. */
  sessionJoin: { name: 'session-join', limit: 3 * LARGEST_ROOM, windowSeconds: WINDOW_SECONDS },
  /** Votes in a session: every phone in the room votes, or changes its vote, every SECONDS_BETWEEN_VOTES. */
  sessionVote: {
    name: 'session-vote',
    limit: LARGEST_ROOM * (WINDOW_SECONDS / SECONDS_BETWEEN_VOTES),
    windowSeconds: WINDOW_SECONDS,
  },
  /** Any other anonymous write (a route added later is covered by this until it gets its own). */
  otherWrite: { name: 'public-write', limit: 60, windowSeconds: WINDOW_SECONDS },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitPolicies = { [K in keyof typeof RATE_LIMITS]: RateLimitPolicy };

/** Which policy each public write route uses, by its OpenAPI path; other public writes use `otherWrite`. */
export const RATE_LIMITED_ROUTES: { method: string; path: string; policy: keyof typeof RATE_LIMITS }[] = [
  { method: 'POST', path: API_PATHS.responses, policy: 'surveySend' },
  { method: 'POST', path: API_PATHS.accessCodeCheck, policy: 'codeCheck' },
  { method: 'POST', path: API_PATHS.participants, policy: 'sessionJoin' },
  { method: 'PUT', path: API_PATHS.vote, policy: 'sessionVote' },
];
