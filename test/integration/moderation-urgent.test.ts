/**
 * An urgent comment is handled, not approved: the queue shows when it arrived to the minute and who has seen
 * its alert; nobody acknowledging it in the council's set time marks it overdue and alerts the safeguarding
 * lead again (the clock is moved in the test); a referral records who, when and a note that no board reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindUnacknowledged } from '../../functions/api/services/moderation';
import { remindEveryCouncil } from '../../functions/jobs/urgent-reminders';
import type { LocalServer } from '../../functions/local/server';
import { keys } from '../../functions/store/keys';
import { URGENT_ACKNOWLEDGE_MINUTES } from '../../shared/limits';
import type { CouncilSettingsView } from '../../shared/schemas/council';
import type { QueueComment } from '../../shared/schemas/moderation';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { api, finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const MINUTE = 60_000;
const DISCLOSURE = 'My foster carer hit me last night and I am scared to go home';
const OTHER = 'The bus to school takes ages';

let server: LocalServer;
let http: ReturnType<typeof api>;
let tableName: string;
let moderator: string;
let lead: string;
let board: string;
/** The server's clock: moved forward by the test. */
let clock = new Date();
const start = new Date(Math.floor(Date.now() / MINUTE) * MINUTE + 17_000);
const at = (minutes: number) => {
  clock = new Date(start.getTime() + minutes * MINUTE);
};

const base = `/api/staff/councils/${COUNCIL}`;
const queue = async (query = '', token = moderator) =>
  (await http.ok<{ comments: QueueComment[] }>(http.call(`${base}/moderation/queue${query}`, { token }))).comments;
const commentPath = (id: string, what: string) => `${base}/rounds/${ROUND}/comments/${id}/${what}`;
const post = (id: string, what: string, body?: unknown, token = moderator) =>
  http.call(commentPath(id, what), { method: 'POST', token, ...(body ? { body } : {}) });
const alertsFor = async (commentId: string) =>
  (await scanTable(tableName))
    .filter((i) => i.pk === keys.outboxPartition && i.commentId === commentId)
    .sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
const submit = (comments: { promiseId?: string; text: string }[]) =>
  http.ok(
    http.call(`/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      body: { submissionId: crypto.randomUUID(), ratings: { p_reply: 'no' }, comments },
    }),
  );
let disclosure: QueueComment;

beforeAll(async () => {
  at(0);
  tableName = testTableName('urgent');
  server = await startTestServer({ pages: false, tableName, now: () => clock });
  http = api(server);
  [moderator, lead, board] = await Promise.all([
    loginToken(server, demoEmail('moderator')),
    loginToken(server, demoEmail('moderator')),
    loginToken(server, demoEmail('board-member')),
  ]);
  // Enough ratings of p_reply for its approved comments to be shown beside it.
  for (let i = 0; i < 5; i++) await submit([]);
  await submit([{ promiseId: 'p_reply', text: DISCLOSURE }, { text: OTHER }]);
  // The board reads comments with the figures, once the round is final (shared/scoring/release.ts).
  await finaliseRound(server.store, ROUND, clock);
  disclosure = (await queue()).find((c) => c.text === DISCLOSURE)!;
});
afterAll(() => server.close());

describe('an urgent comment nobody acknowledges', () => {
  it('shows the exact time it arrived and when it must be acknowledged; a day only for the others', async () => {
    expect(disclosure).toMatchObject({
      urgent: true,
      // To the minute: no finer than the safeguarding lead needs (docs/dpia.md).
      receivedAt: new Date(start.getTime() - 17_000).toISOString(),
      seenBy: [],
      overdue: false,
      reminders: 0,
      acknowledgeBy: new Date(start.getTime() - 17_000 + URGENT_ACKNOWLEDGE_MINUTES.default * MINUTE).toISOString(),
    });
    const other = (await queue()).find((c) => c.text === OTHER)!;
    expect(other.receivedAt).toBeUndefined();
    expect(other.acknowledgeBy).toBeUndefined();
    expect(await alertsFor(disclosure.commentId)).toHaveLength(1);
  });

  it('is marked overdue after the council’s set time and alerts the safeguarding lead again, once a period', async () => {
    at(URGENT_ACKNOWLEDGE_MINUTES.default - 1);
    expect(await remindUnacknowledged(server.deps, COUNCIL)).toBe(0);
    expect((await queue()).find((c) => c.commentId === disclosure.commentId)!.overdue).toBe(false);

    at(URGENT_ACKNOWLEDGE_MINUTES.default + 1);
    expect((await queue()).find((c) => c.commentId === disclosure.commentId)).toMatchObject({ overdue: true });
    expect(await remindUnacknowledged(server.deps, COUNCIL)).toBe(1);
    // A second run in the same period sends nothing more.
    expect(await remindUnacknowledged(server.deps, COUNCIL)).toBe(0);
    const alerts = await alertsFor(disclosure.commentId);
    expect(alerts.map((a) => a.reminder)).toEqual([undefined, 1]);
    expect(alerts[1]!.concerns).toEqual(alerts[0]!.concerns);
    expect(JSON.stringify(alerts)).not.toContain('scared');

    // The scheduled run finds the council through its rounds.
    at(2 * URGENT_ACKNOWLEDGE_MINUTES.default + 2);
    const warnings: unknown[] = [];
    const log = { info: () => {}, warn: (_: string, extra: unknown) => warnings.push(extra) };
    expect(await remindEveryCouncil(server.deps, async () => [ROUND, 'r_nowhere'], log)).toEqual({
      Councils: 1,
      RemindersSent: 1,
      AlertsFailed: 0,
    });
    expect(warnings).toEqual([{ councilId: COUNCIL, sent: 1 }]);
    expect((await queue()).find((c) => c.commentId === disclosure.commentId)!.reminders).toBe(2);
  });

  it('fails the run, for the operators’ alarm, when an alert to the safeguarding lead cannot be sent', async () => {
    at(3 * URGENT_ACKNOWLEDGE_MINUTES.default + 3);
    const failing = {
      ...server.deps,
      notifier: { urgentComment: async () => Promise.reject(new Error('SNS is down')) },
    };
    const log = { info: () => {}, warn: () => {} };
    await expect(remindEveryCouncil(failing, async () => [ROUND], log)).rejects.toThrow(
      'urgent reminders: 1 alert(s) to the safeguarding lead failed; see the log',
    );
  });

  it('follows the council’s own time, and stops once someone says they have seen it', async () => {
    const settingsPath = `${base}/settings`;
    const admin = await loginToken(server, demoEmail('council-admin'));
    const settings = await http.ok<CouncilSettingsView>(http.call(settingsPath, { token: admin }));
    expect(settings.urgentAcknowledgeMinutes).toBe(URGENT_ACKNOWLEDGE_MINUTES.default);
    const { slug, version, ...rest } = settings;
    await http.ok(
      http.call(settingsPath, {
        method: 'PUT',
        token: admin,
        body: { ...rest, urgentAcknowledgeMinutes: URGENT_ACKNOWLEDGE_MINUTES.min, version },
      }),
    );
    const tooShort = await http.fails(
      http.call(settingsPath, {
        method: 'PUT',
        token: admin,
        body: { ...rest, urgentAcknowledgeMinutes: 1, version: version + 1 },
      }),
      400,
    );
    expect(tooShort.message).toContain(`Allow at least ${URGENT_ACKNOWLEDGE_MINUTES.min} minutes`);

    at(3 * URGENT_ACKNOWLEDGE_MINUTES.default + 3 + URGENT_ACKNOWLEDGE_MINUTES.min);
    expect(await remindUnacknowledged(server.deps, COUNCIL)).toBe(1);

    const seen = await http.ok<QueueComment>(post(disclosure.commentId, 'acknowledge', undefined, lead));
    expect(seen).toMatchObject({ seenBy: [{ by: demoEmail('moderator'), at: clock.toISOString() }], overdue: false });
    expect(seen.acknowledgeBy).toBeUndefined();
    // Pressing it again changes nothing.
    expect((await http.ok<QueueComment>(post(disclosure.commentId, 'acknowledge'))).seenBy).toHaveLength(1);
    at(10 * URGENT_ACKNOWLEDGE_MINUTES.default);
    expect(await remindUnacknowledged(server.deps, COUNCIL)).toBe(0);
    expect((await alertsFor(disclosure.commentId)).length).toBe(4);
    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.action === 'comment.acknowledge');
    expect(audit).toMatchObject([{ actor: demoEmail('moderator'), target: disclosure.commentId }]);

    const other = (await queue()).find((c) => c.text === OTHER)!;
    expect((await http.fails(post(other.commentId, 'acknowledge'), 409)).message).toMatch(/not marked urgent/);
    await http.fails(post(disclosure.commentId, 'acknowledge', undefined, board), 403);
  });
});

describe('a referral under the safeguarding procedure', () => {
  it('records who, when and a note, leaves the waiting queue, is never shown to the board, and may be approved after', async () => {
    expect(
      (await http.fails(post(disclosure.commentId, 'decision', { decision: 'refer', note: '  ' }), 400)).message,
    ).toContain('Say in a few words what was done');
    const other = (await queue()).find((c) => c.text === OTHER)!;
    expect(
      (await http.fails(post(other.commentId, 'decision', { decision: 'refer', note: 'Told the duty team' }), 422))
        .message,
    ).toMatch(/^Only an urgent comment is referred/);

    const NOTE = 'Passed to the duty social worker, who is visiting today';
    const referred = await http.ok<QueueComment>(
      post(disclosure.commentId, 'decision', { decision: 'refer', note: NOTE }),
    );
    expect(referred).toMatchObject({
      status: 'referred',
      referral: { by: demoEmail('moderator'), at: clock.toISOString(), note: NOTE },
    });
    expect((await queue()).map((c) => c.commentId)).not.toContain(disclosure.commentId);
    expect((await queue('?state=referred')).map((c) => c.commentId)).toEqual([disclosure.commentId]);
    expect((await queue('?state=decided')).map((c) => c.commentId)).toEqual([disclosure.commentId]);
    const audit = (await server.store.audit.list(COUNCIL)).filter((e) => e.action === 'comment.refer');
    expect(audit).toMatchObject([{ actor: demoEmail('moderator'), target: disclosure.commentId }]);

    const scorecard = async () =>
      JSON.stringify(await http.ok<Scorecard>(http.call(`${base}/rounds/${ROUND}/scorecard`, { token: board })));
    expect(await scorecard()).not.toContain('scared');

    // Approving it after the referral: the board reads the words, never the referral.
    const approved = await http.ok<QueueComment>(
      post(disclosure.commentId, 'decision', { decision: 'approve', from: 'referred' }),
    );
    expect(approved).toMatchObject({ status: 'approved', referral: { note: NOTE } });
    const card = await scorecard();
    expect(card).toContain(DISCLOSURE);
    expect(card).not.toContain('duty social worker');
    expect(card).not.toContain('referral');
  });
});
