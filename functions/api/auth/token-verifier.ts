import { CognitoJwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { StaffClaims } from '../../../shared/roles';
import { claimsFromPayload } from './claims';

/** Verifies a staff bearer token and returns its claims; throws when the token is not valid. */
export type StaffTokenVerifier = (token: string) => Promise<StaffClaims>;

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
  return async (token) => claimsFromPayload((await verifier.verify(token)) as unknown as Record<string, unknown>);
};
