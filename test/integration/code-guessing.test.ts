/**
 * One-time codes typed into a submission are guesses like any other: a wrong code sent with answers counts
 * against the same per-network limit as the code check, and once that is spent even a right code waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { newAccessCode } from '../../shared/access-codes';
import { RATE_LIMITS, type RateLimitPolicies } from '../../shared/rate-limits';
import type { NewCodes } from '../../shared/schemas/access-codes';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const WINDOW = 600;
const LIMITS: RateLimitPolicies = {
  ...RATE_LIMITS,
  surveySend: { name: 'survey-send', limit: 40, windowSeconds: WINDOW },
  codeCheck: { name: 'code-check', limit: 8, windowSeconds: WINDOW },
};
const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let codes: string[];
let skewMs = 0;
const nextWindow = () => {
  skewMs += WINDOW * 1000;
};

const send = (accessCode: string) =>
  http.call(`/api/public/rounds/${ROUND}/responses`, {
    method: 'POST',
    body: { submissionId: crypto.randomUUID(), ratings: { p_reply: 'yes' }, accessCode },
  });
const check = (code: string) =>
  http.call(`/api/public/rounds/${ROUND}/access-codes/check`, { method: 'POST', body: { code } });
const guess = () => {
  let g = newAccessCode();
  while (codes.includes(`${g.slice(0, 4)}-${g.slice(4)}`)) g = newAccessCode();
  return g;
};

beforeAll(async () => {
  server = await startTestServer({ pages: false, rateLimits: LIMITS, now: () => new Date(Date.now() + skewMs) });
  http = api(server);
  const admin = await loginToken(server, demoEmail('council-admin'));
  const round = (await server.store.rounds.get(ROUND))!;
  await server.store.rounds.put({ ...round, access: 'one-time-codes' });
  ({ codes } = await http.ok<NewCodes>(
    http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/access-codes`, {
      method: 'POST',
      token: admin,
      body: { count: 20, label: 'Oak House' },
    }),
    201,
  ));
});
afterAll(() => server.close());

describe('guessing one-time codes through submissions', () => {
  it('counts each wrong code sent with answers, so the network gets the code-check limit in all', async () => {
    nextWindow();
    let tries = 0;
    let status = 0;
    while (tries < 30) {
      // Half the guesses go through the check, half with answers: together they meet one limit.
      status = (await (tries % 2 === 0 ? send(guess()) : check(guess()))).status;
      tries++;
      if (status === 429) break;
    }
    expect(status).toBe(429);
    expect(tries).toBe(LIMITS.codeCheck.limit + 1);
    // A right code sent with answers now waits too (else a guesser's lucky try would get through), and is kept.
    const refused = await send(codes[0]!);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    nextWindow();
    expect((await send(codes[0]!)).status).toBe(200);
  });

  it('does not count right codes: a room on cards sends its answers past the code-check limit', async () => {
    nextWindow();
    for (const code of codes.slice(1, 2 + LIMITS.codeCheck.limit)) expect((await send(code)).status).toBe(200);
  });
});
