import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { QueueComment } from '../../shared/schemas/moderation';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

/** A page cursor is the server's own: one made or changed by hand gets a 400 a person can act on, never a 500. */

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const queuePath = `/api/staff/councils/${COUNCIL}/moderation/queue`;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
let server: LocalServer;
let http: ReturnType<typeof api>;
let moderator: string;

const queueWith = (cursor: string) =>
  http.call(`${queuePath}?limit=2&cursor=${encodeURIComponent(cursor)}`, { token: moderator });

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  moderator = await loginToken(server, demoEmail('moderator'));
  for (const text of ['One', 'Two', 'Three', 'Four', 'Five'])
    await http.ok(
      http.call(`/api/public/rounds/${ROUND}/responses`, {
        method: 'POST',
        body: { submissionId: crypto.randomUUID(), ratings: {}, comments: [{ text: `${text} more trips please` }] },
      }),
    );
});
afterAll(() => server.close());

describe('moderation page cursors', () => {
  it('a cursor the server made still gives the next page', async () => {
    const first = await http.ok<{ comments: QueueComment[]; cursor?: string }>(
      http.call(`${queuePath}?limit=2`, { token: moderator }),
    );
    expect(first.cursor).toBeTruthy();
    const next = await http.ok<{ comments: QueueComment[] }>(queueWith(first.cursor as string));
    expect(next.comments).toHaveLength(2);
    expect(next.comments.map((c) => c.commentId)).not.toContain(first.comments[0]?.commentId);
  });

  it.each([
    ['a sort key from another list', encode(['COMMENT#x', 'approved#1'])],
    ['empty keys', encode(['COMMENT#', ''])],
    ['a comment key with a queue place of another comment', encode(['COMMENT#r_1#c_1', 'pending#0#2026-01-01#c_2'])],
    ['a key of another kind of item', encode(['ROUND#r_1', 'pending#0#2026-01-01#c_1'])],
    ['a decided comment', encode(['COMMENT#r_1#c_1', 'approved#0#2026-01-01#c_1'])],
    ['an object', encode({ sk: 'COMMENT#r_1#c_1' })],
    ['three keys', encode(['COMMENT#r_1#c_1', 'pending#0#2026-01-01#c_1', 'x'])],
    ['not JSON', Buffer.from('not json at all').toString('base64url')],
    ['not base64', '%%%***'],
  ])('refuses %s with 400 and a message', async (_what, cursor) => {
    const error = await http.fails(queueWith(cursor), 400);
    expect(error.message).toMatch(/page/i);
  });

  it('answers any hand-made cursor with 200 or 400, never 5xx', async () => {
    const keyish = fc.oneof(
      fc.string(),
      fc.constantFrom('COMMENT#', 'pending#', 'pending#0#', 'approved#1', 'COMMENT#r_riverside_1#'),
      fc
        .tuple(fc.constantFrom('COMMENT#', 'pending#0#', 'pending#1#2026-01-01#'), fc.string({ maxLength: 30 }))
        .map(([a, b]) => a + b),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.array(keyish, { maxLength: 3 }).map(encode), fc.json().map(encode), fc.string({ maxLength: 60 })),
        async (cursor) => {
          const res = await queueWith(cursor);
          await res.body?.cancel();
          expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});
