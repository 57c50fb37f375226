import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiFailure, apiFetch } from '../lib/api';
import { setToken } from './session';
import { StaffLayout } from './StaffLayout';

export const SignInPage = () => {
  const { route, query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { token } = await apiFetch<{ token: string }>('/api/dev/login', { method: 'POST', body: { email, password } });
      setToken(token);
      route(query.next && query.next.startsWith('/staff') ? query.next : '/staff/scorecard');
    } catch (e) {
      setError((e as ApiFailure).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <StaffLayout title="Sign in">
      <div class="narrow">
        <h1>Sign in</h1>
        <form onSubmit={submit} noValidate>
          <div class="field">
            <label for="email">E-mail address</label>
            <input id="email" type="email" autocomplete="username" value={email} onInput={(e) => setEmail(e.currentTarget.value)} required />
          </div>
          <div class="field">
            <label for="password">Password</label>
            <input id="password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
          </div>
          {error && <p class="error" role="alert">{error}</p>}
          <button class="button" type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
        </form>
      </div>
    </StaffLayout>
  );
};
