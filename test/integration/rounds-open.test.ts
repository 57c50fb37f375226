/** One open round at a time, even when several people press "Open round" at the same moment. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { CACHE_TTL_MS } from '../../functions/store/cached-store';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const roundsPath = `/api/staff/councils/${COUNCIL}/rounds`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;
let skewMs = 0;

const openRound = (name: string) => http.call(roundsPath, { method: 'POST', token: admin, body: { name } });
const openRounds = async () =>
  (
    await http.ok<{ rounds: { round: { roundId: string }; open: boolean }[] }>(http.call(roundsPath, { token: admin }))
  ).rounds.filter((r) => r.open);
const closeAll = async () => {
  for (const { round } of await openRounds())
    await http.ok(http.call(`${roundsPath}/${round.roundId}/close`, { method: 'POST', token: admin }));
  // A closed round stays open for the cache time, so every server agrees when it closed.
  skewMs += CACHE_TTL_MS + 1_000;
};

beforeAll(async () => {
  server = await startTestServer({ pages: false, now: () => new Date(Date.now() + skewMs) });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(() => server.close());

describe('opening a round', () => {
  it('three at once: one opens, the others are refused with 409 and a message, and one round is open', async () => {
    for (let race = 0; race < 3; race++) {
      await closeAll();
      const answers = await Promise.all(['Spring A', 'Spring B', 'Spring C'].map((n) => openRound(`${n} ${race}`)));
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409]);
      for (const refused of answers.filter((r) => r.status === 409)) {
        const { error } = (await refused.json()) as { error: { message: string } };
        expect(error.message).toMatch(/open/i);
      }
      expect(await openRounds()).toHaveLength(1);
    }
  });

  it('after a close, a new round opens as before', async () => {
    await closeAll();
    expect((await openRound('Summer')).status).toBe(201);
    expect((await openRound('Summer again')).status).toBe(409);
  });
});

describe('the limits a round is scored with', () => {
  it('are kept on the round when it opens: an admin who changes them later changes the next round, not this one', async () => {
    await closeAll();
    const opened = await openRound('Autumn limits');
    expect(opened.status).toBe(201);
    const { roundId } = (await opened.json()) as { roundId: string };
    const settingsPath = `/api/staff/councils/${COUNCIL}/settings`;
    const before = await http.ok<{
      name: string;
      helpContacts: unknown[];
      commentRetentionDays: number;
      thresholds: { green: number; amber: number };
      version: number;
    }>(http.call(settingsPath, { token: admin }));
    expect((await server.store.rounds.get(roundId))?.thresholds).toEqual(before.thresholds);
    const saved = await http.call(settingsPath, {
      method: 'PUT',
      token: admin,
      body: {
        name: before.name,
        helpContacts: before.helpContacts,
        commentRetentionDays: before.commentRetentionDays,
        thresholds: { green: 85, amber: 65 },
        version: before.version,
      },
    });
    expect(saved.status).toBe(200);
    expect((await server.store.rounds.get(roundId))?.thresholds).toEqual(before.thresholds);
    const card = await http.ok<{ thresholds: unknown }>(
      http.call(`${roundsPath}/${roundId}/scorecard`, { token: admin }),
    );
    expect(card.thresholds).toEqual(before.thresholds);
    await closeAll();
    const next = (await (await openRound('Spring limits')).json()) as { roundId: string };
    expect((await server.store.rounds.get(next.roundId))?.thresholds).toEqual({ green: 85, amber: 65 });
  });
});
