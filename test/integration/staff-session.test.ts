/**
 * The local sign-in does what the user pool does in AWS: a refresh token with every sign-in, renewal
 * while it lasts (12 hours), and none once it is revoked at sign-out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevIdentityProvider, DEV_REFRESH_TTL_SECONDS } from '../../functions/local/dev-idp';
import { DEV_LOGIN_PATH, DEV_REFRESH_PATH, DEV_REVOKE_PATH } from '../../functions/local/dev-routes';
import type { LocalServer } from '../../functions/local/server';
import { DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

let server: LocalServer;
beforeAll(async () => {
  server = await startTestServer({ pages: false });
});
afterAll(async () => {
  await server?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const me = (token: string) => fetch(`${server.url}/api/staff/me`, { headers: { authorization: `Bearer ${token}` } });

describe('local sign-in: refresh and revoke', () => {
  it('renews with the refresh token until sign-out revokes it; then renewal is refused', async () => {
    const login = (await (
      await post(DEV_LOGIN_PATH, { email: demoEmail('board-member'), password: DEMO_PASSWORD })
    ).json()) as { token: string; refreshToken: string };
    expect(login.refreshToken).toMatch(/^[\w-]{43}$/);

    const renewed = await post(DEV_REFRESH_PATH, { refreshToken: login.refreshToken });
    expect(renewed.status).toBe(200);
    const { token } = (await renewed.json()) as { token: string };
    const res = await me(token);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { email: string }).email).toBe(demoEmail('board-member'));

    expect((await post(DEV_REVOKE_PATH, { refreshToken: login.refreshToken })).status).toBe(204);
    const refused = await post(DEV_REFRESH_PATH, { refreshToken: login.refreshToken });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'This sign-in has ended: sign in again',
    );
  });

  it('refuses a refresh token it never issued, and a body without one with a clear 400', async () => {
    expect((await post(DEV_REFRESH_PATH, { refreshToken: 'x'.repeat(43) })).status).toBe(401);
    const bad = await post(DEV_REFRESH_PATH, {});
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('refresh token');
  });

  it('a refresh token lasts 12 hours, like the user pool’s', async () => {
    const clock = { now: Date.UTC(2026, 10, 23, 8, 0, 0) };
    const idp = await createDevIdentityProvider({ now: () => clock.now });
    const refresh = idp.issueRefreshToken({
      sub: 'u1',
      email: 'board@riverside.example',
      roles: ['board-member'],
      councilId: 'c_riverside',
    });
    clock.now += DEV_REFRESH_TTL_SECONDS * 1000 - 1000;
    const token = await idp.renew(refresh);
    expect(token).not.toBeNull();
    const payload = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(payload.iat * 1000).toBe(clock.now);
    clock.now += 1000;
    expect(await idp.renew(refresh)).toBeNull();
    expect(DEV_REFRESH_TTL_SECONDS).toBe(12 * 3600);
  });
});
