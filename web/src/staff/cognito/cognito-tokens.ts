/**
 * Renewing and revoking the staff member's refresh token with the user pool, through the site's own
 * origin (COGNITO_PROXY_PATH). The web client has no secret and the pool no device tracking, so
 * REFRESH_TOKEN_AUTH needs only the refresh token: no SECRET_HASH, no DEVICE_KEY. CDK allows that
 * flow on every client with auth flows set (ALLOW_REFRESH_TOKEN_AUTH; test/infra/platform.test.ts).
 */
import type { Renewal, Renewer } from '../token-keeper';
import { cognitoErrorType, cognitoRequest } from './cognito-request';

/** The pool is there but busy or failing: try again later rather than sign the person out. */
const PASSING = new Set(['TooManyRequestsException', 'InternalErrorException', 'LimitExceededException']);

export const cognitoTokens = (
  config: { clientId: string },
  options: { endpoint: string; fetch?: typeof fetch },
): Renewer => {
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return {
    async renew(refreshToken): Promise<Renewal> {
      let res: Response;
      try {
        res = await cognitoRequest(send, options.endpoint, 'InitiateAuth', {
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: config.clientId,
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        });
      } catch {
        return { kind: 'unreachable' };
      }
      const data = (await res.json().catch(() => ({}))) as {
        __type?: string;
        AuthenticationResult?: { IdToken?: string };
      };
      const idToken = data.AuthenticationResult?.IdToken;
      if (res.ok && idToken) return { kind: 'renewed', idToken };
      if (res.status >= 500 || PASSING.has(cognitoErrorType(data))) return { kind: 'unreachable' };
      // NotAuthorizedException: the refresh token expired, was revoked, or its user was disabled or removed.
      return { kind: 'ended' };
    },
    async revoke(refreshToken) {
      const res = await cognitoRequest(send, options.endpoint, 'RevokeToken', {
        Token: refreshToken,
        ClientId: config.clientId,
      });
      if (!res.ok) throw new Error(`The sign-in service answered ${res.status} to the sign-out.`);
    },
  };
};
