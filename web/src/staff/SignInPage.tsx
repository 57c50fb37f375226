import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type ApiFailure, apiFetch } from '../lib/api';
import { cognitoSignIn, otpauthLink, type SignInStep } from './cognito/cognito-sign-in';
import { COGNITO_PROXY_PATH } from './cognito/proxy-path';
import { Field } from './Field';
import { StaffLayout } from './StaffLayout';
import type { AuthConfig } from './session';
import { JoinQr } from './sessions/JoinQr';
import { SIGNED_OUT_MESSAGE, SIGNED_OUT_REASON } from './signed-out-message';
import { keepSignIn } from './staff-token';
import './cognito/sign-in.css';
import { homeOf } from './staff-menu';
import { STAFF_PAGES } from './staff-paths';
import { loadMe } from './use-staff';

/** Every sign-in box is required and says what the browser may fill in. */
const SignInField = (props: {
  id: string;
  label: string;
  type?: string;
  autocomplete: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string;
  inputMode?: 'numeric';
}) => (
  <Field
    id={props.id}
    label={props.label}
    hint={props.hint}
    value={props.value}
    onValue={props.onInput}
    attrs={{ type: props.type ?? 'text', autocomplete: props.autocomplete, inputMode: props.inputMode, required: true }}
  />
);

export const SignInPage = () => {
  const { route, query } = useLocation();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [step, setStep] = useState<SignInStep | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    apiFetch<{ auth: AuthConfig }>('/config.json')
      .then((c) => setConfig(c.auth))
      .catch(() => setError('Could not load the sign-in settings. Reload the page to try again.'));
  }, []);
  const cognito = useMemo(
    () => (config?.kind === 'cognito' ? cognitoSignIn(config, { endpoint: COGNITO_PROXY_PATH }) : null),
    [config],
  );

  /** Back to the page that asked for a sign-in, or to the home of the person's roles. */
  const done = async (idToken: string, refreshToken: string | null) => {
    if (config) keepSignIn({ idToken, refreshToken, auth: config });
    if (query.next?.startsWith(STAFF_PAGES.home)) return route(query.next);
    try {
      route(homeOf((await loadMe()).roles));
    } catch {
      route(STAFF_PAGES.home);
    }
  };

  const run = (work: () => Promise<SignInStep | undefined>) => async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (!next) return;
      if (next.kind === 'signed-in') await done(next.idToken, next.refreshToken);
      else {
        setCode('');
        setStep(next);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const signIn = run(async () => {
    if (cognito) return cognito.start(email, password);
    if (config?.kind !== 'dev') return;
    try {
      const { token, refreshToken } = await apiFetch<{ token: string; refreshToken?: string }>(config.loginPath, {
        method: 'POST',
        body: { email, password },
      });
      await done(token, refreshToken ?? null);
    } catch (e) {
      throw new Error((e as ApiFailure).message);
    }
  });

  const errorLine = error && (
    <p class="error" role="alert">
      {error}
    </p>
  );
  const submit = (label: string) => (
    <button class="button" type="submit" disabled={busy || !config}>
      {busy ? 'Please wait…' : label}
    </button>
  );

  let body: ComponentChildren;
  if (cognito && step?.kind === 'new-password') {
    body = (
      <form onSubmit={run(() => cognito.newPassword(step, newPassword))} noValidate>
        <p>This is your first sign-in. Choose your own password.</p>
        <SignInField
          id="new-password"
          label="New password"
          type="password"
          autocomplete="new-password"
          value={newPassword}
          onInput={setNewPassword}
          hint="At least 14 characters, with upper and lower case letters, a digit and a symbol."
        />
        {errorLine}
        {submit('Save password')}
      </form>
    );
  } else if (cognito && step?.kind === 'mfa-setup') {
    const link = otpauthLink(step.secret, step.email);
    body = (
      <form onSubmit={run(() => cognito.confirmMfaSetup(step, code))} noValidate>
        <p>
          Every sign-in also asks for a code from an authenticator app on your phone. Scan this QR code with the app, or
          type the key into it.
        </p>
        <div class="sign-in-qr">
          <JoinQr url={link} label="QR code to add Promise Check to your authenticator app" />
        </div>
        <p>
          Key: <code class="sign-in-key">{step.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
        </p>
        <SignInField
          id="setup-code"
          label="The six-digit code the app shows"
          autocomplete="one-time-code"
          inputMode="numeric"
          value={code}
          onInput={setCode}
        />
        {errorLine}
        {submit('Confirm')}
      </form>
    );
  } else if (cognito && step?.kind === 'mfa-code') {
    body = (
      <form onSubmit={run(() => cognito.mfaCode(step, code))} noValidate>
        <SignInField
          id="mfa-code"
          label="The six-digit code from your authenticator app"
          autocomplete="one-time-code"
          inputMode="numeric"
          value={code}
          onInput={setCode}
        />
        {errorLine}
        {submit('Sign in')}
      </form>
    );
  } else {
    body = (
      <form onSubmit={signIn} noValidate>
        <SignInField
          id="email"
          label="E-mail address"
          type="email"
          autocomplete="username"
          value={email}
          onInput={setEmail}
        />
        <SignInField
          id="password"
          label="Password"
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={setPassword}
        />
        {errorLine}
        {submit('Sign in')}
      </form>
    );
  }

  return (
    <StaffLayout title="Sign in">
      <div class="narrow">
        <h1>Sign in</h1>
        {query.why === SIGNED_OUT_REASON && !step && (
          <p class="notice" role="status">
            {SIGNED_OUT_MESSAGE}
          </p>
        )}
        {body}
      </div>
    </StaffLayout>
  );
};
