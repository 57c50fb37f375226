import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
let server: LocalServer;
let token: string;

const submit = (body: unknown, init: RequestInit = {}) =>
  fetch(`${server.url}/api/public/rounds/${ROUND}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });

const scorecard = async (): Promise<Scorecard> => {
  const res = await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND}/scorecard`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Scorecard;
};

const promiseFigures = (card: Scorecard, promiseId: string) =>
  card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === promiseId)!.figures;

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  token = await loginToken(server, demoEmail('board-member'));
});
afterAll(() => server.close());

describe('a young person submits and the board reads the scorecard', () => {
  it('counts a submission once, even when the same id is sent again', async () => {
    const body = { submissionId: crypto.randomUUID(), ratings: { p_explain: 'yes', p_reply: 'no' } };
    const first = await submit(body);
    expect(first.status).toBe(200);
    const again = await submit(body);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
  });

  it('moves nothing the board reads while the round is open; once final, "fewer than 5" below five, then exact counts', async () => {
    const first = await scorecard();
    expect(promiseFigures(first, 'p_explain')).toEqual({ suppressed: true, label: 'not released yet' });
    for (let i = 0; i < 4; i++) {
      expect(
        (await submit({ submissionId: crypto.randomUUID(), ratings: { p_explain: i < 2 ? 'sometimes' : 'no' } }))
          .status,
      ).toBe(200);
    }
    // Read before and after four more people answered: no figure moved (progress only in steps of 5).
    const second = await scorecard();
    expect(second.sections).toEqual(first.sections);
    expect(second.people).toBeNull();
    expect(second.release.progress.surveyAtLeast).toBe(5);
    await finaliseRound(server.deps.store, ROUND);
    const f = promiseFigures(await scorecard(), 'p_explain');
    expect(f).toMatchObject({
      suppressed: false,
      counts: { yes: 1, sometimes: 2, no: 2, dontknow: 0 },
      n: 5,
      score: 40,
      status: 'red',
    });
  });
});
