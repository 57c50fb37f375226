import { Hono } from 'hono';
import { z } from 'zod';
import { unauthorized } from '../api/http-error';
import { issuesOf } from '../api/middleware/validation-hook';
import { badRequest } from '../api/http-error';
import type { DevIdentityProvider } from './dev-idp';
import type { DevUserDirectory } from './dev-users';

export const DEV_LOGIN_PATH = '/api/dev/login';

const LoginSchema = z.object({
  email: z.string().email('Type the e-mail address you were given'),
  password: z.string().min(1, 'Type your password'),
});

/** Local sign-in: `POST /api/dev/login {"email","password"}` answers `{"token"}`. Mounted only by the local runner. */
export const devLoginRoutes = (idp: DevIdentityProvider, users: DevUserDirectory) => {
  const routes = new Hono();
  routes.post(DEV_LOGIN_PATH, async (c) => {
    const parsed = LoginSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'Send {"email", "password"}', issuesOf(parsed.error));
    const user = await users.check(parsed.data.email, parsed.data.password);
    if (!user) throw unauthorized('That e-mail and password do not match an account');
    return c.json({ token: await idp.issueToken(user) });
  });
  return routes;
};
