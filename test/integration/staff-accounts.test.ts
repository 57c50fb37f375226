/** A council admin manages their staff; the platform operator adds councils; every change is in the audit log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { AuditPage, StaffUser } from '../../shared/schemas/staff-users';
import { api } from '../support/board';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const STAFF = `/api/staff/councils/${DEMO_COUNCIL.councilId}/staff`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;

const list = async () => (await http.ok<{ staff: StaffUser[] }>(http.call(STAFF, { token: admin }))).staff;
const audit = async (councilId = DEMO_COUNCIL.councilId, token = admin) =>
  (await http.ok<AuditPage>(http.call(`/api/staff/councils/${councilId}/audit`, { token }))).entries;
const me = async (token: string) =>
  http.ok<{ email: string; roles: string[]; council: { councilId: string } | null }>(
    http.call('/api/staff/me', { token }),
  );

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
});
afterAll(() => server.close());

describe('a council admin', () => {
  it('sees the council’s staff with their roles, and nobody from elsewhere', async () => {
    const staff = await list();
    expect(staff.map((s) => s.email)).toEqual([...staff.map((s) => s.email)].sort());
    expect(staff.find((s) => s.email === demoEmail('moderator'))).toMatchObject({
      roles: ['moderator'],
      status: 'active',
    });
    expect(staff.some((s) => s.email === demoEmail('platform-operator'))).toBe(false);
  });

  it('invites someone, who signs in with the roles given, then changes their roles, then removes them: each step audited with who and when', async () => {
    const email = 'Sam.Youth@Riverside.example';
    const invited = await http.ok<StaffUser>(
      http.call(STAFF, { method: 'POST', token: admin, body: { email, roles: ['facilitator'] } }),
      201,
    );
    expect(invited).toMatchObject({ email: email.toLowerCase(), roles: ['facilitator'], status: 'invited' });
    expect(
      await http.fails(http.call(STAFF, { method: 'POST', token: admin, body: { email, roles: ['moderator'] } }), 409),
    ).toMatchObject({
      message: expect.stringMatching(/already on your council's staff list/),
    });

    const first = await loginToken(server, email.toLowerCase(), DEMO_PASSWORD);
    expect(await me(first)).toMatchObject({ roles: ['facilitator'], council: { councilId: DEMO_COUNCIL.councilId } });
    expect((await list()).find((s) => s.userId === invited.userId)?.status).toBe('active');

    const changed = await http.ok<StaffUser>(
      http.call(`${STAFF}/${invited.userId}/roles`, {
        method: 'PUT',
        token: admin,
        body: { roles: ['moderator', 'board-member'] },
      }),
    );
    expect(changed.roles.sort()).toEqual(['board-member', 'moderator']);
    // Tokens from the second of a change are refused, so the new sign-in comes a second later.
    await new Promise((done) => setTimeout(done, 1_100 - (Date.now() % 1000)));
    expect((await me(await loginToken(server, email.toLowerCase(), DEMO_PASSWORD))).roles.sort()).toEqual([
      'board-member',
      'moderator',
    ]);

    const removed = await http.call(`${STAFF}/${invited.userId}`, { method: 'DELETE', token: admin });
    expect(removed.status).toBe(204);
    expect((await list()).some((s) => s.userId === invited.userId)).toBe(false);
    expect(
      (
        await http.call('/api/dev/login', {
          method: 'POST',
          body: { email: email.toLowerCase(), password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(401);

    const entries = await audit();
    const mine = entries.filter((e) => e.target === email.toLowerCase());
    expect(mine.map((e) => e.action)).toEqual(['staff.remove', 'staff.roles', 'staff.invite']);
    expect(mine.every((e) => e.actor === demoEmail('council-admin') && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(mine[1]!.details).toMatchObject({ from: 'facilitator', to: 'moderator,board-member' });
  });

  it('cannot make anyone a platform operator, remove themselves or drop their own admin role', async () => {
    const self = (await list()).find((s) => s.email === demoEmail('council-admin'))!;
    expect(
      (
        await http.fails(
          http.call(STAFF, {
            method: 'POST',
            token: admin,
            body: { email: 'x@riverside.example', roles: ['platform-operator'] },
          }),
          400,
        )
      ).message,
    ).toMatch(/roles/);
    expect(
      (await http.fails(http.call(`${STAFF}/${self.userId}`, { method: 'DELETE', token: admin }), 409)).message,
    ).toMatch(/your own account/);
    expect(
      (
        await http.fails(
          http.call(`${STAFF}/${self.userId}/roles`, {
            method: 'PUT',
            token: admin,
            body: { roles: ['board-member'] },
          }),
          409,
        )
      ).message,
    ).toMatch(/your own council admin role/);
    expect(
      (
        await http.fails(
          http.call(STAFF, { method: 'POST', token: admin, body: { email: 'not an address', roles: ['facilitator'] } }),
          400,
        )
      ).message,
    ).toMatch(/e-mail address/);
    expect(
      await http.fails(
        http.call(`${STAFF}/no-such-user/roles`, { method: 'PUT', token: admin, body: { roles: ['facilitator'] } }),
        404,
      ),
    ).toBeTruthy();
  });

  it('reads the audit log newest first, the export just made at the top; a board member cannot read it', async () => {
    const csv = await http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/r_riverside_1/scorecard.csv`, {
      token: admin,
    });
    expect(csv.status).toBe(200);
    const entries = await audit();
    expect(entries[0]).toMatchObject({ action: expect.stringMatching(/export/), actor: demoEmail('council-admin') });
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    const board = await loginToken(server, demoEmail('board-member'));
    expect((await http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/audit`, { token: board })).status).toBe(403);
  });
});

describe('the platform operator', () => {
  it('adds a council with its first admin, who signs in to that council alone; the operator cannot read it', async () => {
    const operator = await loginToken(server, demoEmail('platform-operator'));
    const made = await http.ok<{ council: { councilId: string; slug: string }; admin: StaffUser }>(
      http.call('/api/staff/councils', {
        method: 'POST',
        token: operator,
        body: { name: 'Hillside Council', slug: 'hillside', adminEmail: 'lead@hillside.example' },
      }),
      201,
    );
    expect(made.admin).toMatchObject({ email: 'lead@hillside.example', roles: ['council-admin'], status: 'invited' });
    expect(
      (
        await http.fails(
          http.call('/api/staff/councils', {
            method: 'POST',
            token: operator,
            body: { name: 'Again', slug: 'hillside', adminEmail: 'other@hillside.example' },
          }),
          409,
        )
      ).message,
    ).toMatch(/already taken/);

    const lead = await loginToken(server, 'lead@hillside.example', DEMO_PASSWORD);
    expect((await me(lead)).council?.councilId).toBe(made.council.councilId);
    expect((await audit(made.council.councilId, lead)).map((e) => e.action).sort()).toEqual([
      'council.create',
      'staff.invite',
    ]);
    expect((await http.call(`/api/staff/councils/${made.council.councilId}/staff`, { token: operator })).status).toBe(
      403,
    );
    expect((await http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/staff`, { token: lead })).status).toBe(403);
  });
});
