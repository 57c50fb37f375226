/**
 * What the staff pages ask of the API for a first-time user: refusals that name roles in words, the admin's
 * setup checklist, the counts of work waiting, "close this round and open a new one" in one step with how
 * many young people sent answers lately, and an optional name beside each staff e-mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { RECENT_ANSWERS_HOURS, SUPPRESSED_LABEL } from '../../shared/limits';
import { ROLE_LABELS, ROLES } from '../../shared/roles';
import type { Round } from '../../shared/schemas/round';
import type { AuditPage, StaffUser } from '../../shared/schemas/staff-users';
import type { SetupChecklist, WorkWaiting } from '../../shared/setup/checklist';
import { answer, api } from '../support/board';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const councilId = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;
/** The server's clock runs this far ahead of the real one, so a test can let a closing round finish closing. */
let ahead = 0;

beforeAll(async () => {
  server = await startTestServer({ pages: false, now: () => new Date(Date.now() + ahead) });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(() => server.close());

const rounds = async () =>
  (
    await http.ok<{ rounds: { round: Round; open: boolean }[] }>(
      http.call(fill(API_PATHS.rounds, { councilId }), { token: admin }),
    )
  ).rounds;

describe('a refusal for the wrong role', () => {
  it('names the roles that may, in words, never by their ids', async () => {
    const facilitator = await loginToken(server, demoEmail('facilitator'));
    const error = await http.fails(
      http.call(fill(API_PATHS.scorecard, { councilId, roundId: ROUND }), { token: facilitator }),
      403,
    );
    expect(error.message).toBe(
      `This page is for ${ROLE_LABELS['council-admin']} or ${ROLE_LABELS['board-member']}. Ask your council admin if you need it.`,
    );
    for (const id of ROLES) expect(error.message).not.toContain(id);
  });
});

describe('the setup checklist', () => {
  it('shows Riverside set up: pledge, open round, help contacts and team done; no cards needed for an open link', async () => {
    const { steps } = await http.ok<SetupChecklist>(http.call(fill(API_PATHS.setup, { councilId }), { token: admin }));
    expect(steps.map((s) => [s.step, s.state])).toEqual([
      ['pledge', 'done'],
      ['round', 'done'],
      ['help', 'done'],
      ['team', 'done'],
      ['codes', 'not-needed'],
    ]);
    expect(steps[1]!.detail).toBe('“Autumn 2026” is open on version 1.');
  });

  it('walks a new council through what is left, in order, and is for its admin only', async () => {
    const operator = await loginToken(server, demoEmail('platform-operator'));
    const made = await http.ok<{ council: { councilId: string } }>(
      http.call(API_PATHS.councils, {
        method: 'POST',
        token: operator,
        body: { name: 'Hillside Council', slug: 'hillside', adminEmail: 'lead@hillside.example' },
      }),
      201,
    );
    const hillside = made.council.councilId;
    const { userId } = (await server.users.list(hillside))[0]!;
    await server.users.put(
      { sub: userId, email: 'lead@hillside.example', roles: ['council-admin'], councilId: hillside },
      DEMO_PASSWORD,
    );
    const lead = await loginToken(server, 'lead@hillside.example');
    const { steps } = await http.ok<SetupChecklist>(
      http.call(fill(API_PATHS.setup, { councilId: hillside }), { token: lead }),
    );
    expect(steps.map((s) => [s.step, s.state])).toEqual([
      ['pledge', 'todo'],
      ['round', 'waiting'],
      ['help', 'todo'],
      ['team', 'todo'],
      ['codes', 'waiting'],
    ]);
    expect(steps[3]!.detail).toBe(
      'Nobody is moderator (safeguarding) or board member yet. Until someone moderates, no comment reaches the board.',
    );
    // Another council's admin, or a board member, cannot read it.
    await http.fails(http.call(fill(API_PATHS.setup, { councilId: hillside }), { token: admin }), 403);
    const board = await loginToken(server, demoEmail('board-member'));
    await http.fails(http.call(fill(API_PATHS.setup, { councilId }), { token: board }), 403);
  });
});

describe('work waiting', () => {
  it('tells a moderator how many comments wait and how many are urgent, and nobody else', async () => {
    const moderator = await loginToken(server, demoEmail('moderator'));
    const path = fill(API_PATHS.workWaiting, { councilId });
    const before = await http.ok<WorkWaiting>(http.call(path, { token: moderator }));
    expect(before).toEqual({ commentsToModerate: { pending: 0, urgent: 0 } });
    for (const text of ['More trips out please', "I don't feel safe at my placement at night", 'Reply faster']) {
      await http.ok(
        http.call(fill(API_PATHS.responses, { roundId: ROUND }), {
          method: 'POST',
          body: { submissionId: crypto.randomUUID(), ratings: { p_reply: 'no' }, comments: [{ text }] },
        }),
      );
    }
    expect(await http.ok<WorkWaiting>(http.call(path, { token: moderator }))).toEqual({
      commentsToModerate: { pending: 3, urgent: 1 },
    });
    // A board member or an admin reads the scorecard: a count of arriving comments is not theirs to watch.
    for (const role of ['board-member', 'council-admin', 'facilitator'] as const) {
      expect(await http.ok<WorkWaiting>(http.call(path, { token: await loginToken(server, demoEmail(role)) }))).toEqual(
        {},
      );
    }
  });
});

describe('closing a round and opening the next in one step', () => {
  it('says how many sent answers lately, in fives', async () => {
    const path = fill(API_PATHS.roundActivity, { councilId, roundId: ROUND });
    // The 3 answers above are fewer than 5.
    expect(await http.ok(http.call(path, { token: admin }))).toEqual({
      hours: RECENT_ANSWERS_HOURS,
      sent: SUPPRESSED_LABEL,
    });
    const round = (await server.store.rounds.get(ROUND))!;
    await answer(server.store, round, { p_reply: 'yes' }, 9);
    expect(await http.ok(http.call(path, { token: admin }))).toEqual({ hours: RECENT_ANSWERS_HOURS, sent: 10 });
  });

  it('checks the new round before closing the old, so nothing closes in vain', async () => {
    const path = fill(API_PATHS.roundCloseAndOpen, { councilId, roundId: ROUND });
    const error = await http.fails(
      http.call(path, {
        method: 'POST',
        token: admin,
        body: { name: 'Spring 2027', closesAt: '2020-01-01T00:00:00Z' },
      }),
      409,
    );
    expect(error.message).toBe('The closing date must be in the future.');
    expect((await rounds()).find((r) => r.round.roundId === ROUND)?.open).toBe(true);
    const bad = await http.fails(http.call(path, { method: 'POST', token: admin, body: { name: '' } }), 400);
    expect(bad.message).toMatch(/Give the round a name/);
  });

  it('closes the round, and the new one opens the moment the old has finished closing, never both at once', async () => {
    const made = await http.ok<{ closed: Round; opened: Round }>(
      http.call(fill(API_PATHS.roundCloseAndOpen, { councilId, roundId: ROUND }), {
        method: 'POST',
        token: admin,
        body: { name: 'Spring term 2027', closesAt: '2099-03-31T23:59:00.000Z', access: 'open-link' },
      }),
      201,
    );
    expect(made.opened).toMatchObject({
      name: 'Spring term 2027',
      pledgeVersion: 1,
      closesAt: '2099-03-31T23:59:00.000Z',
    });
    expect(made.opened.opensAt).toBe(made.closed.closesAt);
    // While the old one finishes closing, nobody can open a third.
    const third = await http.fails(
      http.call(fill(API_PATHS.rounds, { councilId }), { method: 'POST', token: admin, body: { name: 'Extra' } }),
      409,
    );
    expect(third.message).toMatch(/still open|opens in a few seconds/);
    ahead = Date.parse(made.opened.opensAt) - Date.now() + 1_000;
    await expect
      .poll(async () => (await rounds()).map((r) => [r.round.name, r.open]), { timeout: 10_000 })
      .toEqual([
        ['Spring term 2027', true],
        ['Autumn 2026', false],
      ]);
    const log = await http.ok<AuditPage>(http.call(fill(API_PATHS.audit, { councilId }), { token: admin }));
    expect(log.entries.slice(0, 2).map((e) => [e.action, e.target])).toEqual([
      ['round.open', made.opened.roundId],
      ['round.close', ROUND],
    ]);
    // The closed round cannot be closed and replaced again.
    await http.fails(
      http.call(fill(API_PATHS.roundCloseAndOpen, { councilId, roundId: ROUND }), {
        method: 'POST',
        token: admin,
        body: { name: 'Again' },
      }),
      409,
    );
  });

  it('is for the council admin only', async () => {
    const board = await loginToken(server, demoEmail('board-member'));
    await http.fails(
      http.call(fill(API_PATHS.roundCloseAndOpen, { councilId, roundId: ROUND }), {
        method: 'POST',
        token: board,
        body: { name: 'X' },
      }),
      403,
    );
    await http.fails(http.call(fill(API_PATHS.roundActivity, { councilId, roundId: ROUND }), { token: board }), 403);
  });
});

describe('a name beside each staff e-mail', () => {
  const STAFF = fill(API_PATHS.staff, { councilId });
  it('is given at the invitation, changed and removed later, each change in the audit log', async () => {
    const invited = await http.ok<StaffUser>(
      http.call(STAFF, {
        method: 'POST',
        token: admin,
        body: { email: 'sam@riverside.example', roles: ['facilitator'], name: '  Sam Patel ' },
      }),
      201,
    );
    expect(invited.name).toBe('Sam Patel');
    const listed = async () =>
      (await http.ok<{ staff: StaffUser[] }>(http.call(STAFF, { token: admin }))).staff.find(
        (s) => s.userId === invited.userId,
      );
    expect((await listed())?.name).toBe('Sam Patel');
    const path = fill(API_PATHS.staffName, { councilId, userId: invited.userId });
    await http.ok(http.call(path, { method: 'PUT', token: admin, body: { name: 'Sam Patel, participation officer' } }));
    expect((await listed())?.name).toBe('Sam Patel, participation officer');
    await http.ok(http.call(path, { method: 'PUT', token: admin, body: { name: '' } }));
    expect((await listed())?.name).toBeNull();
    // Accounts made before names existed read as having none.
    expect((await http.ok<{ staff: StaffUser[] }>(http.call(STAFF, { token: admin }))).staff[0]!.name).toBeNull();

    const long = await http.fails(
      http.call(path, { method: 'PUT', token: admin, body: { name: 'x'.repeat(81) } }),
      400,
    );
    expect(long.message).toMatch(/at most 80 characters/);
    const log = await http.ok<AuditPage>(http.call(fill(API_PATHS.audit, { councilId }), { token: admin }));
    expect(log.entries.filter((e) => e.action === 'staff.name' && e.target === 'sam@riverside.example')).toHaveLength(
      2,
    );
  });
});
