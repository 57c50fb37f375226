/**
 * Anonymous abuse: rate limits on public writes (they hold, they reset, they are keyed by a salted hash
 * and no address is written anywhere) and one-time codes (a code works once, in its own round only; a
 * guessed code fails; guessing is rate limited).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { isWellFormedAccessCode, newAccessCode, normaliseAccessCode } from '../../shared/access-codes';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { RATE_LIMITS, type RateLimitPolicies } from '../../shared/rate-limits';
import type { AccessCodeSummary, NewCodes } from '../../shared/schemas/access-codes';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const WINDOW = 600;
const LIMITS: RateLimitPolicies = {
  ...RATE_LIMITS,
  surveySend: { name: 'survey-send', limit: 4, windowSeconds: WINDOW },
  codeCheck: { name: 'code-check', limit: 12, windowSeconds: WINDOW },
};

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const OTHER_ROUND = 'r_other_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;
let tableName: string;
/** The server's clock runs this far ahead of the real one: moving it on ends a rate-limit window. */
let skewMs = 0;

const send = (body: Record<string, unknown>, roundId = ROUND) =>
  http.call(`/api/public/rounds/${roundId}/responses`, {
    method: 'POST',
    body: { submissionId: crypto.randomUUID(), ratings: { p_reply: 'yes' }, ...body },
  });
const check = (code: string, roundId = ROUND) =>
  http.call(`/api/public/rounds/${roundId}/access-codes/check`, { method: 'POST', body: { code } });
const nextWindow = () => {
  skewMs += WINDOW * 1000;
};
const makeCodes = async (count: number, roundId = ROUND, councilId = COUNCIL, token = admin, label = 'Oak House') =>
  http.ok<NewCodes>(
    http.call(`/api/staff/councils/${councilId}/rounds/${roundId}/access-codes`, {
      method: 'POST',
      token,
      body: { count, label },
    }),
    201,
  );

beforeAll(async () => {
  tableName = testTableName('abuse');
  server = await startTestServer({
    pages: false,
    tableName,
    rateLimits: LIMITS,
    now: () => new Date(Date.now() + skewMs),
  });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(() => server.close());

describe('rate limits on anonymous writes', () => {
  it('let a network send its limit, then answer 429 with Retry-After and a plain message, and start afresh in the next window', async () => {
    nextWindow();
    for (let i = 0; i < LIMITS.surveySend.limit; i++) expect((await send({})).status).toBe(200);
    const refused = await send({});
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /wait \d+ minutes? and try again: nothing you have typed is lost/,
    );
    // Another address header does not make another client: the key is the connection's own address.
    const forwarded = await fetch(`${server.url}/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9' },
      body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings: { p_reply: 'yes' } }),
    });
    expect(forwarded.status).toBe(429);
    // Reads are not limited: the page still loads.
    expect((await http.call(`/api/public/councils/${DEMO_COUNCIL.slug}`)).status).toBe(200);
    nextWindow();
    expect((await send({})).status).toBe(200);
  });

  it('count each kind of write apart: a full survey-send window does not stop a code check', async () => {
    nextWindow();
    for (let i = 0; i < LIMITS.surveySend.limit; i++) await send({});
    expect((await send({})).status).toBe(429);
    expect((await check('AAAA-BBBB')).status).not.toBe(429);
  });

  it('keep only salted hashes that expire: no address, raw or as a number, in any item of the table', async () => {
    const items = await scanTable(tableName);
    const windows = items.filter((i) => String(i.pk).startsWith('RATE#'));
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(String(w.pk)).toMatch(/^RATE#[A-Za-z0-9_-]{22}#\d+$/);
      expect(Number(w.expiresAt)).toBeGreaterThan(Date.now() / 1000);
      expect(Number(w.expiresAt)).toBeLessThan((Date.now() + skewMs) / 1000 + WINDOW + 120);
    }
    const everything = JSON.stringify(items);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', 'localhost', '203.0.113.9'])
      expect(everything).not.toContain(address);
  });
});

describe('one-time codes', () => {
  let codes: string[];

  beforeAll(async () => {
    const round = (await server.store.rounds.get(ROUND))!;
    await server.store.rounds.put({ ...round, access: 'one-time-codes' });
    await seedCouncil(server.store, {
      council: {
        councilId: 'c_other',
        slug: 'other',
        name: 'Other Council',
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: 'pl_other',
      pledge: DEMO_PLEDGE,
      roundId: OTHER_ROUND,
      roundName: 'Other round',
      now: new Date(),
    });
    const otherRound = (await server.store.rounds.get(OTHER_ROUND))!;
    await server.store.rounds.put({ ...otherRound, access: 'one-time-codes' });
    nextWindow();
    codes = (await makeCodes(20)).codes;
  });

  it('are made in a batch of distinct, well-formed codes, shown once, and the table keeps none of them', async () => {
    expect(codes).toHaveLength(20);
    expect(new Set(codes).size).toBe(20);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const everything = JSON.stringify(await scanTable(tableName));
    for (const c of codes) {
      expect(everything).not.toContain(c);
      expect(everything).not.toContain(normaliseAccessCode(c));
    }
    const summary = await http.ok<AccessCodeSummary>(
      http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/access-codes`, { token: admin }),
    );
    expect(summary).toMatchObject({ access: 'one-time-codes', total: 20, usedAtLeast: 0 });
    expect(JSON.stringify(summary)).not.toContain(codes[0]!);
  });

  it('let answers in once: checking does not use a code, sending does, and a second send with it is refused', async () => {
    nextWindow();
    const [code] = codes;
    expect((await check(code!.toLowerCase().replace('-', ' '))).status).toBe(200);
    expect((await check(code!)).status).toBe(200);
    const submissionId = crypto.randomUUID();
    const body = { submissionId, ratings: { p_reply: 'no' }, accessCode: code };
    expect((await http.call(`/api/public/rounds/${ROUND}/responses`, { method: 'POST', body })).status).toBe(200);
    // The same answers sent again (a timeout, a retry) are a replay, not a second use.
    const replay = await http.call(`/api/public/rounds/${ROUND}/responses`, { method: 'POST', body });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await http.fails(send({ accessCode: code }), 409)).toMatchObject({ code: 'code_used' });
    expect(await http.fails(check(code!), 409)).toMatchObject({ code: 'code_used' });
    // One code used: the summary reads as before, in the round's total or any batch (counted in fives only).
    const summary = await http.ok<AccessCodeSummary>(
      http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/access-codes`, { token: admin }),
    );
    expect(summary.usedAtLeast).toBe(0);
    expect(JSON.stringify(summary.batches)).not.toMatch(/"used"/);
  });

  it('never let a batch of one card with a child’s name show whether that child answered', async () => {
    nextWindow();
    const {
      codes: [mine],
    } = await makeCodes(1, ROUND, COUNCIL, admin, 'Jo at Oak House');
    const summary = () =>
      http.ok<AccessCodeSummary>(
        http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/access-codes`, { token: admin }),
      );
    const before = await summary();
    expect((await send({ accessCode: mine })).status).toBe(200);
    expect(await summary()).toEqual(before);
  });

  it('count a code once when two phones race with it', async () => {
    nextWindow();
    const code = codes[1]!;
    const statuses = (await Promise.all([send({ accessCode: code }), send({ accessCode: code })]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
  });

  it('refuse answers without a code, a guessed code, a malformed code and a code of another round, storing nothing', async () => {
    nextWindow();
    const otherAdmin = await server.idp.issueToken({
      sub: 'other-admin',
      email: 'admin@other.example',
      roles: ['council-admin'],
      councilId: 'c_other',
    });
    const [otherCode] = (await makeCodes(1, OTHER_ROUND, 'c_other', otherAdmin)).codes;
    const stored = async () =>
      JSON.stringify((await scanTable(tableName)).filter((i) => !String(i.pk).startsWith('RATE#')));
    const before = await stored();
    expect(await http.fails(send({}), 403)).toMatchObject({ code: 'code_required' });
    let guess = newAccessCode();
    while (codes.includes(`${guess.slice(0, 4)}-${guess.slice(4)}`)) guess = newAccessCode();
    expect(await http.fails(send({ accessCode: guess }), 422)).toMatchObject({ code: 'code_wrong' });
    expect(await http.fails(check(guess), 422)).toMatchObject({ code: 'code_wrong' });
    expect(await http.fails(send({ accessCode: 'OOOO-1111' }), 422)).toMatchObject({ code: 'code_wrong' });
    expect(isWellFormedAccessCode('OOOO1111')).toBe(false);
    expect(await http.fails(send({ accessCode: otherCode }), 422)).toMatchObject({ code: 'code_wrong' });
    expect(await http.fails(check(otherCode!), 422)).toMatchObject({ code: 'code_wrong' });
    expect(await stored()).toBe(before);
    // …and it still works where it belongs.
    expect((await check(otherCode!, OTHER_ROUND)).status).toBe(200);
  });

  it('limit guessing: after the window’s tries even a right code waits', async () => {
    nextWindow();
    let tries = 0;
    let status = 0;
    while (tries < 100) {
      status = (await check(newAccessCode())).status;
      tries++;
      if (status === 429) break;
    }
    expect(status).toBe(429);
    expect(tries).toBe(LIMITS.codeCheck.limit + 1);
    expect((await check(codes[5]!)).status).toBe(429);
    nextWindow();
    expect((await check(codes[5]!)).status).toBe(200);
  });

  it('are refused for an open-link round, and the admin cannot make cards for it', async () => {
    const round = (await server.store.rounds.get(OTHER_ROUND))!;
    await server.store.rounds.put({ ...round, access: 'open-link' });
    nextWindow();
    expect((await check('AAAA-BBBB', OTHER_ROUND)).status).toBe(409);
    const otherAdmin = await server.idp.issueToken({
      sub: 'other-admin',
      email: 'admin@other.example',
      roles: ['council-admin'],
      councilId: 'c_other',
    });
    expect(
      (
        await http.fails(
          http.call(`/api/staff/councils/c_other/rounds/${OTHER_ROUND}/access-codes`, {
            method: 'POST',
            token: otherAdmin,
            body: { count: 5 },
          }),
          409,
        )
      ).message,
    ).toMatch(/open to anyone with the link/);
    expect(
      (
        await http.fails(
          http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/access-codes`, {
            method: 'POST',
            token: admin,
            body: { count: 501 },
          }),
          400,
        )
      ).message,
    ).toMatch(/At most 500/);
  });
});
