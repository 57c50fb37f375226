/** Renewing and revoking with the local development sign-in (functions/local/dev-routes.ts), as the user pool does in AWS. */
import { DEV_REFRESH_PATH, DEV_REVOKE_PATH } from './dev-sign-in-paths';
import type { Renewal, Renewer } from './token-keeper';

export const devTokens = (options: { fetch?: typeof fetch } = {}): Renewer => {
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const post = (path: string, refreshToken: string) =>
    send(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
  return {
    async renew(refreshToken): Promise<Renewal> {
      let res: Response;
      try {
        res = await post(DEV_REFRESH_PATH, refreshToken);
      } catch {
        return { kind: 'unreachable' };
      }
      if (res.status >= 500) return { kind: 'unreachable' };
      const token = res.ok ? ((await res.json().catch(() => null)) as { token?: string } | null)?.token : undefined;
      return token ? { kind: 'renewed', idToken: token } : { kind: 'ended' };
    },
    async revoke(refreshToken) {
      const res = await post(DEV_REVOKE_PATH, refreshToken);
      if (!res.ok) throw new Error(`The server answered ${res.status} to the sign-out.`);
    },
  };
};
