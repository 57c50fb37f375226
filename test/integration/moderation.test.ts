import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { REDACTED_MARK } from '../../shared/moderation/redact';
import type { QueueComment } from '../../shared/schemas/moderation';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { answer, api, finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let moderator: string;
let board: string;

const queuePath = `/api/staff/councils/${COUNCIL}/moderation/queue`;
const decisionPath = (commentId: string, roundId = ROUND) =>
  `/api/staff/councils/${COUNCIL}/rounds/${roundId}/comments/${commentId}/decision`;
const queue = async (query = '') =>
  http.ok<{ comments: QueueComment[]; cursor?: string }>(http.call(`${queuePath}${query}`, { token: moderator }));
const decide = (commentId: string, body: unknown, token = moderator) =>
  http.call(decisionPath(commentId), { method: 'POST', token, body });
const submit = (ratings: Record<string, string>, comments: { promiseId?: string; text: string }[]) =>
  http.ok(
    http.call(`/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      body: { submissionId: crypto.randomUUID(), ratings, comments },
    }),
  );
const byText = (comments: QueueComment[], text: string) => comments.find((c) => c.text === text)!;

const WORRY = "I don't feel safe at my placement at night";
const NAMED = 'My worker Jamie Brook at Oakfield never calls me back';
const KIND = 'My foster carer helps me with homework every day';
const RUDE = 'This survey is rubbish';
const GENERAL = 'More trips out in the holidays please';
const QUIET = 'Nobody told me about my new home';

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  [moderator, board] = await Promise.all([
    loginToken(server, demoEmail('moderator')),
    loginToken(server, demoEmail('board-member')),
  ]);
  const round = (await server.store.rounds.get(ROUND))!;
  // p_reply and p_family get enough ratings to be shown; p_visit stays below 5.
  await answer(server.store, round, { p_reply: 'no', p_family: 'yes' }, 6);
  await submit({ p_reply: 'no' }, [{ promiseId: 'p_reply', text: NAMED }]);
  await submit({ p_family: 'yes' }, [
    { promiseId: 'p_family', text: KIND },
    { promiseId: 'p_family', text: WORRY },
  ]);
  await submit({ p_visit: 'no' }, [{ promiseId: 'p_visit', text: QUIET }, { text: GENERAL }, { text: RUDE }]);
  // A facilitator's note from a live session arrives in the same queue.
  const facilitator = await loginToken(server, demoEmail('facilitator'));
  const { session } = await http.ok<{ session: { sessionId: string } }>(
    http.call(`/api/staff/councils/${COUNCIL}/sessions`, {
      method: 'POST',
      token: facilitator,
      body: { roundId: ROUND, promiseIds: ['p_reply'], roomSize: 30, mode: 'phones-and-hands' },
    }),
    201,
  );
  await http.ok(
    http.call(`/api/staff/councils/${COUNCIL}/sessions/${session.sessionId}/notes`, {
      method: 'POST',
      token: facilitator,
      body: {
        noteId: crypto.randomUUID(),
        promiseId: 'p_reply',
        text: 'The group said one of them ran away last month',
      },
    }),
  );
});
afterAll(() => server.close());

describe('the moderation queue', () => {
  it('lists every comment and session note waiting, those that may show a risk first, with why and where from', async () => {
    const { comments } = await queue();
    expect(comments).toHaveLength(7);
    expect(comments.slice(0, 2).map((c) => c.urgent)).toEqual([true, true]);
    expect(comments.slice(2).every((c) => !c.urgent)).toBe(true);
    expect(byText(comments, WORRY)).toMatchObject({
      urgent: true,
      concerns: ['unsafe'],
      source: 'survey',
      status: 'pending',
      roundName: 'Autumn 2026',
      promiseId: 'p_family',
      promiseText: 'We will help you keep in touch with your family, brothers and sisters when it is safe to do so.',
    });
    expect(comments.find((c) => c.source === 'session-note')).toMatchObject({
      urgent: true,
      concerns: ['running-away'],
      promiseId: 'p_reply',
    });
    expect(byText(comments, GENERAL).promiseId).toBeUndefined();
    expect(comments.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.receivedOn))).toBe(true);
  });

  it('pages with a cursor, and a cursor cannot be pointed at another council', async () => {
    const first = await queue('?limit=4');
    expect(first.comments).toHaveLength(4);
    const rest = await queue(`?limit=4&cursor=${first.cursor}`);
    expect(rest.comments).toHaveLength(3);
    expect(new Set([...first.comments, ...rest.comments].map((c) => c.commentId)).size).toBe(7);
    const forged = Buffer.from(JSON.stringify(['COMMENT#x#y', 'pending#0#2020-01-01#y'])).toString('base64url');
    expect((await queue(`?cursor=${forged}`)).comments.every((c) => c.roundId === ROUND)).toBe(true);
    await http.fails(http.call(`${queuePath}?limit=500`, { token: moderator }), 400);
  });

  it('is for moderators only', async () => {
    await http.fails(http.call(queuePath, { token: board }), 403);
    await http.fails(http.call(queuePath, { token: await loginToken(server, demoEmail('council-admin')) }), 403);
    const { comments } = await queue();
    await http.fails(decide(comments[0]!.commentId, { decision: 'approve' }, board), 403);
  });
});

describe('decisions', () => {
  it('approve, redact part of, or reject a comment; each recorded with who and when; the board reads only what was approved', async () => {
    const { comments } = await queue();
    const named = byText(comments, NAMED);
    const start = NAMED.indexOf('Jamie');
    // "Jamie Brook" and "Oakfield": the moderator marks "ami" and "Brook"; whole words are hidden.
    const redacted = await http.ok<QueueComment>(
      decide(named.commentId, {
        decision: 'redact',
        hide: [
          { start: start + 1, end: start + 4 },
          { start: NAMED.indexOf('Brook'), end: NAMED.indexOf('Brook') + 5 },
          { start: NAMED.indexOf('Oakfield'), end: NAMED.indexOf('Oakfield') + 8 },
        ],
      }),
    );
    expect(redacted).toMatchObject({
      status: 'redacted',
      shownText: `My worker ${REDACTED_MARK} at ${REDACTED_MARK} never calls me back`,
      decidedBy: demoEmail('moderator'),
    });
    expect(redacted.text).toBe(NAMED); // the moderator still sees the original, while retention allows
    await http.ok(decide(byText(comments, KIND).commentId, { decision: 'approve' }));
    await http.ok(decide(byText(comments, WORRY).commentId, { decision: 'approve' }));
    await http.ok(decide(byText(comments, GENERAL).commentId, { decision: 'approve' }));
    await http.ok(decide(byText(comments, QUIET).commentId, { decision: 'approve' }));
    const rejected = await http.ok<QueueComment>(decide(byText(comments, RUDE).commentId, { decision: 'reject' }));
    expect(rejected).toMatchObject({ status: 'rejected', decidedBy: demoEmail('moderator') });
    expect(Date.now() - Date.parse(rejected.decidedAt!)).toBeLessThan(60_000);

    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.action.startsWith('comment.'));
    expect(audit.map((e) => e.action).sort()).toEqual([
      'comment.approve',
      'comment.approve',
      'comment.approve',
      'comment.approve',
      'comment.redact',
      'comment.reject',
    ]);
    expect(audit.every((e) => e.actor === demoEmail('moderator') && e.details?.roundId === ROUND)).toBe(true);
    expect(audit.find((e) => e.target === named.commentId)?.details).toMatchObject({ from: 'pending', partsHidden: 2 });

    // Only the session note is still waiting.
    expect((await queue()).comments.map((c) => c.source)).toEqual(['session-note']);

    // The board reads comments with the figures, once the round is final.
    await finaliseRound(server.store, ROUND);
    const card = await http.ok<Scorecard>(
      http.call(`/api/staff/councils/${COUNCIL}/rounds/${ROUND}/scorecard`, { token: board }),
    );
    const commentsOf = (id: string) =>
      card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === id)!.comments;
    expect(commentsOf('p_reply')).toEqual([
      {
        commentId: named.commentId,
        text: `My worker ${REDACTED_MARK} at ${REDACTED_MARK} never calls me back`,
        redacted: true,
        source: 'survey',
        receivedOn: named.receivedOn,
      },
    ]);
    expect(
      commentsOf('p_family')
        .map((c) => c.text)
        .sort(),
    ).toEqual([WORRY, KIND].sort());
    // p_visit has one rating: its approved comment is not shown beside a group that small.
    expect(commentsOf('p_visit')).toEqual([]);
    expect(card.generalComments.map((c) => c.text)).toEqual([GENERAL]);
    const everything = JSON.stringify(card);
    for (const hidden of ['Jamie', 'Oakfield', RUDE, 'ran away', QUIET]) expect(everything).not.toContain(hidden);
  });

  it('refuses a second decision made from a stale view, a mark outside the comment, and an unknown comment', async () => {
    await server.store.responses.submit({
      round: (await server.store.rounds.get(ROUND))!,
      submissionId: crypto.randomUUID(),
      ratings: {},
      cohort: { age: 'not-answered', care: 'not-answered', source: 'survey' },
      comments: [{ commentId: 'cm_stale_view_1', text: 'Short', urgent: false }],
      receivedOn: new Date().toISOString().slice(0, 10),
      commentsExpireAt: Math.floor(Date.now() / 1000) + 3600,
    });
    await http.ok(decide('cm_stale_view_1', { decision: 'approve' }));
    const again = await http.fails(decide('cm_stale_view_1', { decision: 'reject' }), 409);
    expect(again.message).toMatch(
      /^This comment was already approved by moderator@riverside\.example at \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/,
    );
    // Withdrawing it is a decision made from what the moderator saw: approved.
    expect(
      await http.ok<QueueComment>(decide('cm_stale_view_1', { decision: 'reject', from: 'approved' })),
    ).toMatchObject({ status: 'rejected' });
    const outside = await http.fails(
      decide('cm_stale_view_1', { decision: 'redact', hide: [{ start: 2, end: 99 }], from: 'rejected' }),
      422,
    );
    expect(outside.message).toBe('Each part to hide must lie inside the comment (0 to 5) and end after it starts');
    await http.fails(decide('cm_nothing_here', { decision: 'approve' }), 404);
    expect((await http.fails(decide('cm_stale_view_1', { decision: 'publish' }), 400)).message).toContain(
      'decision must be "approve", "reject", "redact" (with the parts to hide), "refer" (with a note) or "withdraw"',
    );
  });
});
