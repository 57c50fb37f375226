/** Privacy by default: raw comments expire after the council's own retention period; the counts never do; nothing identifies the sender. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNCIL, DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { TABLE } from '../../functions/store/table-design';
import { startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const DAY = 86_400;
let server: LocalServer;
let tableName: string;

beforeAll(async () => {
  tableName = testTableName('privacy');
  server = await startTestServer({ pages: false, tableName });
  await seedCouncil(server.store, {
    council: { ...DEMO_COUNCIL, councilId: 'c_keep', slug: 'keep', name: 'Keepshire', commentRetentionDays: 30 },
    pledgeId: 'pl_keep',
    pledge: DEMO_PLEDGE,
    roundId: 'r_keep_1',
    roundName: 'Spring',
    now: new Date(),
  });
});
afterAll(() => server.close());

describe('a comment', () => {
  it('is deleted by DynamoDB after the council’s retention period, while the answers’ counts stay', async () => {
    const council = (await server.store.councils.get('c_keep'))!;
    const text = 'Please tell us before our social worker changes';
    const sentAt = Math.floor(Date.now() / 1000);
    const res = await fetch(`${server.url}/api/public/rounds/r_keep_1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Phone/1.0 (fingerprint-test)' },
      body: JSON.stringify({
        submissionId: crypto.randomUUID(),
        ratings: { p_reply: 'no' },
        comments: [{ promiseId: 'p_reply', text }],
      }),
    });
    expect(res.status).toBe(200);
    const items = await scanTable(tableName);
    const comment = items.find((i) => i.text === text)!;
    const ttl = Number(comment[TABLE.ttlAttribute]);
    expect(ttl).toBeGreaterThanOrEqual(sentAt + council.commentRetentionDays * DAY - 5);
    expect(ttl).toBeLessThanOrEqual(sentAt + council.commentRetentionDays * DAY + 5);
    // The counters that make the scorecard never expire.
    const counters = items.filter((i) => String(i.pk).startsWith('AGG#r_keep_1'));
    expect(counters.length).toBeGreaterThan(0);
    for (const c of counters) expect(c[TABLE.ttlAttribute]).toBeUndefined();
    // Nothing about the sender: no address, no user agent, no time finer than the day on the comment.
    const all = JSON.stringify(items);
    for (const trace of ['127.0.0.1', '::1', 'fingerprint-test', 'Phone/1.0']) expect(all).not.toContain(trace);
    expect(Object.values(comment).filter((v) => typeof v === 'string' && /T\d{2}:\d{2}/.test(v))).toEqual([]);
  });
});
