/**
 * What the table holds after young people take part, read straight from DynamoDB (docs/dpia.md relies
 * on this): a response keeps only answers, coarse cohort and the day it came; nothing beside it can be
 * joined to its comments (not even by someone who hashes every guess); a comment is deleted by TTL after
 * the council's own retention; a session phone is known only by a hash of its token; no address, browser
 * string or token is written anywhere.
 */
import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokenHash } from '../../functions/api/services/sessions-participants';
import { runScrubCommand } from '../../functions/cli/scrub-responses';
import { alertMessage } from '../../functions/lambda/sns-notifier';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { keys } from '../../functions/store/keys';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const DAY = 86_400;
const SHORT_RETENTION_DAYS = 90;
const USER_AGENT = 'PhoneBrowser/9.9 (identifying-build-XYZ)';
const FORWARDED = '203.0.113.77';
const RISKY = 'Sometimes I want to hurt myself and nobody notices.';

let server: LocalServer;
let http: ReturnType<typeof api>;
let tableName: string;
let items: Record<string, unknown>[];
const submissionIds: string[] = [];
const participantToken = crypto.randomUUID();
let sentAt = 0;

const send = async (roundId: string, body: Record<string, unknown>) => {
  const submissionId = crypto.randomUUID();
  submissionIds.push(submissionId);
  const res = await fetch(`${server.url}/api/public/rounds/${roundId}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'x-forwarded-for': FORWARDED },
    body: JSON.stringify({ submissionId, ...body }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
};

beforeAll(async () => {
  tableName = testTableName('stored');
  server = await startTestServer({ tableName });
  http = api(server);
  // A second council that keeps comments for a shorter time than the default.
  await seedCouncil(server.store, {
    council: {
      councilId: 'c_short',
      slug: 'short',
      name: 'Short Council',
      helpContacts: [],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: SHORT_RETENTION_DAYS,
    },
    pledgeId: 'pl_short',
    pledge: DEMO_PLEDGE,
    roundId: 'r_short_1',
    roundName: 'Spring',
    now: new Date(),
  });
  sentAt = Date.now() / 1000;
  await send('r_riverside_1', {
    ratings: { p_reply: 'no', p_family: 'yes' },
    about: { ageGroup: '14-17', careStatus: 'in-care' },
    comments: [
      { promiseId: 'p_reply', text: 'My worker never calls back.' },
      { text: 'More time with my social worker.' },
    ],
  });
  await send('r_riverside_1', { ratings: {}, comments: [{ text: RISKY }] });
  await send('r_short_1', { ratings: { p_reply: 'yes' }, comments: [{ text: 'Good.' }] });

  // A phone joins a session and votes.
  const token = await loginToken(server, demoEmail('facilitator'));
  const { session, state } = await http.ok<SessionWithState>(
    http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`, {
      method: 'POST',
      token,
      body: { roundId: 'r_riverside_1', promiseIds: ['p_reply'], roomSize: 30, mode: 'phones-and-hands' },
    }),
    201,
  );
  await http.ok(
    http.call(`/api/public/sessions/${session.sessionId}/participants`, {
      method: 'POST',
      body: { participantToken, group: 'junior' },
    }),
  );
  await http.ok(
    http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions/${session.sessionId}/control`, {
      method: 'POST',
      token,
      body: { action: 'next', version: state.version },
    }),
  );
  await http.ok(
    http.call(`/api/public/sessions/${session.sessionId}/votes/p_reply`, {
      method: 'PUT',
      body: { participantToken, rating: 'sometimes', seq: 1 },
    }),
  );
  items = await scanTable(tableName);
});
afterAll(async () => {
  await server?.close();
});

const ofType = (type: string) => items.filter((i) => i.type === type);

describe('what the table keeps about young people', () => {
  it('a response: answers, coarse cohort and the day it came; nothing else', () => {
    const responses = ofType('response');
    expect(responses).toHaveLength(3);
    for (const r of responses) {
      expect(Object.keys(r).sort()).toEqual([
        'cohort',
        'councilId',
        'pk',
        'ratings',
        'receivedOn',
        'roundId',
        'sk',
        'type',
      ]);
      expect(r.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(JSON.stringify(r)).not.toMatch(/T\d{2}:\d{2}/); // no time of day anywhere in it
    }
    const mine = responses.find((r) => r.roundId === 'r_riverside_1' && Object.keys(r.ratings as object).length === 2)!;
    expect(mine.cohort).toEqual({ age: '14-17', care: 'in-care', source: 'survey' });
  });

  it('no response can be joined to its comments by hashing guesses of what was sent', () => {
    // The attack: a reader of the table takes a round's comments and, for each stored response, hashes
    // every way those comments could have been sent with that response's ratings and cohort, looking for
    // any stored value that equals a digest.
    const digests = (value: unknown): string[] => {
      const json = JSON.stringify(value);
      return ['sha256', 'sha1', 'md5'].flatMap((algorithm) =>
        (['hex', 'base64', 'base64url'] as const).map((enc) => createHash(algorithm).update(json).digest(enc)),
      );
    };
    const joins: string[] = [];
    for (const r of ofType('response')) {
      const comments = ofType('comment')
        .filter((c) => c.roundId === r.roundId)
        .map((c) => [c.promiseId ?? null, String(c.text)] as const);
      // Every ordered choice of up to two of the round's comments, and none.
      const choices = [
        [],
        ...comments.map((c) => [c]),
        ...comments.flatMap((a) => comments.filter((b) => b !== a).map((b) => [a, b])),
      ];
      const ratings = r.ratings as Record<string, string>;
      const sorted = Object.keys(ratings)
        .sort()
        .map((k) => [k, ratings[k]]);
      const cohort = r.cohort as { age: string; care: string };
      const known = (v: string) => (v === 'not-answered' ? null : v);
      const about = [known(cohort.age), known(cohort.care)];
      const stored = new Set(Object.values(r).filter((v): v is string => typeof v === 'string'));
      for (const chosen of choices) {
        const texts = chosen.map(([, text]) => text);
        for (const guess of [
          [sorted, about, chosen],
          [ratings, about, chosen],
          [sorted, about, texts],
          texts,
          chosen,
        ]) {
          if (digests(guess).some((d) => stored.has(d))) joins.push(`${String(r.sk)} ↔ ${texts.join(' | ')}`);
        }
      }
    }
    expect(joins).toEqual([]);
  });

  it('a comment: no submission id, only the day it came (an urgent one: to the minute), and deleted by TTL after the council’s retention', () => {
    const comments = ofType('comment');
    expect(comments).toHaveLength(4);
    for (const { receivedAt, ...c } of comments) {
      // The safeguarding lead reads when an urgent one came, to the minute (never the answers' exact time).
      if (c.urgent) expect(receivedAt).toMatch(/T\d{2}:\d{2}:00\.000Z$/);
      else expect(receivedAt).toBeUndefined();
      const text = JSON.stringify(c);
      for (const id of submissionIds) expect(text).not.toContain(id);
      expect(c.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(text).not.toMatch(/T\d{2}:\d{2}/); // no time of day anywhere in it
      const days = c.councilId === 'c_short' ? SHORT_RETENTION_DAYS : DEFAULT_COMMENT_RETENTION_DAYS;
      expect(Number(c.expiresAt)).toBeGreaterThanOrEqual(Math.floor(sentAt) + days * DAY - 5);
      expect(Number(c.expiresAt)).toBeLessThanOrEqual(Date.now() / 1000 + days * DAY + 5);
    }
  });

  it('a comment that may show a risk: flagged urgent, and the alert says where to look, never what was written', () => {
    const risky = ofType('comment').find((c) => c.text === RISKY)!;
    expect(risky.urgent).toBe(true);
    const alerts = ofType('outbox').filter((o) => o.kind === 'urgent-comment');
    expect(alerts.map((a) => a.commentId)).toEqual([risky.commentId]);
    const alert = {
      councilId: String(alerts[0]!.councilId),
      roundId: String(alerts[0]!.roundId),
      commentId: String(alerts[0]!.commentId),
      concerns: alerts[0]!.concerns as string[],
    };
    expect(alert.concerns).toEqual(['self-harm']);
    expect(JSON.stringify(alerts[0])).not.toContain('hurt myself');
    expect(alertMessage(alert)).not.toContain('hurt myself');
    expect(alertMessage(alert)).toContain(risky.commentId as string);
  });

  it('a session phone: known only by a hash of its token, with its group and vote', () => {
    const hash = tokenHash(participantToken);
    expect(hash).not.toContain(participantToken);
    const parts = ofType('session-participant');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.sk).toBe(`PART#${hash}`);
    expect(parts[0]!.group).toBe('junior');
  });

  it('no item holds an address, the browser string or a session token', () => {
    const all = JSON.stringify(items);
    for (const secret of [USER_AGENT, 'identifying-build', FORWARDED, '127.0.0.1', '::ffff:', participantToken])
      expect(all).not.toContain(secret);
  });
});

describe('responses stored before the table kept only the day', () => {
  it('lose their digest and time of day to `npm run scrub-responses`, and keep the day', async () => {
    const roundId = 'r_legacy_1';
    const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    try {
      for (const [i, submissionId] of ids.entries()) {
        await documentClient(client).send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.response(roundId, submissionId),
              type: 'response',
              roundId,
              councilId: DEMO_COUNCIL.councilId,
              ratings: { p_reply: 'no' },
              cohort: { age: '14-17', care: 'in-care', source: 'survey' },
              receivedAt: `2026-11-0${i + 1}T21:47:12.345Z`,
              bodyHash: createHash('sha256').update(`old digest ${i}`).digest('base64url'),
            },
          }),
        );
      }
    } finally {
      client.destroy();
    }
    const said: string[] = [];
    const run = () =>
      runScrubCommand({ roundId, endpoint: inject('dynamoEndpoint'), aws: false, table: tableName }, (t) =>
        said.push(t),
      );
    expect(await run()).toBe(0);
    expect(said).toEqual([`Round ${roundId}: 2 responses scrubbed of digest and time of day.`]);
    const legacy = (await scanTable(tableName)).filter((i) => i.roundId === roundId);
    expect(legacy.map((r) => Object.keys(r).sort())).toEqual(
      ids.map(() => ['cohort', 'councilId', 'pk', 'ratings', 'receivedOn', 'roundId', 'sk', 'type']),
    );
    expect(legacy.map((r) => r.receivedOn).sort()).toEqual(['2026-11-01', '2026-11-02']);
    // A resend of one of them still gets its receipt, with the day.
    expect(await server.store.responses.received(roundId, ids[0]!)).toEqual({ receivedOn: '2026-11-01' });
    // Again: nothing left to change.
    expect(await run()).toBe(0);
    expect(said[1]).toBe(`Round ${roundId}: 0 responses scrubbed of digest and time of day.`);
  });
});
