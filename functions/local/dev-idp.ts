import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import type { Role } from '../../shared/roles';
import { CLAIM } from '../api/auth/claims';
import { type StaffTokenVerifier, userPoolVerifier } from '../api/auth/token-verifier';

/**
 * The development identity provider: local only. It signs ID tokens shaped exactly like those of the
 * production Cognito user pool (same issuer form, audience, token_use and claim names), so the API
 * verifies them with the very same verifier, trusting this provider's public key instead of Cognito's.
 * Nothing under functions/lambda imports this file.
 */
export const DEV_USER_POOL = {
  region: 'eu-west-2',
  userPoolId: 'eu-west-2_LocalDev01',
  clientId: 'promise-check-local',
} as const;
const ISSUER = `https://cognito-idp.${DEV_USER_POOL.region}.amazonaws.com/${DEV_USER_POOL.userPoolId}`;
const KID = 'promise-check-local-1';
/** As the user pool's web client (infra/constructs/staff-user-pool.ts): 15 minutes per ID token, 12 hours per refresh token. */
export const DEV_TOKEN_TTL_SECONDS = 15 * 60;
export const DEV_REFRESH_TTL_SECONDS = 12 * 3600;

export interface DevIdentity {
  sub: string;
  email: string;
  roles: Role[];
  councilId: string | null;
}

export interface DevIdentityProvider {
  verifier: StaffTokenVerifier;
  jwks: Jwks;
  issueToken(identity: DevIdentity, options?: { ttlSeconds?: number; issuedAt?: number }): Promise<string>;
  /** An opaque refresh token for `identity`, kept in memory (a restart signs everyone out, as a revocation would). */
  issueRefreshToken(identity: DevIdentity): string;
  /**
   * A new ID token for a refresh token still known and unexpired, with the roles the directory holds now
   * (as Cognito's renewal reads the user's groups); null when it expired, was revoked or the account is gone.
   */
  renew(refreshToken: string): Promise<string | null>;
  /** Forgets the refresh token, so it never renews again (Cognito's RevokeToken). */
  revoke(refreshToken: string): void;
}

/** Keeps the signing key in `keyFile` when given, so tokens survive a restart of the runner. */
export const createDevIdentityProvider = async (
  options: {
    keyFile?: string;
    now?: () => number;
    /** The account as the directory holds it now; without it a renewal signs the identity of the sign-in. */
    current?: (identity: DevIdentity) => Promise<DevIdentity | null>;
  } = {},
): Promise<DevIdentityProvider> => {
  const now = options.now ?? (() => Date.now());
  let privateJwk: JWK;
  if (options.keyFile && existsSync(options.keyFile)) {
    privateJwk = JSON.parse(readFileSync(options.keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = await exportJWK(privateKey);
    if (options.keyFile) {
      mkdirSync(dirname(options.keyFile), { recursive: true });
      writeFileSync(options.keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const privateKey = await importJWK(privateJwk, 'RS256');
  const { n, e, kty } = privateJwk;
  const jwks = { keys: [{ kty: kty!, n: n!, e: e!, kid: KID, alg: 'RS256', use: 'sig' }] } as Jwks;
  const refreshTokens = new Map<string, { identity: DevIdentity; expiresAt: number }>();
  const provider: DevIdentityProvider = {
    jwks,
    verifier: userPoolVerifier({ userPoolId: DEV_USER_POOL.userPoolId, clientId: DEV_USER_POOL.clientId, jwks }),
    async issueToken(identity, { ttlSeconds = DEV_TOKEN_TTL_SECONDS, issuedAt = Math.floor(Date.now() / 1000) } = {}) {
      return new SignJWT({
        email: identity.email,
        email_verified: true,
        [CLAIM.groups]: identity.roles,
        [CLAIM.tokenUse]: 'id',
        'cognito:username': identity.sub,
        ...(identity.councilId ? { [CLAIM.councilId]: identity.councilId } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(DEV_USER_POOL.clientId)
        .setSubject(identity.sub)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(privateKey);
    },
    issueRefreshToken(identity) {
      const token = randomBytes(32).toString('base64url');
      refreshTokens.set(token, { identity, expiresAt: now() + DEV_REFRESH_TTL_SECONDS * 1000 });
      return token;
    },
    async renew(refreshToken) {
      const held = refreshTokens.get(refreshToken);
      if (!held) return null;
      if (held.expiresAt <= now()) {
        refreshTokens.delete(refreshToken);
        return null;
      }
      const identity = options.current ? await options.current(held.identity) : held.identity;
      if (!identity) {
        refreshTokens.delete(refreshToken);
        return null;
      }
      return provider.issueToken(identity, { issuedAt: Math.floor(now() / 1000) });
    },
    revoke(refreshToken) {
      refreshTokens.delete(refreshToken);
    },
  };
  return provider;
};
