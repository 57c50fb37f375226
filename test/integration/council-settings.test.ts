/**
 * A council admin changes the council's settings: young people's pages show the new help contacts, the
 * scorecard colours by the new limits, a new comment is kept for the new period, and the audit log says
 * who changed what. Two admins cannot overwrite each other, and bad input is refused with a message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE_ID } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import type { CouncilSettingsView } from '../../shared/schemas/council';
import type { Scorecard } from '../../shared/schemas/scorecard';
import type { AuditPage } from '../../shared/schemas/staff-users';
import { addRound, api, answer as storeAnswers } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

const DAY = 86_400;
const ROUND = 'r_riverside_1';
const settingsPath = (councilId = DEMO_COUNCIL.councilId) => `/api/staff/councils/${councilId}/settings`;

let server: LocalServer;
let http: ReturnType<typeof api>;
let tableName: string;
let admin: string;

beforeAll(async () => {
  tableName = testTableName('settings');
  server = await startTestServer({ tableName });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(async () => {
  await server?.close();
});

const read = () => http.ok<CouncilSettingsView>(http.call(settingsPath(), { token: admin }));
const save = (body: unknown, token = admin) => http.call(settingsPath(), { method: 'PUT', token, body });
const statusOf = (card: Scorecard, promiseId: string) => {
  const figures = card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === promiseId)?.figures;
  return figures && !figures.suppressed ? figures.status : null;
};
/** An earlier round whose figures are final: the board sees a round's figures only then. */
const EARLIER = 'r_riverside_0';
const scorecard = () =>
  http.ok<Scorecard>(
    http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${EARLIER}/scorecard`, { token: admin }),
  );
const answer = async (body: Record<string, unknown>) => {
  const res = await http.call(`/api/public/rounds/${ROUND}/responses`, {
    method: 'POST',
    body: { submissionId: crypto.randomUUID(), ...body },
  });
  expect(res.status, await res.text()).toBe(200);
};

describe('council settings', () => {
  it('a change reaches young people’s pages, the scorecard’s colours, new comments and the audit log', async () => {
    const before = await read();
    expect(before).toMatchObject({ slug: DEMO_COUNCIL.slug, version: 0, commentRetentionDays: 365 });

    // Six young people said "sometimes" in an earlier round: a score of 50, amber by the default limits (green 75, amber 50).
    const earlier = await addRound(server.store, {
      councilId: DEMO_COUNCIL.councilId,
      roundId: EARLIER,
      name: 'Spring 2026',
      daysAgo: 120,
      pledgeId: DEMO_PLEDGE_ID,
      pledgeVersion: 1,
    });
    await storeAnswers(server.store, earlier, { p_reply: 'sometimes' }, 6);
    expect(statusOf(await scorecard(), 'p_reply')).toBe('amber');
    const limits = { green: 80, amber: 60 };

    const contact = {
      name: 'Riverside Leaving Care Team',
      description: 'For care leavers up to 25',
      phone: '020 7946 0999',
      url: 'https://riverside.example/leaving-care',
    };
    const after = await http.ok<CouncilSettingsView>(
      save({
        name: 'Riverside Borough Council',
        helpContacts: [...before.helpContacts, contact],
        thresholds: limits,
        commentRetentionDays: 60,
        version: before.version,
      }),
    );
    expect(after).toMatchObject({
      name: 'Riverside Borough Council',
      thresholds: limits,
      commentRetentionDays: 60,
      version: 1,
    });

    // What a young person's page loads.
    const survey = await http.ok<{ council: { name: string; helpContacts: unknown[] } }>(
      http.call(`/api/public/councils/${DEMO_COUNCIL.slug}`),
    );
    expect(survey.council.name).toBe('Riverside Borough Council');
    expect(survey.council.helpContacts).toContainEqual(contact);

    expect(statusOf(await scorecard(), 'p_reply')).toBe('red');

    // A comment sent now is kept for 60 days, not 365.
    const sentAt = Date.now() / 1000;
    await answer({ ratings: {}, comments: [{ text: 'Settings test comment.' }] });
    const stored = (await scanTable(tableName)).find(
      (i) => i.type === 'comment' && i.text === 'Settings test comment.',
    )!;
    expect(Number(stored.expiresAt)).toBeGreaterThanOrEqual(Math.floor(sentAt) + 60 * DAY - 5);
    expect(Number(stored.expiresAt)).toBeLessThanOrEqual(Date.now() / 1000 + 60 * DAY + 5);

    const audit = await http.ok<AuditPage>(
      http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/audit`, { token: admin }),
    );
    const entry = audit.entries.find((e) => e.action === 'council.settings')!;
    expect(entry).toMatchObject({
      actor: demoEmail('council-admin'),
      details: { changed: 'name,helpContacts,thresholds,commentRetentionDays', commentRetentionDays: 60 },
    });
  });

  it('a change made with an old version is refused: two admins cannot overwrite each other', async () => {
    const now = await read();
    const { slug: _slug, version: _version, ...settings } = now;
    await http.ok(save({ ...settings, commentRetentionDays: 90, version: now.version }));
    const error = await http.fails(save({ ...settings, commentRetentionDays: 120, version: now.version }), 409);
    expect(error.message).toMatch(/changed these settings meanwhile/);
    expect((await read()).commentRetentionDays).toBe(90);
  });

  it('refuses what would harm young people or the counts, saying what to change, and changes nothing', async () => {
    const now = await read();
    const { slug: _slug, version: _version, ...settings } = now;
    const cases: [unknown, RegExp][] = [
      [{ helpContacts: [{ name: 'Tricky', url: 'javascript:alert(1)' }] }, /https:\/\//],
      [{ helpContacts: [{ name: 'Plain web', url: 'http://riverside.example' }] }, /https:\/\//],
      [{ helpContacts: [{ name: 'Letters', phone: 'call me maybe' }] }, /digits/],
      [{ helpContacts: [{ name: 'Nowhere' }] }, /phone number or a web address/],
      [{ helpContacts: [{ name: ' ', phone: '0800 1111' }] }, /name/],
      [{ thresholds: { green: 40, amber: 60 } }, /amber score must not be above the green/],
      [{ thresholds: { green: 140, amber: 50 } }, /0 to 100/],
      [{ commentRetentionDays: 7 }, /at least 30 days/],
      [{ commentRetentionDays: 36500 }, /at most 3650 days/],
      [{ name: '' }, /name/],
    ];
    for (const [change, message] of cases) {
      const error = await http.fails(save({ ...settings, ...(change as object), version: now.version }), 400);
      expect(error.message, JSON.stringify(change)).toMatch(message);
    }
    expect(await http.fails(save({ ...settings }), 400)).toMatchObject({
      message: expect.stringMatching(/version you read/),
    });
    expect(await read()).toEqual(now);
  });

  it('only the council’s own admins read or change it', async () => {
    const now = await read();
    const { slug: _slug, ...body } = now;
    for (const role of ['board-member', 'moderator', 'facilitator'] as const) {
      const token = await loginToken(server, demoEmail(role));
      await http.fails(http.call(settingsPath(), { token }), 403);
      await http.fails(save(body, token), 403);
    }
    await http.fails(http.call(settingsPath('c_elsewhere'), { token: admin }), 403);
    await http.fails(http.call(settingsPath()), 401);
    expect(await read()).toEqual(now);
  });
});
