/**
 * One In Care Council session running beside the survey load: a facilitator steps through promises, and
 * every phone follows the state (polling with If-None-Match, as the join page does) and votes, a third of
 * them changing their mind. Votes are sent by the join page's rules (web/src/join/use-live-session.ts): the
 * same vote number is retried after no connection or a 503, a few times; when the page gives up, the
 * person taps again, which is a new number. The facilitator's steps are retried the same way. The room
 * keeps going, promise after promise, until told to stop, so it runs through the store's outage.
 */
import { API_PATHS, fill } from '../../shared/api-paths';
import { RATINGS, type Rating } from '../../shared/rating';
import { LARGEST_ROOM } from '../../shared/room';
import { SESSION_GROUPS } from '../../shared/sessions/groups';
import type {
  Joined,
  PublicState,
  SessionStateView,
  SessionWithState,
  VoteReceipt,
} from '../../shared/sessions/schemas';
import { PARTICIPANT_POLL_MS } from '../../shared/sessions/timing';
import { isRetryable, type Kind, request, sleep } from './meter';

/** The join page's own: six tries, waits growing by 0.8 s up to 4 s, an 8 s timeout. */
const PAGE_VOTE_TRIES = 6;
export const VOTE_TIMEOUT_MS = 8_000;
const STAFF_TIMEOUT_MS = 10_000;
const CHANGE_SHARE = 1 / 3;

export interface RoomResult {
  sessionId: string;
  phones: number;
  promisesVoted: string[];
  /** What each phone was last told counts, per promise: what the round's counters must hold. */
  finalVotes: Map<string, Rating>[];
  voteTaps: number;
  voteRetries: number;
  /** Times the page gave up on a vote and the person tapped again. */
  retaps: number;
}

interface Phone {
  token: string;
  seq: number;
  etag: string | null;
  final: Map<string, Rating>;
  timer?: ReturnType<typeof setTimeout>;
}

const pick = (): Rating => RATINGS[Math.floor(Math.random() * RATINGS.length)]!;

/** A request retried until it is answered with something other than "try later". */
const untilAnswered = async <T>(base: string, kind: Kind, path: string, init: Parameters<typeof request>[3]) => {
  for (;;) {
    const got = await request<T>(base, kind, path, init);
    if (!isRetryable(got.result)) return got;
    await sleep(Math.max(1_000, Number(got.retryAfter ?? 0) * 1_000));
  }
};

export const runRoom = async (options: {
  base: string;
  councilId: string;
  roundId: string;
  token: string;
  phones: number;
  promiseIds: string[];
  /** Asked before each promise: false ends the session. */
  keepGoing: () => boolean;
}): Promise<RoomResult> => {
  const { base, token } = options;
  const staffBase = `/api/staff/councils/${options.councilId}/sessions`;
  const created = await untilAnswered<SessionWithState>(base, 'staff', staffBase, {
    method: 'POST',
    token,
    body: {
      roundId: options.roundId,
      name: 'Load test room',
      promiseIds: options.promiseIds,
      roomSize: LARGEST_ROOM,
      mode: 'phones',
    },
    timeoutMs: STAFF_TIMEOUT_MS,
  });
  if (created.result !== 201 || !created.body)
    throw new Error(`The session could not be made: ${created.result} ${JSON.stringify(created.body)}`);
  const sessionId = created.body.session.sessionId;
  let state: SessionStateView = created.body.state;

  /** A step of the facilitator; after a 409 (someone else's step, or our own that went through unheard) the state is read again. */
  const control = async (action: 'next' | 'close-voting' | 'end', done: (s: SessionStateView) => boolean) => {
    for (;;) {
      const got = await untilAnswered<SessionStateView>(base, 'control', `${staffBase}/${sessionId}/control`, {
        method: 'POST',
        token,
        body: { action, version: state.version },
        timeoutMs: STAFF_TIMEOUT_MS,
      });
      if (got.result === 200 && got.body) {
        state = got.body;
        return;
      }
      const now = await untilAnswered<SessionWithState>(base, 'staff', `${staffBase}/${sessionId}`, {
        token,
        timeoutMs: STAFF_TIMEOUT_MS,
      });
      if (now.result !== 200 || !now.body) throw new Error(`The session could not be read: ${now.result}`);
      state = now.body.state;
      if (done(state)) return;
    }
  };

  const phones: Phone[] = await Promise.all(
    Array.from({ length: options.phones }, async (_, i) => {
      const phone: Phone = { token: crypto.randomUUID(), seq: 0, etag: null, final: new Map() };
      const joined = await untilAnswered<Joined>(base, 'join', `/api/public/sessions/${sessionId}/participants`, {
        method: 'POST',
        body: { participantToken: phone.token, group: SESSION_GROUPS[i % SESSION_GROUPS.length] },
        timeoutMs: VOTE_TIMEOUT_MS,
      });
      if (joined.result !== 200)
        throw new Error(`A phone could not join: ${joined.result} ${JSON.stringify(joined.body)}`);
      return phone;
    }),
  );

  // Every phone follows the state once a second, spread over the second as phones open the page at different moments.
  let following = true;
  const follow = async (phone: Phone) => {
    const got = await request<PublicState>(base, 'poll', `/api/public/sessions/${sessionId}/state`, {
      etag: phone.etag,
      timeoutMs: VOTE_TIMEOUT_MS,
    });
    if (got.result === 200) phone.etag = got.headers?.get('etag') ?? null;
    if (following) phone.timer = setTimeout(() => void follow(phone), PARTICIPANT_POLL_MS);
  };
  for (const phone of phones) phone.timer = setTimeout(() => void follow(phone), Math.random() * PARTICIPANT_POLL_MS);

  let voteTaps = 0;
  let voteRetries = 0;
  let retaps = 0;
  /** One tap, sent as the page sends it; true when the page was told it counts. */
  const send = async (phone: Phone, promiseId: string, rating: Rating, seq: number): Promise<boolean> => {
    for (let attempt = 0; attempt < PAGE_VOTE_TRIES; attempt++) {
      if (attempt > 0) voteRetries++;
      const got = await request<VoteReceipt>(base, 'vote', `/api/public/sessions/${sessionId}/votes/${promiseId}`, {
        method: 'PUT',
        body: { participantToken: phone.token, rating, seq },
        timeoutMs: VOTE_TIMEOUT_MS,
      });
      if (got.result === 200 && got.body) {
        if (got.body.seq >= seq) phone.final.set(promiseId, got.body.rating);
        return true;
      }
      if (got.result !== 'network' && got.result !== 'timeout' && got.result !== 503)
        throw new Error(`A vote was refused: ${got.result} ${JSON.stringify(got.body)}`);
      await sleep(Math.min(4_000, 800 * (attempt + 1)));
    }
    return false;
  };
  /** A person taps until the page says the vote is in. */
  const tap = async (phone: Phone, promiseId: string, rating: Rating) => {
    for (;;) {
      voteTaps++;
      if (await send(phone, promiseId, rating, ++phone.seq)) return;
      retaps++;
      await sleep(1_000 + Math.random() * 1_000);
    }
  };

  const promisesVoted: string[] = [];
  for (const promiseId of options.promiseIds) {
    if (!options.keepGoing()) break;
    await control('next', (s) => s.promiseId === promiseId && s.votingOpen);
    await Promise.all(
      phones.map(async (phone) => {
        await sleep(300 + Math.random() * 2_000);
        const first = pick();
        await tap(phone, promiseId, first);
        if (Math.random() < CHANGE_SHARE) {
          await sleep(300 + Math.random() * 700);
          await tap(phone, promiseId, RATINGS[(RATINGS.indexOf(first) + 1) % RATINGS.length]!);
        }
      }),
    );
    await control('close-voting', (s) => s.promiseId === promiseId && !s.votingOpen);
    promisesVoted.push(promiseId);
  }
  await control('end', (s) => s.status === 'ended');
  // The facilitator checks the counts, as the sessions page asks: from then on the scorecard counts them.
  const confirmed = await untilAnswered(
    base,
    'staff',
    fill(API_PATHS.sessionConfirm, { councilId: options.councilId, sessionId }),
    {
      method: 'POST',
      token,
      timeoutMs: STAFF_TIMEOUT_MS,
    },
  );
  if (confirmed.result !== 200) throw new Error(`The session's counts could not be confirmed: ${confirmed.result}`);
  following = false;
  for (const phone of phones) clearTimeout(phone.timer);
  return {
    sessionId,
    phones: phones.length,
    promisesVoted,
    finalVotes: phones.map((p) => p.final),
    voteTaps,
    voteRetries,
    retaps,
  };
};
