import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { inPartition } from '../../functions/store/dynamo/expressions';
import { keys } from '../../functions/store/keys';
import type { QueueComment } from '../../shared/schemas/moderation';
import { api } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const TABLE = `flag-${Date.now().toString(36)}`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let moderator: string;

const queue = async () =>
  (
    await http.ok<{ comments: QueueComment[] }>(
      http.call(`/api/staff/councils/${COUNCIL}/moderation/queue`, { token: moderator }),
    )
  ).comments;
const flag = (commentId: string, token = moderator) =>
  http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/comments/${commentId}/urgent`, { method: 'POST', token });

/** Words the screen does not catch, but a moderator reading them would worry. */
const MISSED = 'My carer takes my phone and I am not allowed to eat with the others';
const PLAIN = 'The bus to school takes ages';
const SCREENED = 'I want to kill myself';

beforeAll(async () => {
  server = await startTestServer({ pages: false, tableName: TABLE });
  http = api(server);
  moderator = await loginToken(server, demoEmail('moderator'));
  const round = (await server.store.rounds.get(ROUND))!;
  for (const [i, text] of [PLAIN, MISSED, SCREENED].entries()) {
    await server.store.responses.submit({
      round,
      submissionId: crypto.randomUUID(),
      ratings: {},
      cohort: { age: 'not-answered', care: 'not-answered', source: 'survey' },
      comments: [{ commentId: `cm_flag_${i}`, text, urgent: text === SCREENED }],
      receivedOn: new Date().toISOString().slice(0, 10),
      commentsExpireAt: Math.floor(Date.now() / 1000) + 86_400,
    });
  }
});
afterAll(() => server.close());

describe('a moderator marks a comment urgent', () => {
  it('moves it to the urgent part of the queue, says who marked it, alerts the safeguarding lead and audits it', async () => {
    expect((await queue()).map((c) => [c.text, c.urgent])).toEqual([
      [SCREENED, true],
      [PLAIN, false],
      [MISSED, false],
    ]);
    const missed = (await queue()).find((c) => c.text === MISSED)!;
    const flagged = await http.ok<QueueComment>(flag(missed.commentId));
    expect(flagged).toMatchObject({
      commentId: missed.commentId,
      urgent: true,
      status: 'pending',
      flaggedBy: demoEmail('moderator'),
    });
    // Urgent ones first (among them, by the day they came), then the rest.
    const after = await queue();
    expect(
      after
        .slice(0, 2)
        .map((c) => c.text)
        .sort(),
    ).toEqual([MISSED, SCREENED].sort());
    expect(after.map((c) => c.urgent)).toEqual([true, true, false]);

    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.action === 'comment.flag-urgent');
    expect(audit).toMatchObject([
      { actor: demoEmail('moderator'), target: missed.commentId, details: { roundId: ROUND } },
    ]);
    const db = documentClient(createDynamoClient({ endpoint: inject('dynamoEndpoint') }));
    const outbox = await db.send(
      new QueryCommand({
        TableName: TABLE,
        ...inPartition(keys.outboxPartition),
      }),
    );
    expect(outbox.Items?.filter((i) => i.commentId === missed.commentId)).toMatchObject([
      { concerns: ['flagged-by-moderator'] },
    ]);
    // The alert carries no words of the comment.
    expect(JSON.stringify(outbox.Items)).not.toContain('phone');
  });

  it('refuses a comment already urgent or already decided, an unknown one, and anyone but a moderator', async () => {
    const comments = await queue();
    expect((await http.fails(flag(comments.find((c) => c.text === SCREENED)!.commentId), 409)).message).toBe(
      'This comment is already marked urgent.',
    );
    const plain = comments.find((c) => c.text === PLAIN)!;
    await http.ok(
      http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/comments/${plain.commentId}/decision`, {
        method: 'POST',
        token: moderator,
        body: { decision: 'approve' },
      }),
    );
    expect((await http.fails(flag(plain.commentId), 409)).message).toMatch(/^This comment was already approved by /);
    await http.fails(flag('cm_nothing_here'), 404);
    await http.fails(flag(comments[0]!.commentId, await loginToken(server, demoEmail('board-member'))), 403);
  });
});
