import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiFailure, apiFetch } from '../lib/api';
import { getToken, signOut, type Me } from './session';

/** Loads the signed-in staff member; sends them to sign in when there is no valid token. */
export const useStaff = () => {
  const { route, url } = useLocation();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const token = getToken();
    if (!token) return route(`/staff/sign-in?next=${encodeURIComponent(url)}`, true);
    apiFetch<Me>('/api/staff/me', { token })
      .then(setMe)
      .catch((e: ApiFailure) => {
        if (e.status === 401) {
          signOut();
          route(`/staff/sign-in?next=${encodeURIComponent(url)}`, true);
        } else setError(e.message);
      });
  }, []);
  return { me, error, token: getToken() };
};
