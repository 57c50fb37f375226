import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { LATE_ANSWER_DAYS } from '../../shared/limits';
import { totalResponses } from '../../shared/scoring/tally';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const DAY = 86_400_000;
const ROUND = 'r_riverside_late';
const TABLE = testTableName('late');
const CLOSES = Date.parse('2026-12-14T17:00:00.000Z');
/** The server's clock: each test moves it. */
let clock = CLOSES - DAY;
let server: LocalServer;

const submit = (body: unknown) =>
  fetch(`${server.url}/api/public/rounds/${ROUND}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const answer = (startedAt?: number) => ({
  submissionId: crypto.randomUUID(),
  ratings: { p_family: 'yes' },
  ...(startedAt === undefined ? {} : { startedAt: new Date(startedAt).toISOString() }),
});
const counted = async () => totalResponses(await server.store.aggregates.read(ROUND));
const messageOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

beforeAll(async () => {
  server = await startTestServer({ pages: false, tableName: TABLE, now: () => new Date(clock) });
  await server.store.rounds.put({
    roundId: ROUND,
    councilId: DEMO_COUNCIL.councilId,
    name: 'Winter 2026',
    pledgeId: 'pl_riverside',
    pledgeVersion: 1,
    opensAt: '2026-11-01T00:00:00.000Z',
    closesAt: new Date(CLOSES).toISOString(),
    access: 'open-link',
  });
});
afterAll(() => server.close());

describe('answers started before the round closed', () => {
  it('are sent and counted in the days after the close', async () => {
    clock = CLOSES + 3 * DAY;
    const before = await counted();
    const res = await submit(answer(CLOSES - 20 * 60_000));
    expect(res.status).toBe(200);
    expect(await counted()).toBe(before + 1);
  });

  it('are refused, with words a person can act on, when started after the close or said to start in the future', async () => {
    clock = CLOSES + DAY;
    const before = await counted();
    for (const started of [CLOSES + 60_000, clock + 60_000, undefined]) {
      const res = await submit(answer(started));
      expect(res.status).toBe(409);
      expect(await messageOf(res)).toMatch(/closed on 2026-12-14/);
    }
    expect(await counted()).toBe(before);
  });

  it('are refused once the figures are final, LATE_ANSWER_DAYS after the close', async () => {
    clock = CLOSES + LATE_ANSWER_DAYS * DAY;
    const res = await submit(answer(CLOSES - 60_000));
    expect(res.status).toBe(409);
    expect(await messageOf(res)).toMatch(/closed on 2026-12-14/);
  });

  it('store nothing of the start time', async () => {
    clock = CLOSES + 2 * DAY;
    const started = new Date(CLOSES - 7 * 60_000 - 123).toISOString();
    const res = await submit({ ...answer(), startedAt: started });
    expect(res.status).toBe(200);
    // Not the time, not its minute: only the day it arrived, as for every answer.
    const raw = JSON.stringify(await scanTable(TABLE));
    expect(raw).not.toContain(started.slice(0, 16));
    expect(raw).not.toContain('startedAt');
  });

  it('refuses a start time that is not a time, with a 400 that says so', async () => {
    const res = await submit({ ...answer(), startedAt: 'yesterday' });
    expect(res.status).toBe(400);
    expect(await messageOf(res)).toMatch(/startedAt/);
  });
});
