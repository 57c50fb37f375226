/**
 * The staff pages' token keeper (web/src/staff/token-keeper.ts) with the user pool's renewer, a fake pool
 * behind a fake fetch, a fake clock and an in-memory tab: when it renews, what it sends, and what happens
 * when the sign-in can no longer be renewed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, apiFetch } from '../../web/src/lib/api';
import { cognitoTokens } from '../../web/src/staff/cognito/cognito-tokens';
import { type AuthConfig, tabSession } from '../../web/src/staff/session';
import { RENEW_WHEN_LEFT_MS, tokenExpiry, tokenKeeper } from '../../web/src/staff/token-keeper';

const POOL: AuthConfig = {
  kind: 'cognito',
  region: 'eu-west-2',
  userPoolId: 'eu-west-2_TestPool9',
  clientId: 'client123',
};
const ENDPOINT = '/auth/cognito';
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

const b64url = (s: string) => Buffer.from(s).toString('base64url');
/** An unsigned token with the claims the keeper reads (only `exp`); the server is the one that verifies. */
const jwt = (expMs: number, n: number) =>
  `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify({ exp: Math.floor(expMs / 1000), n }))}.sig`;

const memoryTab = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
};

/** A user pool that renews refresh tokens it has issued and not revoked, for an hour each. */
const fakePool = (clock: { now: number }) => {
  const live = new Set(['refresh-1']);
  const calls: { target: string; body: Record<string, any>; url: string; contentType: string }[] = [];
  let issued = 0;
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const target = String(headers.get('x-amz-target')).replace('AWSCognitoIdentityProviderService.', '');
    const body = JSON.parse(String(init?.body)) as Record<string, any>;
    calls.push({ target, body, url: String(url), contentType: String(headers.get('content-type')) });
    if (
      target === 'InitiateAuth' &&
      body.AuthFlow === 'REFRESH_TOKEN_AUTH' &&
      live.has(body.AuthParameters?.REFRESH_TOKEN)
    ) {
      return new Response(
        JSON.stringify({
          AuthenticationResult: { IdToken: jwt(clock.now + 3_600_000, ++issued), AccessToken: 'a', ExpiresIn: 3600 },
        }),
      );
    }
    if (target === 'RevokeToken') {
      live.delete(body.Token);
      return new Response('{}');
    }
    return new Response(
      JSON.stringify({ __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' }),
      { status: 400 },
    );
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, live };
};

const setUp = (idTokenExpiresInMs: number) => {
  const clock = { now: T0 };
  const pool = fakePool(clock);
  const tab = memoryTab();
  const first = jwt(T0 + idTokenExpiresInMs, 0);
  tabSession(tab).save({ idToken: first, refreshToken: 'refresh-1', auth: POOL });
  const signedOut = vi.fn();
  const keeper = tokenKeeper({
    storage: tab,
    now: () => clock.now,
    renewerFor: (auth) => cognitoTokens(auth as { clientId: string }, { endpoint: ENDPOINT, fetch: pool.fetch }),
    onSignedOut: signedOut,
  });
  return { clock, pool, tab, first, keeper, signedOut };
};

/** The API behind apiFetch: refuses every token but the ones listed, records what it was sent. */
const fakeApi = (accepted: (token: string) => boolean) => {
  const sent: (string | null)[] = [];
  vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get('authorization');
    const token = auth?.replace('Bearer ', '') ?? null;
    sent.push(token);
    return token && accepted(token)
      ? new Response(JSON.stringify({ ok: true }), { status: 200 })
      : new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'Sign in again' } }), { status: 401 });
  });
  return sent;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('token keeper', () => {
  it('reads when a token runs out from its payload, and nothing from a malformed one', () => {
    expect(tokenExpiry(jwt(T0 + 60_000, 1))).toBe(T0 + 60_000);
    expect(tokenExpiry('not-a-token')).toBeNull();
    expect(tokenExpiry('a.%%%.c')).toBeNull();
  });

  it('sends a fresh token as it is, without asking the pool', async () => {
    const { keeper, pool, first, clock } = setUp(60 * 60_000);
    expect(await keeper.get()).toBe(first);
    clock.now += 60 * 60_000 - RENEW_WHEN_LEFT_MS - 1000; // 5 min 1 s left
    expect(await keeper.get()).toBe(first);
    expect(pool.calls).toHaveLength(0);
  });

  it('renews with REFRESH_TOKEN_AUTH once less than 5 minutes are left, and keeps the new token in the tab', async () => {
    const { keeper, pool, first, clock, tab } = setUp(60 * 60_000);
    clock.now += 56 * 60_000; // 4 minutes left
    const renewed = await keeper.get();
    expect(renewed).not.toBe(first);
    expect(tokenExpiry(renewed!)).toBe(clock.now + 3_600_000 - (clock.now % 1000));
    expect(tabSession(tab).idToken()).toBe(renewed);
    expect(pool.calls).toEqual([
      {
        target: 'InitiateAuth',
        url: ENDPOINT,
        contentType: 'application/x-amz-json-1.1',
        // No SECRET_HASH (the web client has no secret) and no DEVICE_KEY (the pool tracks no devices).
        body: { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: 'client123', AuthParameters: { REFRESH_TOKEN: 'refresh-1' } },
      },
    ]);
    // Fresh again: no second renewal.
    expect(await keeper.get()).toBe(renewed);
    expect(pool.calls).toHaveLength(1);
  });

  it('renews an expired token once for calls made at the same moment', async () => {
    const { keeper, pool, clock } = setUp(60 * 60_000);
    clock.now += 2 * 60 * 60_000;
    const tokens = await Promise.all([keeper.get(), keeper.get(), keeper.get()]);
    expect(new Set(tokens).size).toBe(1);
    expect(pool.calls).toHaveLength(1);
  });

  it('on a 401 renews once and sends the call once more; a second refusal is not retried', async () => {
    const { keeper, pool, first } = setUp(60 * 60_000);
    let sent = fakeApi((t) => t !== first);
    expect(await apiFetch('/api/staff/me', { token: keeper })).toEqual({ ok: true });
    expect(sent).toHaveLength(2);
    expect(sent[0]).toBe(first);
    expect(sent[1]).not.toBe(first);
    expect(pool.calls.map((c) => c.target)).toEqual(['InitiateAuth']);

    sent = fakeApi(() => false);
    const failure = await apiFetch('/api/staff/me', { token: keeper }).catch((e: ApiFailure) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).status).toBe(401);
    expect(sent).toHaveLength(2);
    expect(pool.calls.map((c) => c.target)).toEqual(['InitiateAuth', 'InitiateAuth']);
  });

  it('a revoked refresh token ends the sign-in: the tab forgets it, the page is told once, and calls are not sent', async () => {
    const { keeper, pool, clock, tab, signedOut } = setUp(60 * 60_000);
    pool.live.delete('refresh-1');
    clock.now += 58 * 60_000;
    expect(await keeper.get()).toBeNull();
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(tab.items.size).toBe(0);

    const sent = fakeApi(() => true);
    const failure = (await apiFetch('/api/staff/me', { token: keeper }).catch((e) => e)) as ApiFailure;
    expect(failure.code).toBe('signed-out');
    expect(sent).toHaveLength(0);
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('when the pool cannot be reached, keeps the token it has instead of signing out', async () => {
    const { keeper, first, clock, tab, signedOut } = setUp(60 * 60_000);
    const offline = tokenKeeper({
      storage: tab,
      now: () => clock.now,
      renewerFor: (auth) =>
        cognitoTokens(auth as { clientId: string }, {
          endpoint: ENDPOINT,
          fetch: () => Promise.reject(new TypeError('offline')),
        }),
      onSignedOut: signedOut,
    });
    clock.now += 57 * 60_000;
    expect(await offline.get()).toBe(first);
    expect(signedOut).not.toHaveBeenCalled();
    expect(await keeper.get()).not.toBe(first);
  });

  it('sign-out sends RevokeToken for the refresh token, then forgets the sign-in; the token no longer renews', async () => {
    const { keeper, pool, tab } = setUp(60 * 60_000);
    expect(await keeper.signOut()).toBe(true);
    expect(pool.calls).toEqual([
      {
        target: 'RevokeToken',
        url: ENDPOINT,
        contentType: 'application/x-amz-json-1.1',
        body: { Token: 'refresh-1', ClientId: 'client123' },
      },
    ]);
    expect(tab.items.size).toBe(0);
    const renewal = await cognitoTokens({ clientId: 'client123' }, { endpoint: ENDPOINT, fetch: pool.fetch }).renew(
      'refresh-1',
    );
    expect(renewal).toEqual({ kind: 'ended' });
  });

  it('a tab with only an ID token (no refresh token) is signed out when that token is refused', async () => {
    const tab = memoryTab();
    tab.setItem('promise-check:staff-token', jwt(T0 + 3_600_000, 0));
    const signedOut = vi.fn();
    const keeper = tokenKeeper({
      storage: tab,
      now: () => T0,
      renewerFor: () => {
        throw new Error('no renewer needed');
      },
      onSignedOut: signedOut,
    });
    fakeApi(() => false);
    await expect(apiFetch('/api/staff/me', { token: keeper })).rejects.toMatchObject({ status: 401 });
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(tab.items.size).toBe(0);
  });
});
