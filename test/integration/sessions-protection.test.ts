/**
 * A live session protects the room's small groups: no count of a promise before enough answered it, no
 * hands readable after the end, no numbers in the audit log, and a session that ends by itself (idle, or
 * its round closed) taking its join code with it. The server's clock is moved forward here, never slept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedSessionIds, confirmedSessions } from '../../functions/api/services/sessions';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { MIN_GROUP_SIZE } from '../../shared/limits';
import { RATE_LIMITS } from '../../shared/rate-limits';
import { JOIN_CODE_ALPHABET } from '../../shared/sessions/join-code';
import type { Joined, Live, PublicState, SessionWithState } from '../../shared/sessions/schemas';
import { SESSION_IDLE_HOURS } from '../../shared/sessions/timing';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const COUNCIL = DEMO_COUNCIL.councilId;
const HOUR_MS = 3_600_000;
let server: LocalServer;
let facilitator: string;
let skewMs = 0;

const call = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
};
const ok = async <T>(res: Response | Promise<Response>, status = 200): Promise<T> => {
  const r = await res;
  const body = (await r.json()) as T;
  expect(r.status, JSON.stringify(body)).toBe(status);
  return body;
};
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

const one = (sessionId: string) => ({ councilId: COUNCIL, sessionId });
const createSession = (promiseIds: string[], room: { roomSize?: number; mode?: string } = {}) =>
  ok<SessionWithState>(
    call(fill(API_PATHS.sessions, { councilId: COUNCIL }), {
      method: 'POST',
      token: facilitator,
      body: { roundId: ROUND, promiseIds, roomSize: 30, mode: 'phones-and-hands', ...room },
    }),
    201,
  );
const control = async (sessionId: string, action: string) => {
  const { state } = await ok<SessionWithState>(call(fill(API_PATHS.session, one(sessionId)), { token: facilitator }));
  return ok<SessionWithState['state']>(
    call(fill(API_PATHS.sessionControl, one(sessionId)), {
      method: 'POST',
      token: facilitator,
      body: { action, version: state.version },
    }),
  );
};
const live = (sessionId: string) => ok<Live>(call(fill(API_PATHS.sessionLive, one(sessionId)), { token: facilitator }));
const setHands = (sessionId: string, promiseId: string, counts: Record<string, number>) =>
  call(fill(API_PATHS.sessionTally, { ...one(sessionId), promiseId }), {
    method: 'PUT',
    token: facilitator,
    body: { counts },
  });
const phoneState = (sessionId: string) => ok<PublicState>(call(fill(API_PATHS.publicSessionState, { sessionId })));

const join = (sessionId: string, participantToken: string = crypto.randomUUID()) =>
  call(fill(API_PATHS.participants, { sessionId }), { method: 'POST', body: { participantToken } });
const phone = async (sessionId: string) => {
  const participantToken = crypto.randomUUID();
  const joined = await ok<Joined>(join(sessionId, participantToken));
  let seq = 0;
  return {
    joined,
    vote: (promiseId: string, rating: string) =>
      call(fill(API_PATHS.vote, { sessionId, promiseId }), {
        method: 'PUT',
        body: { participantToken, rating, seq: ++seq },
      }),
  };
};

beforeAll(async () => {
  server = await startTestServer({
    pages: false,
    rateLimits: RATE_LIMITS,
    now: () => new Date(Date.now() + skewMs),
  });
  facilitator = await loginToken(server, demoEmail('facilitator'));
});
afterAll(() => server.close());

describe('the presenter while the room votes', () => {
  it(`shows no count of a promise until ${MIN_GROUP_SIZE} phones answered it, or a show of ${MIN_GROUP_SIZE} hands`, async () => {
    const { session } = await createSession(['p_reply', 'p_explain']);
    const phones = await Promise.all(Array.from({ length: MIN_GROUP_SIZE }, () => phone(session.sessionId)));
    await control(session.sessionId, 'next');
    await control(session.sessionId, 'show-results');
    for (const p of phones.slice(0, MIN_GROUP_SIZE - 1)) await ok(p.vote('p_reply', 'no'));
    const few = await live(session.sessionId);
    // The room sees how many voted (its progress), never what so few said.
    expect(few.voted).toBe(MIN_GROUP_SIZE - 1);
    expect(few.counts?.p_reply?.phones ?? null).toBeNull();
    expect(JSON.stringify(few)).not.toMatch(/"no":\s*[1-9]/);

    await ok(phones.at(-1)!.vote('p_reply', 'yes'));
    expect((await live(session.sessionId)).counts?.p_reply?.phones).toEqual({
      yes: 1,
      sometimes: 0,
      no: MIN_GROUP_SIZE - 1,
      dontknow: 0,
    });

    await ok(setHands(session.sessionId, 'p_reply', { yes: 1, sometimes: 1, no: 1, dontknow: 0 }));
    expect((await live(session.sessionId)).counts?.p_reply?.hands ?? null).toBeNull();
    await ok(setHands(session.sessionId, 'p_reply', { yes: 2, sometimes: 1, no: 1, dontknow: 1 }));
    expect((await live(session.sessionId)).counts?.p_reply?.hands).toEqual({
      yes: 2,
      sometimes: 1,
      no: 1,
      dontknow: 1,
    });
  });
});

describe('after the session ends', () => {
  it('the hands are no longer readable or changeable, the audit log says a tally changed but not its numbers, and the summary is final', async () => {
    const { session } = await createSession(['p_family']);
    await control(session.sessionId, 'next');
    await ok(setHands(session.sessionId, 'p_family', { yes: 3, sometimes: 0, no: 1, dontknow: 0 }));
    const tallies = fill(API_PATHS.sessionTallies, one(session.sessionId));
    expect(
      (await ok<{ counts: Record<string, unknown> }>(call(tallies, { token: facilitator }))).counts,
    ).toHaveProperty('p_family');
    const early = await call(fill(API_PATHS.sessionSummary, one(session.sessionId)), { token: facilitator });
    expect([early.status, (await errorOf(early)).message]).toEqual([
      409,
      expect.stringMatching(/once the session has ended/),
    ]);

    await control(session.sessionId, 'end');
    const gone = await call(tallies, { token: facilitator });
    expect(gone.status).toBe(410);
    expect((await errorOf(gone)).message).toMatch(/has ended.*summary/);
    const late = await setHands(session.sessionId, 'p_family', { yes: 9, sometimes: 0, no: 0, dontknow: 0 });
    expect([late.status, (await errorOf(late)).code]).toEqual([409, 'ended']);

    const entries = await server.store.audit.list(COUNCIL, 200);
    const tally = entries.filter((e) => e.action === 'session.tally' && e.target === session.sessionId);
    expect(tally).toHaveLength(1);
    expect(tally[0]!.details).toEqual({ promiseId: 'p_family' });

    const summary = await ok<{ promises: { figures: unknown }[] }>(
      call(fill(API_PATHS.sessionSummary, one(session.sessionId)), { token: facilitator }),
    );
    expect(summary.promises[0]!.figures).toEqual({ suppressed: true, label: `fewer than ${MIN_GROUP_SIZE}` });
  });
});

describe('a room nobody can stuff', () => {
  it('takes at most as many phones as the room holds: 40 join-and-vote pairs from one network into a room of 15 count 15', async () => {
    const before = await server.store.aggregates.read(ROUND);
    const { session } = await createSession(['p_home'], { roomSize: 15, mode: 'phones' });
    await control(session.sessionId, 'next');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const participantToken = crypto.randomUUID();
        const joined = await join(session.sessionId, participantToken);
        const vote = await call(fill(API_PATHS.vote, { sessionId: session.sessionId, promiseId: 'p_home' }), {
          method: 'PUT',
          body: { participantToken, rating: 'no', seq: 1 },
        });
        return [joined.status, vote.status, joined.status === 409 ? (await errorOf(joined)).code : null] as const;
      }),
    );
    expect(outcomes.filter(([j, v]) => j === 200 && v === 200)).toHaveLength(15);
    expect(outcomes.filter(([j, , code]) => j === 409 && code === 'room_full')).toHaveLength(25);
    const after = await server.store.aggregates.read(ROUND);
    const no = (t: typeof after) => t.promises.get('p_home')?.bySource['session-vote'].no ?? 0;
    expect(no(after) - no(before)).toBe(15);
    expect(after.responses.bySource['session-vote'] - before.responses.bySource['session-vote']).toBe(15);
    const full = await join(session.sessionId);
    expect((await errorOf(full)).message).toMatch(/This session is full/);

    await control(session.sessionId, 'end');
    const summary = await ok<{ refusedJoins: number; joinsFarExceeded: boolean }>(
      call(fill(API_PATHS.sessionSummary, one(session.sessionId)), { token: facilitator }),
    );
    expect(summary).toMatchObject({ refusedJoins: 26, joinsFarExceeded: true });
  });

  it('lets a phone that was in come back once the room is locked, and nobody new', async () => {
    const { session } = await createSession(['p_identity']);
    const token = crypto.randomUUID();
    await ok(join(session.sessionId, token));
    const locked = await control(session.sessionId, 'lock-room');
    expect(locked.locked).toBe(true);
    const stranger = await join(session.sessionId);
    expect([stranger.status, (await errorOf(stranger)).code]).toEqual([409, 'room_locked']);
    await ok(join(session.sessionId, token));
    await control(session.sessionId, 'unlock-room');
    await ok(join(session.sessionId));
    await control(session.sessionId, 'end');
    const summary = await ok<{ refusedJoins: number; joinsFarExceeded: boolean }>(
      call(fill(API_PATHS.sessionSummary, one(session.sessionId)), { token: facilitator }),
    );
    expect(summary).toMatchObject({ refusedJoins: 1, joinsFarExceeded: false });
  });

  it('stops a network that keeps trying codes that open nothing, even when it then hits a right one', async () => {
    const { session } = await createSession(['p_health']);
    const lookups: number[] = [];
    for (let i = 0; i < RATE_LIMITS.codeLookupMiss.limit + 5; i++) {
      const guess = `${JOIN_CODE_ALPHABET[i % 24]}${JOIN_CODE_ALPHABET[(i + 7) % 24]}ACDE`;
      if (guess === session.joinCode) continue;
      lookups.push((await call(fill(API_PATHS.sessionByCode, { code: guess }))).status);
    }
    expect(lookups.filter((s) => s === 404)).toHaveLength(RATE_LIMITS.codeLookupMiss.limit);
    expect(lookups.filter((s) => s === 429).length).toBeGreaterThan(0);
    const right = await call(fill(API_PATHS.sessionByCode, { code: session.joinCode }));
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBeTruthy();
    skewMs += RATE_LIMITS.codeLookupMiss.windowSeconds * 1000; // the next window starts afresh
    await ok(call(fill(API_PATHS.sessionByCode, { code: session.joinCode })));
  });
});

describe('hands counted once', () => {
  it('a phones session takes no hands, a hands session no phones, and hands never exceed the room', async () => {
    const phones = (await createSession(['p_reply'], { mode: 'phones' })).session;
    await control(phones.sessionId, 'next');
    const hands = await setHands(phones.sessionId, 'p_reply', { yes: 1, sometimes: 0, no: 0, dontknow: 0 });
    expect([hands.status, (await errorOf(hands)).message]).toEqual([409, expect.stringMatching(/phones only/)]);

    const room = (await createSession(['p_reply'], { mode: 'hands', roomSize: 10 })).session;
    const refused = await join(room.sessionId);
    expect([refused.status, (await errorOf(refused)).message]).toEqual([409, expect.stringMatching(/show of hands/)]);
    await control(room.sessionId, 'next');
    const over = await setHands(room.sessionId, 'p_reply', { yes: 6, sometimes: 3, no: 2, dontknow: 0 });
    expect([over.status, (await errorOf(over)).message]).toEqual([
      422,
      expect.stringMatching(/11 hands.*10 young people/),
    ]);
    await ok(setHands(room.sessionId, 'p_reply', { yes: 6, sometimes: 2, no: 2, dontknow: 0 }));
  });

  it('with phones and hands, counts hands only of the people without a phone, beside the phones that joined', async () => {
    const { session } = await createSession(['p_explain'], { mode: 'phones-and-hands', roomSize: 8 });
    const phones = await Promise.all(Array.from({ length: 5 }, () => phone(session.sessionId)));
    await control(session.sessionId, 'next');
    for (const p of phones) await ok(p.vote('p_explain', 'yes'));
    const twice = await setHands(session.sessionId, 'p_explain', { yes: 4, sometimes: 0, no: 0, dontknow: 0 });
    expect([twice.status, (await errorOf(twice)).message]).toEqual([
      422,
      expect.stringMatching(/only 3 of the 8 young people.*without a phone/),
    ]);
    await ok(setHands(session.sessionId, 'p_explain', { yes: 1, sometimes: 1, no: 1, dontknow: 0 }));
  });

  it('reach the board only once the facilitator checked them at the end', async () => {
    const { session } = await createSession(['p_things'], { mode: 'phones-and-hands', roomSize: 12 });
    await control(session.sessionId, 'next');
    await ok(setHands(session.sessionId, 'p_things', { yes: 2, sometimes: 2, no: 2, dontknow: 0 }));
    const confirm = () =>
      call(fill(API_PATHS.sessionConfirm, one(session.sessionId)), { method: 'POST', token: facilitator });
    const early = await confirm();
    expect([early.status, (await errorOf(early)).message]).toEqual([
      409,
      expect.stringMatching(/End the session first/),
    ]);
    await control(session.sessionId, 'end');
    expect((await confirmedSessionIds(server.deps, ROUND)).includes(session.sessionId)).toBe(false);
    const checked = await ok<{ countsConfirmedAt: string | null; confirmedSources: string[] }>(confirm());
    expect(checked.countsConfirmedAt).toBeTruthy();
    expect(await confirmedSessions(server.deps, ROUND)).toContainEqual({
      sessionId: session.sessionId,
      countsConfirmedAt: checked.countsConfirmedAt,
      sources: ['session-vote', 'session-tally'],
    });
    const audit = await server.store.audit.list(COUNCIL, 200);
    expect(audit.some((e) => e.action === 'session.confirm' && e.target === session.sessionId)).toBe(true);
  });
});

describe('a session ends by itself', () => {
  it(`${SESSION_IDLE_HOURS} hours after the facilitator's last step, and its join code dies with it`, async () => {
    const { session } = await createSession(['p_school']);
    const a = await phone(session.sessionId);
    await control(session.sessionId, 'next');
    skewMs += SESSION_IDLE_HOURS * HOUR_MS - 60_000;
    expect((await phoneState(session.sessionId)).status).toBe('live');
    await ok(call(fill(API_PATHS.sessionByCode, { code: session.joinCode })));

    skewMs += 2 * 60_000;
    expect((await phoneState(session.sessionId)).status).toBe('ended');
    const lookup = await call(fill(API_PATHS.sessionByCode, { code: session.joinCode }));
    expect([lookup.status, (await errorOf(lookup)).message]).toEqual([
      404,
      expect.stringMatching(/No session has this code/),
    ]);
    expect((await errorOf(await a.vote('p_school', 'yes'))).code).toBe('ended');
    expect((await live(session.sessionId)).counts).toBeNull();
    const { session: after } = await ok<SessionWithState>(
      call(fill(API_PATHS.session, one(session.sessionId)), { token: facilitator }),
    );
    expect(after.endedBy).toBe('idle');
    // Nobody checked it: its phones reach the board, its hands (if any) wait for the facilitator.
    expect(after.confirmedSources).toEqual(['session-vote']);
    expect(await confirmedSessionIds(server.deps, ROUND)).toContain(session.sessionId);
    expect(Date.parse(after.endedAt!)).toBeLessThan(Date.now() + skewMs);
  });

  it('when its round closes: phones are thanked, nobody new is counted and the code is dead', async () => {
    const { session } = await createSession(['p_pep']);
    const a = await phone(session.sessionId);
    await control(session.sessionId, 'next');
    const admin = await loginToken(server, demoEmail('council-admin'));
    await ok(
      call(fill(API_PATHS.roundClose, { councilId: COUNCIL, roundId: ROUND }), { method: 'POST', token: admin }),
    );
    skewMs += 60_000; // past the few seconds every instance is given to agree it is closed
    expect((await phoneState(session.sessionId)).status).toBe('ended');
    expect((await errorOf(await a.vote('p_pep', 'no'))).code).toBe('ended');
    // A new phone is thanked, never counted.
    const late = await ok<Joined>(join(session.sessionId));
    expect(late.state.status).toBe('ended');
    expect((await call(fill(API_PATHS.sessionByCode, { code: session.joinCode }))).status).toBe(404);
    const { session: after } = await ok<SessionWithState>(
      call(fill(API_PATHS.session, one(session.sessionId)), { token: facilitator }),
    );
    expect(after.endedBy).toBe('round-closed');
  });
});
