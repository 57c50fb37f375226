/**
 * A council admin cannot use the invite form to learn whether an e-mail address has an account elsewhere
 * on the platform: the answer is the one a new invite gets, the other account is untouched, and the
 * attempt is in the council's audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { AuditPage, StaffUser } from '../../shared/schemas/staff-users';
import { api } from '../support/board';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const STAFF = `/api/staff/councils/${DEMO_COUNCIL.councilId}/staff`;
let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;

const invite = (email: string) =>
  http.call(STAFF, { method: 'POST', token: admin, body: { email, roles: ['facilitator'] } });
const shapeOf = async (res: Response) => {
  const text = await res.text();
  const user = JSON.parse(text) as StaffUser;
  return { status: res.status, keys: Object.keys(user).sort(), roles: user.roles, state: user.status, text, user };
};

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
  const operator = await loginToken(server, demoEmail('platform-operator'));
  await http.ok(
    http.call('/api/staff/councils', {
      method: 'POST',
      token: operator,
      body: { name: 'Hillside Council', slug: 'hillside', adminEmail: 'lead@hillside.example' },
    }),
    201,
  );
});
afterAll(() => server.close());

describe('inviting an address that has an account in another council, or is the platform operator', () => {
  it.each([['lead@hillside.example'], [demoEmail('platform-operator')]])(
    'answers %s as it answers a new address, naming no account',
    async (taken) => {
      const fresh = await shapeOf(await invite(`new.${Math.random().toString(36).slice(2, 8)}@riverside.example`));
      const other = await shapeOf(await invite(taken));
      expect(other.status).toBe(fresh.status);
      expect(other.keys).toEqual(fresh.keys);
      expect(other.state).toBe(fresh.state);
      expect(other.roles).toEqual(fresh.roles);
      expect(other.text.replaceAll(taken, '')).not.toMatch(/already|exists|another|elsewhere|operator/i);
    },
  );

  it('leaves the other account as it was and records the attempt in the audit log', async () => {
    await invite('lead@hillside.example');
    const lead = await loginToken(server, 'lead@hillside.example', DEMO_PASSWORD);
    const me = await http.ok<{ roles: string[]; council: { slug: string } | null }>(
      http.call('/api/staff/me', { token: lead }),
    );
    expect(me).toMatchObject({ roles: ['council-admin'], council: { slug: 'hillside' } });
    const { entries } = await http.ok<AuditPage>(
      http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/audit`, { token: admin }),
    );
    expect(entries.some((e) => e.action === 'staff.invite' && e.target === 'lead@hillside.example')).toBe(true);
  });

  it('still says plainly when the address is already on this council’s own staff list', async () => {
    const error = await http.fails(invite(demoEmail('moderator')), 409);
    expect(error.message).toMatch(/already on your council/);
  });
});
