/**
 * The staff sign-in flow against a fake user pool that plays the server's side of SRP with node:crypto:
 * it keeps only the password verifier and accepts the browser's proof only when the password was right.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cognitoSignIn, otpauthLink, SignInError } from '../../web/src/staff/cognito/cognito-sign-in';
import { modPow, padHex, SRP, srpTimestamp } from '../../web/src/staff/cognito/srp';

const POOL = { region: 'eu-west-2', userPoolId: 'eu-west-2_TestPool9', clientId: 'client123' };
const POOL_NAME = 'TestPool9';
const ENDPOINT = '/auth/cognito';
const { N, g } = SRP;
const H = (hex: string) => createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex');
const big = (hex: string) => BigInt(`0x${hex}`);
const k = big(H(padHex(N) + padHex(g)));

/** A user pool of one user, with the answers Cognito gives at each step. */
const fakePool = (password: string, options: { firstSignIn: boolean }) => {
  const userId = 'a1b2c3d4-0000-4000-8000-000000000001';
  const salt = randomBytes(16).toString('hex');
  const verifierOf = (pw: string) => {
    const x = big(H(padHex(big(salt)) + createHash('sha256').update(`${POOL_NAME}${userId}:${pw}`).digest('hex')));
    return modPow(g, x, N);
  };
  let v = verifierOf(password);
  let state = { mustChangePassword: options.firstSignIn, mfaSetUp: !options.firstSignIn };
  const pending = new Map<string, { b: bigint; B: bigint; A: bigint; secretBlock: string }>();
  const calls: { target: string; body: Record<string, any>; url: string; contentType: string }[] = [];
  const fail = (type: string, status = 400) =>
    new Response(JSON.stringify({ __type: type, message: type }), { status });
  const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  const token = 'header.payload.signature';

  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const target = String(headers.get('x-amz-target')).replace('AWSCognitoIdentityProviderService.', '');
    const body = JSON.parse(String(init?.body)) as Record<string, any>;
    calls.push({ target, body, url: String(url), contentType: String(headers.get('content-type')) });
    switch (target) {
      case 'InitiateAuth': {
        const A = big(body.AuthParameters.SRP_A);
        const b = big(randomBytes(64).toString('hex'));
        const B = (k * v + modPow(g, b, N)) % N;
        const secretBlock = randomBytes(48).toString('base64');
        pending.set(secretBlock, { b, B, A, secretBlock });
        return ok({
          ChallengeName: 'PASSWORD_VERIFIER',
          ChallengeParameters: {
            SALT: salt,
            SRP_B: B.toString(16),
            SECRET_BLOCK: secretBlock,
            USER_ID_FOR_SRP: userId,
            USERNAME: userId,
          },
        });
      }
      case 'RespondToAuthChallenge': {
        const r = body.ChallengeResponses;
        if (body.ChallengeName === 'PASSWORD_VERIFIER') {
          const p = pending.get(r.PASSWORD_CLAIM_SECRET_BLOCK);
          if (!p) return fail('NotAuthorizedException');
          const u = big(H(padHex(p.A) + padHex(p.B)));
          const S = modPow(p.A * modPow(v, u, N), p.b, N);
          const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
            .update(Buffer.from(padHex(S), 'hex'))
            .digest();
          const key = createHmac('sha256', prk)
            .update(Buffer.concat([Buffer.from('Caldera Derived Key'), Buffer.from([1])]))
            .digest()
            .subarray(0, 16);
          const expected = createHmac('sha256', key)
            .update(
              Buffer.concat([
                Buffer.from(POOL_NAME),
                Buffer.from(userId),
                Buffer.from(p.secretBlock, 'base64'),
                Buffer.from(r.TIMESTAMP),
              ]),
            )
            .digest('base64');
          if (expected !== r.PASSWORD_CLAIM_SIGNATURE || r.USERNAME !== userId) return fail('NotAuthorizedException');
          if (state.mustChangePassword)
            return ok({
              ChallengeName: 'NEW_PASSWORD_REQUIRED',
              Session: 's1',
              ChallengeParameters: { USER_ID_FOR_SRP: userId },
            });
          return ok(
            state.mfaSetUp
              ? { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's2' }
              : { ChallengeName: 'MFA_SETUP', Session: 's2' },
          );
        }
        if (body.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
          if (String(r.NEW_PASSWORD).length < 14) return fail('InvalidPasswordException');
          v = verifierOf(r.NEW_PASSWORD);
          state = { ...state, mustChangePassword: false };
          return ok({ ChallengeName: 'MFA_SETUP', Session: 's3' });
        }
        if (body.ChallengeName === 'MFA_SETUP')
          return body.Session === 's5'
            ? ok({ AuthenticationResult: { IdToken: token, RefreshToken: 'refresh-1' } })
            : fail('NotAuthorizedException');
        if (body.ChallengeName === 'SOFTWARE_TOKEN_MFA')
          return r.SOFTWARE_TOKEN_MFA_CODE === '123456'
            ? ok({ AuthenticationResult: { IdToken: token, RefreshToken: 'refresh-1' } })
            : fail('CodeMismatchException');
        return fail('InvalidParameterException');
      }
      case 'AssociateSoftwareToken':
        return ok({ SecretCode: 'JBSWY3DPEHPK3PXP', Session: 's4' });
      case 'VerifySoftwareToken':
        if (body.Session !== 's4' || body.UserCode !== '654321') return fail('EnableSoftwareTokenMFAException');
        state = { ...state, mfaSetUp: true };
        return ok({ Status: 'SUCCESS', Session: 's5' });
      default:
        return fail('UnknownOperationException');
    }
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
};

describe('staff sign-in with the user pool', () => {
  it('first time: password by SRP, a new password, an authenticator app set up with its first code, then signed in', async () => {
    const pool = fakePool('Temporary-Pass-2026!', { firstSignIn: true });
    const signIn = cognitoSignIn(POOL, { endpoint: ENDPOINT, fetch: pool.fetch });
    const first = await signIn.start('Lead@Riverside.example', 'Temporary-Pass-2026!');
    expect(first.kind).toBe('new-password');
    if (first.kind !== 'new-password') return;
    await expect(signIn.newPassword(first, 'short')).rejects.toThrow(/at least 14 characters/);
    const setup = await signIn.newPassword(first, 'A-much-longer-pass-2026!');
    expect(setup).toMatchObject({ kind: 'mfa-setup', secret: 'JBSWY3DPEHPK3PXP' });
    if (setup.kind !== 'mfa-setup') return;
    expect(otpauthLink(setup.secret, setup.email)).toBe(
      'otpauth://totp/Promise%20Check%3Alead%40riverside.example?secret=JBSWY3DPEHPK3PXP&issuer=Promise%20Check',
    );
    await expect(signIn.confirmMfaSetup(setup, '000000')).rejects.toThrow(/code is not right/);
    expect(await signIn.confirmMfaSetup(setup, '654 321')).toEqual({
      kind: 'signed-in',
      idToken: 'header.payload.signature',
      refreshToken: 'refresh-1',
    });

    // Every call went to the site's own path, as the pool's JSON protocol, and no password travelled except the new one, once.
    expect(new Set(pool.calls.map((c) => c.url))).toEqual(new Set([ENDPOINT]));
    expect(pool.calls.every((c) => c.contentType === 'application/x-amz-json-1.1')).toBe(true);
    expect(JSON.stringify(pool.calls)).not.toContain('Temporary-Pass-2026!');
    expect(pool.calls[0]!.body).toMatchObject({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: POOL.clientId,
      AuthParameters: { USERNAME: 'lead@riverside.example' },
    });
  });

  it('every time after: password by SRP and the six-digit code', async () => {
    const pool = fakePool('A-much-longer-pass-2026!', { firstSignIn: false });
    const signIn = cognitoSignIn(POOL, { endpoint: ENDPOINT, fetch: pool.fetch });
    const step = await signIn.start('lead@riverside.example', 'A-much-longer-pass-2026!');
    expect(step.kind).toBe('mfa-code');
    if (step.kind !== 'mfa-code') return;
    await expect(signIn.mfaCode(step, '999999')).rejects.toBeInstanceOf(SignInError);
    expect(await signIn.mfaCode(step, '123456')).toMatchObject({ kind: 'signed-in' });
  });

  it('a wrong password fails the proof, with a message that does not say which of the two was wrong', async () => {
    const pool = fakePool('A-much-longer-pass-2026!', { firstSignIn: false });
    const signIn = cognitoSignIn(POOL, { endpoint: ENDPOINT, fetch: pool.fetch });
    await expect(signIn.start('lead@riverside.example', 'A-much-longer-pass-2025!')).rejects.toThrow(
      'The e-mail address or password is not right. Check them and try again.',
    );
  });

  it('writes the timestamp the way the pool reads it, day without a leading zero', () => {
    expect(srpTimestamp(new Date('2026-11-03T09:05:07Z'))).toBe('Tue Nov 3 09:05:07 UTC 2026');
    expect(srpTimestamp(new Date('2026-12-24T23:59:00Z'))).toBe('Thu Dec 24 23:59:00 UTC 2026');
  });

  it('pads hex so a number never reads as negative', () => {
    expect(padHex(0x7fn)).toBe('7f');
    expect(padHex(0x80n)).toBe('0080');
    expect(padHex(0xabcn)).toBe('0abc');
  });
});
