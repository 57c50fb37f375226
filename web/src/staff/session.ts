import type { CognitoConfig } from './cognito/cognito-sign-in';

/**
 * The staff member's sign-in lives only as long as the browser tab (sessionStorage), never in a cookie
 * and never in localStorage: the ID token the API checks, the refresh token that renews it, and which
 * service renews it (the settings /config.json gave the sign-in page).
 */
export const STAFF_SESSION_KEYS = {
  idToken: 'promise-check:staff-token',
  refreshToken: 'promise-check:staff-refresh',
  auth: 'promise-check:staff-auth',
} as const;

/** What /config.json says: the local development sign-in, or the user pool in AWS. */
export type AuthConfig = { kind: 'dev'; loginPath: string } | ({ kind: 'cognito' } & CognitoConfig);

export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const tabSession = (storage: TabStorage) => ({
  idToken: () => storage.getItem(STAFF_SESSION_KEYS.idToken),
  refreshToken: () => storage.getItem(STAFF_SESSION_KEYS.refreshToken),
  auth: (): AuthConfig | null => {
    try {
      return JSON.parse(storage.getItem(STAFF_SESSION_KEYS.auth) ?? 'null') as AuthConfig | null;
    } catch {
      return null;
    }
  },
  save(signedIn: { idToken: string; refreshToken: string | null; auth: AuthConfig }) {
    storage.setItem(STAFF_SESSION_KEYS.idToken, signedIn.idToken);
    if (signedIn.refreshToken) storage.setItem(STAFF_SESSION_KEYS.refreshToken, signedIn.refreshToken);
    else storage.removeItem(STAFF_SESSION_KEYS.refreshToken);
    storage.setItem(STAFF_SESSION_KEYS.auth, JSON.stringify(signedIn.auth));
  },
  renewed: (idToken: string) => storage.setItem(STAFF_SESSION_KEYS.idToken, idToken),
  forget() {
    for (const key of Object.values(STAFF_SESSION_KEYS)) storage.removeItem(key);
  },
});

export const getToken = (): string | null => sessionStorage.getItem(STAFF_SESSION_KEYS.idToken);

export interface Me {
  email: string;
  roles: string[];
  council: { councilId: string; name: string; slug: string } | null;
}
