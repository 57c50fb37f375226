import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { MAX_BODY_BYTES } from '../../shared/limits';
import { totalResponses, totalsByPromise } from '../../shared/scoring/tally';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const CLOSED_ROUND = 'r_riverside_closed';
let server: LocalServer;

const post = (path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const submit = (body: unknown, round = ROUND) => post(`/api/public/rounds/${round}/responses`, body);
const answer = (ratings: Record<string, string>) => ({ submissionId: crypto.randomUUID(), ratings });

/** What the counters hold now: the total responses and every promise's counts. */
const snapshot = async () => {
  const tally = await server.store.aggregates.read(ROUND);
  return { responses: totalResponses(tally), counts: Object.fromEntries(totalsByPromise(tally)) };
};

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  await server.store.rounds.put({
    roundId: CLOSED_ROUND,
    councilId: DEMO_COUNCIL.councilId,
    name: 'Spring 2026',
    pledgeId: 'pl_riverside',
    pledgeVersion: 1,
    opensAt: '2026-01-10T00:00:00.000Z',
    closesAt: '2026-04-01T00:00:00.000Z',
    access: 'open-link',
  });
});
afterAll(() => server.close());

describe('submissions are counted exactly once', () => {
  it('counts 200 different submissions sent at the same moment exactly 200 times', async () => {
    const before = await snapshot();
    // Like the survey page: a 503 (store busy) is retried with the same submission id after Retry-After.
    const sendUntilStored = async (body: unknown): Promise<number> => {
      for (let attempt = 0; ; attempt++) {
        const res = await submit(body);
        if (res.status !== 503 || attempt === 5) return res.status;
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
      }
    };
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        sendUntilStored(answer({ p_family: ['yes', 'sometimes', 'no', 'dontknow'][i % 4]!, p_friends: 'yes' })),
      ),
    );
    expect(results.filter((s) => s !== 200)).toEqual([]);
    const after = await snapshot();
    expect(after.responses - before.responses).toBe(200);
    expect(after.counts.p_family).toEqual({ yes: 50, sometimes: 50, no: 50, dontknow: 50 });
    expect(after.counts.p_friends?.yes).toBe(200);
  });

  it('answers a replayed submission as the first time and counts it once', async () => {
    const body = answer({ p_school: 'no' });
    const before = await snapshot();
    const replies = await Promise.all(Array.from({ length: 5 }, () => submit(body)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(replies.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    const after = await snapshot();
    expect(after.responses - before.responses).toBe(1);
    expect((after.counts.p_school?.no ?? 0) - (before.counts.p_school?.no ?? 0)).toBe(1);
  });

  it('answers every guessed answer set sent with a kept id the same way, and keeps the first', async () => {
    const body = answer({ p_health: 'yes' });
    const first = await submit(body);
    expect(first.status).toBe(200);
    const receipt = await first.text();
    const before = await snapshot();
    // Whoever holds the id learns nothing by trying answer sets: the right one and wrong ones look the same.
    const guesses = [body, { ...body, ratings: { p_health: 'no' } }, { ...body, ratings: { p_health: 'sometimes' } }];
    for (const guess of guesses) {
      const res = await submit(guess);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(receipt);
      expect(res.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers a kept id after the round closed with the same receipt, whatever the answers; an unknown id with 409', async () => {
    const roundId = 'r_riverside_closing';
    const round = {
      roundId,
      councilId: DEMO_COUNCIL.councilId,
      name: 'Closing soon',
      pledgeId: 'pl_riverside',
      pledgeVersion: 1,
      opensAt: '2026-01-10T00:00:00.000Z',
      closesAt: null,
      access: 'open-link' as const,
    };
    await server.store.rounds.put(round);
    const body = answer({ p_health: 'yes' });
    const first = await submit(body, roundId);
    expect(first.status).toBe(200);
    const receipt = await first.text();
    await server.store.rounds.put({ ...round, closesAt: '2026-04-01T00:00:00.000Z' });

    for (const guess of [body, { ...body, ratings: { p_health: 'no' } }, { ...body, ratings: { p_family: 'yes' } }]) {
      const res = await submit(guess, roundId);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(receipt);
    }
    const unknown = await submit(answer({ p_health: 'yes' }), roundId);
    expect(unknown.status).toBe(409);
    expect((await errorOf(unknown)).message).toMatch(/closed on 2026-04-01/);
  });

  it('takes a submission id in capitals as the same id: stored and counted once', async () => {
    const body = answer({ p_school: 'sometimes' });
    const before = await snapshot();
    const lower = await submit(body);
    const upper = await submit({ ...body, submissionId: body.submissionId.toUpperCase() });
    expect([lower.status, upper.status]).toEqual([200, 200]);
    expect(await upper.json()).toEqual(await lower.json());
    expect(upper.headers.get('idempotent-replayed')).toBe('true');
    const after = await snapshot();
    expect(after.responses - before.responses).toBe(1);
    expect((after.counts.p_school?.sometimes ?? 0) - (before.counts.p_school?.sometimes ?? 0)).toBe(1);
  });

  it('gives a receipt with the day it arrived, not the time', async () => {
    const body = answer({ p_family: 'no' });
    const res = await submit(body);
    expect(await res.json()).toEqual({
      submissionId: body.submissionId,
      receivedOn: new Date().toISOString().slice(0, 10),
    });
  });
});

describe('bad input gets a clear 4xx and changes no count', () => {
  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    [
      'a promise that is not in the pledge',
      () => submit(answer({ p_explain: 'yes', p_nonsense: 'no' })),
      422,
      /not in this survey: p_nonsense/,
    ],
    ['an unknown round', () => submit(answer({ p_explain: 'yes' }), 'r_nowhere'), 404, /no survey with this link/],
    ['a closed round', () => submit(answer({ p_explain: 'yes' }), CLOSED_ROUND), 409, /closed on 2026-04-01/],
    ['a body that is not JSON', () => submit('{"submissionId": "abc", "ratings": {'), 400, /Malformed JSON/],
    [
      'a body without a content type',
      () => post(`/api/public/rounds/${ROUND}/responses`, answer({ p_explain: 'yes' }), {}),
      415,
      /Content-Type: application\/json/,
    ],
    [
      'a rating outside the scale',
      () => submit(answer({ p_explain: 'definitely' })),
      400,
      /ratings.p_explain: A rating must be one of/,
    ],
    ['a missing submission id', () => submit({ ratings: { p_explain: 'yes' } }), 400, /submissionId/],
    [
      'a body over the size limit',
      () => submit({ ...answer({ p_explain: 'yes' }), comments: [{ text: 'x'.repeat(MAX_BODY_BYTES) }] }),
      413,
      /larger than 128 KB/,
    ],
  ];

  it.each(cases)('%s', async (_name, send, status, message) => {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    expect((await errorOf(res)).message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe('staff routes', () => {
  const scorecardPath = `/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND}/scorecard`;

  it('answer 401 without a token, or with a token that is not signed by the identity provider', async () => {
    const none = await fetch(`${server.url}${scorecardPath}`);
    expect(none.status).toBe(401);
    expect((await errorOf(none)).message).toMatch(/Sign in/);
    const token = await loginToken(server, demoEmail('board-member'));
    const [h, p] = token.split('.');
    const forged = await fetch(`${server.url}${scorecardPath}`, {
      headers: { authorization: `Bearer ${h}.${p}.AAAA` },
    });
    expect(forged.status).toBe(401);
  });

  it("answer 403 to another council's staff and to a role that may not read scorecards", async () => {
    const other = await server.idp.issueToken({
      sub: 'x',
      email: 'board@elsewhere.example',
      roles: ['board-member'],
      councilId: 'c_elsewhere',
    });
    expect(
      (await fetch(`${server.url}${scorecardPath}`, { headers: { authorization: `Bearer ${other}` } })).status,
    ).toBe(403);
    const facilitator = await loginToken(server, demoEmail('facilitator'));
    expect(
      (await fetch(`${server.url}${scorecardPath}`, { headers: { authorization: `Bearer ${facilitator}` } })).status,
    ).toBe(403);
  });

  it('refuse a wrong password at sign-in with a message, not a token', async () => {
    const res = await post('/api/dev/login', { email: demoEmail('board-member'), password: 'guess' });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toBe('That e-mail and password do not match an account');
  });
});

describe('the API describes itself', () => {
  it('answers /api/health and lists every route in /api/openapi.json', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/public/councils/{slug}',
        '/api/public/rounds/{roundId}/responses',
        '/api/staff/councils/{councilId}/rounds/{roundId}/scorecard',
      ]),
    );
  });
});
