import { LARGEST_ROOM as LARGEST_ROOM_PHONES, SECONDS_BETWEEN_VOTES } from '../shared/room';
import { PARTICIPANT_POLL_MS } from '../shared/sessions/timing';

/**
 * How much traffic the edge lets through, worked out from how the product is used rather than guessed.
 * The busiest single address is a school or care home: a room of phones on one Wi-Fi in a live session,
 * each asking for the session's state once a second and voting now and then.
 */
/** WAF counts requests per address over this window. */
export const WAF_WINDOW_SECONDS = 300;

const roomPolls = LARGEST_ROOM_PHONES * ((WAF_WINDOW_SECONDS * 1000) / PARTICIPANT_POLL_MS);
const roomWrites = LARGEST_ROOM_PHONES * (WAF_WINDOW_SECONDS / SECONDS_BETWEEN_VOTES);

export const WAF_LIMITS = {
  /** Sends to the public API (survey submissions, joining, votes) from one address per window. */
  publicWrites: roomWrites,
  /** Any request to the public API (mostly polls) from one address per window: a full room, with half again to spare. */
  publicRequests: Math.ceil(roomPolls * 1.5),
  /** Everything else from one address (pages, assets, staff API): a generous flood guard. */
  everything: Math.ceil(roomPolls * 2),
} as const;

/**
 * The HTTP API's steady rate and burst, shared by every caller: ten full rooms polling at once with
 * headroom. It caps what a flood can cost in Lambda and DynamoDB; raise it when more councils run
 * sessions at the same time.
 */
export const API_THROTTLE = {
  rateLimit: 10 * LARGEST_ROOM_PHONES * (1000 / PARTICIPANT_POLL_MS),
  burstLimit: 20 * LARGEST_ROOM_PHONES * (1000 / PARTICIPANT_POLL_MS),
} as const;
