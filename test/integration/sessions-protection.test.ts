/**
 * A live session protects the room's small groups: no count of a promise before enough answered it, no
 * hands readable after the end, no numbers in the audit log, and a session that ends by itself (idle, or
 * its round closed) taking its join code with it. The server's clock is moved forward here, never slept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { MIN_GROUP_SIZE } from '../../shared/limits';
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
const createSession = (promiseIds: string[]) =>
  ok<SessionWithState>(
    call(fill(API_PATHS.sessions, { councilId: COUNCIL }), {
      method: 'POST',
      token: facilitator,
      body: { roundId: ROUND, promiseIds },
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

const phone = async (sessionId: string) => {
  const participantToken = crypto.randomUUID();
  const joined = await ok<Joined>(
    call(fill(API_PATHS.participants, { sessionId }), { method: 'POST', body: { participantToken } }),
  );
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
  server = await startTestServer({ pages: false, now: () => new Date(Date.now() + skewMs) });
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
    expect((await call(fill(API_PATHS.sessionByCode, { code: session.joinCode }))).status).toBe(404);
    const { session: after } = await ok<SessionWithState>(
      call(fill(API_PATHS.session, one(session.sessionId)), { token: facilitator }),
    );
    expect(after.endedBy).toBe('round-closed');
  });
});
