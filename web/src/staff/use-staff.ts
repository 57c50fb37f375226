import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { API_PATHS } from '../../../shared/api-paths';
import { type ApiFailure, apiFetch } from '../lib/api';
import { getToken, type Me } from './session';
import { STAFF_PAGES } from './staff-paths';
import { signOut, staffToken } from './staff-token';

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
    apiFetch<Me>(API_PATHS.me, { token: staffToken })
      .then(setMe)
      .catch((e: ApiFailure) => {
        if (e.status !== 401) return setError(e.message);
        // Refused even after renewal. With no sign-in left, the keeper has already sent them on, saying why.
        if (getToken()) void signOut().then(() => route(`${STAFF_PAGES.signIn}?next=${encodeURIComponent(url)}`, true));
      });
  }, []);
  return { me, error, token: getToken() ? staffToken : null };
};
