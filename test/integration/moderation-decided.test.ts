/**
 * No decision by a slip, and a queue that scales: the maker of a decision can undo it for a short time; an
 * approval is withdrawn from the board in "Decided" (audited); a rejection keeps its reason; the queue filters by
 * round, promise and state and pages with server cursors; the other comments sent with an urgent one are read
 * only when the council decided so, and every reading is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { UNDO_WINDOW_SECONDS } from '../../shared/limits';
import type { CouncilSettingsView } from '../../shared/schemas/council';
import type { QueueComment } from '../../shared/schemas/moderation';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { api, finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const base = `/api/staff/councils/${COUNCIL}`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let moderator: string;
let admin: string;
let board: string;
let clock = new Date();
const later = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

type Page = { comments: QueueComment[]; cursor?: string };
const list = (query = '') => http.ok<Page>(http.call(`${base}/moderation/queue${query}`, { token: moderator }));
const post = (c: Pick<QueueComment, 'commentId'>, what: string, body?: unknown, token = moderator) =>
  http.call(`${base}/rounds/${ROUND}/comments/${c.commentId}/${what}`, {
    method: 'POST',
    token,
    ...(body ? { body } : {}),
  });
const submit = (comments: { promiseId?: string; text: string }[], ratings: Record<string, string> = {}) =>
  http.ok(
    http.call(`/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      body: { submissionId: crypto.randomUUID(), ratings, comments },
    }),
  );
const boardText = async () =>
  JSON.stringify(await http.ok<Scorecard>(http.call(`${base}/rounds/${ROUND}/scorecard`, { token: board })));
const byText = async (text: string, query = '') => (await list(query)).comments.find((c) => c.text === text)!;

const FAMILY = Array.from({ length: 7 }, (_, i) => `Family visit comment number ${i + 1} please`);
const REPLY = 'Nobody replies to my messages';
const DISCLOSURE = 'Someone at my placement hurts me and I am scared';
const SENT_WITH = 'Also I never get my pocket money';

beforeAll(async () => {
  server = await startTestServer({ pages: false, now: () => clock });
  http = api(server);
  [moderator, admin, board] = await Promise.all([
    loginToken(server, demoEmail('moderator')),
    loginToken(server, demoEmail('council-admin')),
    loginToken(server, demoEmail('board-member')),
  ]);
  for (let i = 0; i < 5; i++) await submit([], { p_reply: 'no', p_family: 'yes' });
  for (const text of FAMILY) await submit([{ promiseId: 'p_family', text }]);
  await submit([{ promiseId: 'p_reply', text: REPLY }]);
  // The board reads comments with the figures, once the round is final (shared/scoring/release.ts).
  await finaliseRound(server.store, ROUND, clock);
});
afterAll(() => server.close());

describe('undo and withdraw', () => {
  it('undoes an approval within the time, so the board no longer reads it; later, only "withdraw" does', async () => {
    const reply = await byText(REPLY);
    const approved = await http.ok<QueueComment>(post(reply, 'decision', { decision: 'approve' }));
    expect(approved.undoUntil).toBe(new Date(clock.getTime() + UNDO_WINDOW_SECONDS * 1000).toISOString());
    expect(await boardText()).toContain(REPLY);
    // Someone else cannot undo it.
    const other = await loginToken(server, demoEmail('council-admin'));
    await http.fails(post(reply, 'undo', undefined, other), 403);

    later(5);
    const back = await http.ok<QueueComment>(post(reply, 'undo'));
    expect(back).toMatchObject({ status: 'pending' });
    expect(back.decidedBy).toBeUndefined();
    expect(await boardText()).not.toContain(REPLY);
    expect((await byText(REPLY)).status).toBe('pending');
    // Nothing is left to undo.
    expect((await http.fails(post(reply, 'undo'), 409)).message).toMatch(/^Only your own latest decision/);

    later(1);
    await http.ok(post(reply, 'decision', { decision: 'approve' }));
    later(UNDO_WINDOW_SECONDS + 1);
    await http.fails(post(reply, 'undo'), 409);
    const decided = await byText(REPLY, '?state=decided');
    expect(decided).toMatchObject({ status: 'approved', decidedBy: demoEmail('moderator') });
    expect(decided.undoUntil).toBeUndefined();

    const withdrawn = await http.ok<QueueComment>(
      post(reply, 'decision', { decision: 'withdraw', from: 'approved', reason: 'Names a teacher' }),
    );
    expect(withdrawn).toMatchObject({ status: 'pending', reason: 'Names a teacher' });
    expect(await boardText()).not.toContain(REPLY);
    const audit = (await server.store.audit.list(COUNCIL))
      .filter((e) => e.target === reply.commentId)
      .sort((a, b) => a.at.localeCompare(b.at));
    expect(audit.map((e) => e.action)).toEqual([
      'comment.approve',
      'comment.undo',
      'comment.approve',
      'comment.withdraw',
    ]);
    expect(audit.at(-1)!.details).toMatchObject({ from: 'approved', reason: 'Names a teacher' });
    // Withdrawing what is not on the board is refused with the reason.
    expect((await http.fails(post(reply, 'decision', { decision: 'withdraw', from: 'approved' }), 409)).message).toBe(
      'This comment is still waiting: reload the queue and decide again.',
    );
  });

  it('keeps a rejection’s reason and shows it in "Decided"', async () => {
    const c = await byText(FAMILY[6]!);
    await http.ok(post(c, 'decision', { decision: 'reject', reason: 'Written twice' }));
    expect(await byText(FAMILY[6]!, '?state=rejected')).toMatchObject({ status: 'rejected', reason: 'Written twice' });
    const tooLong = await http.fails(
      post(c, 'decision', { decision: 'reject', reason: 'x'.repeat(301), from: 'rejected' }),
      400,
    );
    expect(tooLong.message).toContain('A reason is at most 300 characters');
  });
});

describe('filters and pages', () => {
  it('lists waiting comments of one promise, a page at a time, and decided ones by state', async () => {
    const first = await list('?promiseId=p_family&limit=4');
    expect(first.comments).toHaveLength(4);
    expect(first.comments.every((c) => c.promiseId === 'p_family')).toBe(true);
    const second = await list(`?promiseId=p_family&limit=4&cursor=${first.cursor}`);
    expect(second.comments.every((c) => c.promiseId === 'p_family')).toBe(true);
    expect(new Set([...first.comments, ...second.comments].map((c) => c.text))).toEqual(new Set(FAMILY.slice(0, 6)));
    expect(second.cursor).toBeUndefined();

    expect((await list(`?roundId=${ROUND}&promiseId=p_reply`)).comments.map((c) => c.text)).toEqual([REPLY]);
    expect((await list('?roundId=r_other')).comments).toEqual([]);
    expect((await list('?state=rejected')).comments.map((c) => c.text)).toEqual([FAMILY[6]]);
    expect((await list('?state=approved')).comments).toEqual([]);

    // A cursor of the waiting queue means nothing to the decided list, and a bad state is refused in words.
    expect((await list(`?state=decided&cursor=${first.cursor}`)).comments.map((c) => c.text)).toEqual([FAMILY[6]]);
    const bad = await http.fails(http.call(`${base}/moderation/queue?state=maybe`, { token: moderator }), 400);
    expect(bad.message).toContain('state is one of pending, decided, referred, approved, redacted, rejected');
  });
});

describe('other comments sent with an urgent one', () => {
  it('are not kept unless the council decided so; then read by the moderator, each reading audited', async () => {
    // The round takes answers again for this test (the board's reads above needed it final).
    const round = (await server.store.rounds.get(ROUND))!;
    await server.store.rounds.put({ ...round, closesAt: null });
    await submit([{ text: DISCLOSURE }, { text: SENT_WITH }]);
    const before = await byText(DISCLOSURE);
    expect(before.sentWithCount).toBe(0);
    expect(
      (
        await http.fails(
          http.call(`${base}/rounds/${ROUND}/comments/${before.commentId}/sent-with`, { token: moderator }),
          403,
        )
      ).message,
    ).toMatch(/^Your council has not decided to show the other comments/);

    const settings = await http.ok<CouncilSettingsView>(http.call(`${base}/settings`, { token: admin }));
    expect(settings.linkUrgentComments).toBe(false);
    const { slug, version, ...rest } = settings;
    await http.ok(
      http.call(`${base}/settings`, {
        method: 'PUT',
        token: admin,
        body: { ...rest, linkUrgentComments: true, version },
      }),
    );
    // Only comments sent after the decision carry the link.
    expect((await byText(DISCLOSURE)).sentWithCount).toBe(0);
    await submit([
      { text: `${DISCLOSURE} again` },
      { text: `${SENT_WITH} again` },
      { promiseId: 'p_reply', text: 'And more' },
    ]);
    const linked = await byText(`${DISCLOSURE} again`);
    expect(linked.sentWithCount).toBe(2);
    expect((await byText(`${SENT_WITH} again`)).sentWithCount).toBe(0);

    const read = await http.ok<{ comments: QueueComment[] }>(
      http.call(`${base}/rounds/${ROUND}/comments/${linked.commentId}/sent-with`, { token: moderator }),
    );
    expect(read.comments.map((c) => c.text).sort()).toEqual(['And more', `${SENT_WITH} again`].sort());
    await http.fails(
      http.call(`${base}/rounds/${ROUND}/comments/${linked.commentId}/sent-with`, { token: board }),
      403,
    );
    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.action === 'comment.read-sent-with');
    expect(audit).toMatchObject([
      { actor: demoEmail('moderator'), target: linked.commentId, details: { comments: 2 } },
    ]);
    const changed = (await server.store.audit.list(COUNCIL)).filter((e) => e.action === 'council.settings');
    expect(changed.at(-1)!.details).toMatchObject({ linkUrgentComments: true });
  });
});
