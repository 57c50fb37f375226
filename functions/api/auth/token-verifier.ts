import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { STAFF_TOKEN_MAX_LIFETIME_SECONDS } from '../../../shared/limits';
import type { StaffClaims } from '../../../shared/roles';
import { claimsFromPayload } from './claims';

export interface VerifiedStaffToken {
  claims: StaffClaims;
  /** When the token was issued, in seconds since 1970 (its `iat`). */
  issuedAt: number;
}

/** Verifies a staff bearer token and returns its claims; throws when the token is not valid. */
export type StaffTokenVerifier = (token: string) => Promise<VerifiedStaffToken>;

export class TokenLifetimeError extends Error {
  override name = 'TokenLifetimeError';
}

/**
 * A token must say when it was issued and when it expires, at most STAFF_TOKEN_MAX_LIFETIME_SECONDS
 * apart: one that lives for ever (or for days) is refused even when its signature is good.
 */
export const checkedLifetime = (payload: Record<string, unknown>): number => {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') throw new TokenLifetimeError('token has no iat or exp');
  if (exp - iat > STAFF_TOKEN_MAX_LIFETIME_SECONDS || exp <= iat)
    throw new TokenLifetimeError('token lives longer than staff tokens may');
  return iat;
};

export interface UserPoolConfig {
  userPoolId: string;
  clientId: string;
  /**
   * Public keys to trust instead of downloading the pool's JWKS. Only the local runner passes this
   * (its development identity provider signs with its own key); the Lambda entry never does.
   */
  jwks?: Jwks;
}

/** The same verifier serves Cognito in AWS and the development identity provider locally. */
export const userPoolVerifier = (config: UserPoolConfig): StaffTokenVerifier => {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    tokenUse: 'id',
  });
  if (config.jwks) verifier.cacheJwks(config.jwks);
  return async (token) => {
    const payload = (await verifier.verify(token)) as unknown as Record<string, unknown>;
    return { issuedAt: checkedLifetime(payload), claims: claimsFromPayload(payload) };
  };
};
