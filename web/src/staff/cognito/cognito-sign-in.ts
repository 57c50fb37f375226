/**
 * Staff sign-in against the Cognito user pool, in the browser, through the site's own origin (CloudFront
 * forwards COGNITO_PROXY_PATH to the pool's endpoint, so the page talks to no third party). The flow:
 * password by SRP → a new password on first sign-in → an authenticator app set up on first sign-in →
 * the app's six-digit code every time. Each step returns what the page shows next.
 */
import { cognitoErrorType, cognitoRequest } from './cognito-request';
import { newEphemeral, type PasswordVerifier, passwordClaim, srpA } from './srp';

export interface CognitoConfig {
  region: string;
  userPoolId: string;
  clientId: string;
}

export type SignInStep =
  | { kind: 'signed-in'; idToken: string; refreshToken: string | null }
  | { kind: 'new-password'; session: string; username: string }
  | { kind: 'mfa-setup'; session: string; username: string; secret: string; email: string }
  | { kind: 'mfa-code'; session: string; username: string };

/** A refusal worded for the person signing in. */
export class SignInError extends Error {}

const MESSAGES: Record<string, string> = {
  NotAuthorizedException: 'The e-mail address or password is not right. Check them and try again.',
  UserNotFoundException: 'The e-mail address or password is not right. Check them and try again.',
  PasswordResetRequiredException: 'Your password must be reset: ask your council admin.',
  CodeMismatchException: 'That code is not right. Type the six digits your authenticator app shows now.',
  EnableSoftwareTokenMFAException: 'That code is not right. Type the six digits your authenticator app shows now.',
  ExpiredCodeException: 'That code has expired. Type the new one your authenticator app shows.',
  InvalidPasswordException:
    'That password is not strong enough: use at least 14 characters with upper and lower case letters, a digit and a symbol.',
  TooManyRequestsException: 'Too many tries. Wait a few minutes and try again.',
  LimitExceededException: 'Too many tries. Wait a few minutes and try again.',
  TooManyFailedAttemptsException: 'Too many tries. Wait a few minutes and try again.',
};

interface Answer {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AuthenticationResult?: { IdToken?: string; RefreshToken?: string };
  SecretCode?: string;
  Status?: string;
}

export const cognitoSignIn = (
  config: CognitoConfig,
  options: { endpoint: string; fetch?: typeof fetch; now?: () => Date },
) => {
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? (() => new Date());

  const call = async (operation: string, body: Record<string, unknown>): Promise<Answer> => {
    let res: Response;
    try {
      res = await cognitoRequest(send, options.endpoint, operation, body);
    } catch {
      throw new SignInError('Could not reach the sign-in service. Check the connection and try again.');
    }
    const data = (await res.json().catch(() => ({}))) as Answer & { __type?: string; message?: string };
    if (!res.ok) {
      const type = cognitoErrorType(data);
      throw new SignInError(MESSAGES[type] ?? data.message ?? `The sign-in service answered ${res.status}.`);
    }
    return data;
  };

  const next = async (answer: Answer, username: string, email: string): Promise<SignInStep> => {
    const idToken = answer.AuthenticationResult?.IdToken;
    if (idToken) return { kind: 'signed-in', idToken, refreshToken: answer.AuthenticationResult?.RefreshToken ?? null };
    const session = answer.Session ?? '';
    const user = answer.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
    switch (answer.ChallengeName) {
      case 'NEW_PASSWORD_REQUIRED':
        return { kind: 'new-password', session, username: user };
      case 'MFA_SETUP': {
        const token = await call('AssociateSoftwareToken', { Session: session });
        return {
          kind: 'mfa-setup',
          session: token.Session ?? session,
          username: user,
          secret: token.SecretCode ?? '',
          email,
        };
      }
      case 'SOFTWARE_TOKEN_MFA':
        return { kind: 'mfa-code', session, username: user };
      default:
        throw new SignInError(
          `This sign-in needs a step this page cannot do (${answer.ChallengeName ?? 'none'}). Ask the platform operator.`,
        );
    }
  };

  const respond = (challenge: string, session: string, responses: Record<string, string>) =>
    call('RespondToAuthChallenge', {
      ChallengeName: challenge,
      ClientId: config.clientId,
      Session: session,
      ChallengeResponses: responses,
    });

  let email = '';
  return {
    async start(address: string, password: string): Promise<SignInStep> {
      email = address.trim().toLowerCase();
      const { a, A } = newEphemeral();
      const init = await call('InitiateAuth', {
        AuthFlow: 'USER_SRP_AUTH',
        ClientId: config.clientId,
        AuthParameters: { USERNAME: email, SRP_A: srpA(A) },
      });
      if (init.ChallengeName !== 'PASSWORD_VERIFIER' || !init.ChallengeParameters) return next(init, email, email);
      const challenge = init.ChallengeParameters as unknown as PasswordVerifier;
      const claim = await passwordClaim({ userPoolId: config.userPoolId, password, a, A, challenge, now: now() });
      return next(
        await call('RespondToAuthChallenge', {
          ChallengeName: 'PASSWORD_VERIFIER',
          ClientId: config.clientId,
          ChallengeResponses: claim,
          ...(init.Session ? { Session: init.Session } : {}),
        }),
        claim.USERNAME,
        email,
      );
    },
    async newPassword(step: Extract<SignInStep, { kind: 'new-password' }>, password: string) {
      return next(
        await respond('NEW_PASSWORD_REQUIRED', step.session, { USERNAME: step.username, NEW_PASSWORD: password }),
        step.username,
        email,
      );
    },
    async confirmMfaSetup(step: Extract<SignInStep, { kind: 'mfa-setup' }>, code: string) {
      const verified = await call('VerifySoftwareToken', {
        Session: step.session,
        UserCode: code.replace(/\s/g, ''),
        FriendlyDeviceName: 'Authenticator app',
      });
      if (verified.Status !== 'SUCCESS') throw new SignInError(MESSAGES.CodeMismatchException);
      return next(
        await respond('MFA_SETUP', verified.Session ?? step.session, { USERNAME: step.username }),
        step.username,
        email,
      );
    },
    async mfaCode(step: Extract<SignInStep, { kind: 'mfa-code' }>, code: string) {
      return next(
        await respond('SOFTWARE_TOKEN_MFA', step.session, {
          USERNAME: step.username,
          SOFTWARE_TOKEN_MFA_CODE: code.replace(/\s/g, ''),
        }),
        step.username,
        email,
      );
    },
  };
};

/** The link an authenticator app reads from the QR code on the set-up step. */
export const otpauthLink = (secret: string, email: string) =>
  `otpauth://totp/${encodeURIComponent(`Promise Check:${email}`)}?secret=${secret}&issuer=${encodeURIComponent('Promise Check')}`;
