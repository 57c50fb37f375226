import { Hono } from 'hono';
import { z } from 'zod';
import { DEV_LOGIN_PATH, DEV_REFRESH_PATH, DEV_REVOKE_PATH } from '../../web/src/staff/dev-sign-in-paths';
import { badRequest, unauthorized } from '../api/http-error';
import { issuesOf } from '../api/middleware/validation-hook';
import type { DevIdentityProvider } from './dev-idp';
import type { DevUserDirectory } from './dev-users';

export { DEV_LOGIN_PATH, DEV_REFRESH_PATH, DEV_REVOKE_PATH };

const LoginSchema = z.object({
  email: z.string().email('Type the e-mail address you were given'),
  password: z.string().min(1, 'Type your password'),
});
const REFRESH_HINT = 'Send the refresh token you were given at sign-in, as {"refreshToken"}';
const RefreshSchema = z.object({
  refreshToken: z.string({ error: REFRESH_HINT }).min(1, REFRESH_HINT).max(200, REFRESH_HINT),
});

const parse = async <T>(schema: z.ZodType<T>, body: Promise<unknown>, hint: string): Promise<T> => {
  const parsed = schema.safeParse(await body.catch(() => null));
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? hint, issuesOf(parsed.error));
  return parsed.data;
};

/**
 * Local sign-in, mounted only by the local runner, doing what the user pool does in AWS:
 * - `POST /api/dev/login {"email","password"}` answers `{"token","refreshToken"}`;
 * - `POST /api/dev/refresh {"refreshToken"}` answers `{"token"}`, or 401 once it expired or was revoked (REFRESH_TOKEN_AUTH);
 * - `POST /api/dev/revoke {"refreshToken"}` forgets it and answers 204 (RevokeToken).
 */
export const devLoginRoutes = (idp: DevIdentityProvider, users: DevUserDirectory) => {
  const routes = new Hono();
  routes.post(DEV_LOGIN_PATH, async (c) => {
    const { email, password } = await parse(LoginSchema, c.req.json(), 'Send {"email", "password"}');
    const user = await users.check(email, password);
    if (!user) throw unauthorized('That e-mail and password do not match an account');
    return c.json({ token: await idp.issueToken(user), refreshToken: idp.issueRefreshToken(user) });
  });
  routes.post(DEV_REFRESH_PATH, async (c) => {
    const { refreshToken } = await parse(RefreshSchema, c.req.json(), REFRESH_HINT);
    const token = await idp.renew(refreshToken);
    if (!token) throw unauthorized('This sign-in has ended: sign in again');
    return c.json({ token });
  });
  routes.post(DEV_REVOKE_PATH, async (c) => {
    const { refreshToken } = await parse(RefreshSchema, c.req.json(), REFRESH_HINT);
    idp.revoke(refreshToken);
    return c.body(null, 204);
  });
  return routes;
};
