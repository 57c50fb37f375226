/**
 * "Get me a valid token" for the staff pages: the ID token from the tab, renewed with the refresh token
 * when it has less than RENEW_WHEN_LEFT_MS to run, or once when the server refuses it. When renewal is
 * impossible (the refresh token expired or was revoked) the tab forgets the sign-in and `onSignedOut`
 * tells the person. No I/O of its own: storage, clock and the renewing service are handed in.
 */
import type { TokenSource } from '../lib/api';
import { type AuthConfig, type TabStorage, tabSession } from './session';

export const RENEW_WHEN_LEFT_MS = 5 * 60_000;

export type Renewal = { kind: 'renewed'; idToken: string } | { kind: 'ended' } | { kind: 'unreachable' };

/** The service that issued the refresh token: the user pool in AWS, the development provider locally. */
export interface Renewer {
  renew(refreshToken: string): Promise<Renewal>;
  revoke(refreshToken: string): Promise<void>;
}

/** When the token runs out (ms since 1970), read from its payload; verifying it is the server's job. */
export const tokenExpiry = (jwt: string): number | null => {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
};

export interface TokenKeeper extends TokenSource {
  /** Revokes the refresh token with its service, then forgets the sign-in; false when the revocation failed. */
  signOut(): Promise<boolean>;
}

export const tokenKeeper = (deps: {
  storage: TabStorage;
  now: () => number;
  renewerFor: (auth: AuthConfig) => Renewer;
  onSignedOut: () => void;
}): TokenKeeper => {
  const session = tabSession(deps.storage);
  // Calls made at the same moment share one renewal.
  let renewing: Promise<Renewal> | null = null;

  const renew = (): Promise<Renewal> =>
    (renewing ??= (async (): Promise<Renewal> => {
      const refreshToken = session.refreshToken();
      const auth = session.auth();
      const result: Renewal =
        refreshToken && auth ? await deps.renewerFor(auth).renew(refreshToken) : { kind: 'ended' };
      if (result.kind === 'renewed') session.renewed(result.idToken);
      if (result.kind === 'ended') {
        session.forget();
        deps.onSignedOut();
      }
      return result;
    })().finally(() => {
      renewing = null;
    }));

  return {
    async get() {
      const token = session.idToken();
      if (!token) return null;
      const expiry = tokenExpiry(token);
      if (expiry !== null && expiry - deps.now() > RENEW_WHEN_LEFT_MS) return token;
      const result = await renew();
      if (result.kind === 'renewed') return result.idToken;
      // The service could not be reached: send what we have and let the server judge it.
      return result.kind === 'unreachable' ? token : null;
    },
    async renewAfterRejection(rejected) {
      const current = session.idToken();
      if (!current) return null;
      // Another call renewed it in the meantime.
      if (current !== rejected) return current;
      const result = await renew();
      return result.kind === 'renewed' ? result.idToken : null;
    },
    async signOut() {
      const refreshToken = session.refreshToken();
      const auth = session.auth();
      let revoked = true;
      if (refreshToken && auth) {
        try {
          await deps.renewerFor(auth).revoke(refreshToken);
        } catch {
          revoked = false;
        }
      }
      session.forget();
      return revoked;
    },
  };
};
