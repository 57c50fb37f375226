import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { API_PATHS } from '../../../shared/api-paths';
import { type ApiFailure, apiFetch } from '../lib/api';
import { getToken, type Me } from './session';
import { STAFF_PAGES } from './staff-paths';
import { signOut, staffToken } from './staff-token';

/** Who is signed in, asked once per sign-in: the page and its menu share the answer. */
let asked: { token: string; me: Promise<Me> } | null = null;
export const loadMe = (): Promise<Me> => {
  const token = getToken() ?? '';
  if (asked?.token !== token) {
    const me = apiFetch<Me>(API_PATHS.me, { token: staffToken });
    asked = { token, me };
    me.catch(() => {
      if (asked?.me === me) asked = null;
    });
  }
  return asked.me;
};

/**
 * Loads the signed-in staff member; sends them to sign in when there is no valid token. `token` is the
 * tab's token keeper (null when signed out): pass it to the page's API calls, which renew through it.
 */
export const useStaff = () => {
  const { route, url } = useLocation();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!getToken()) return route(`${STAFF_PAGES.signIn}?next=${encodeURIComponent(url)}`, true);
    loadMe()
      .then(setMe)
      .catch((e: ApiFailure) => {
        if (e.status !== 401) return setError(e.message);
        // Refused even after renewal. With no sign-in left, the keeper has already sent them on, saying why.
        if (getToken()) void signOut().then(() => route(`${STAFF_PAGES.signIn}?next=${encodeURIComponent(url)}`, true));
      });
  }, []);
  return { me, error, token: getToken() ? staffToken : null };
};

/** The signed-in staff member for the menu, or null (signed out, or not known yet); never sends anyone anywhere. */
export const useSignedIn = (): Me | null => {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    if (getToken())
      loadMe()
        .then(setMe)
        .catch(() => setMe(null));
  }, []);
  return me;
};
