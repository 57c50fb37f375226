import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { CLAIM } from '../../functions/api/auth/claims';
import { ROLES } from '../../shared/roles';

/** The custom attribute behind the `custom:council_id` claim the API reads (functions/api/auth/claims.ts). */
export const COUNCIL_ATTRIBUTE = CLAIM.councilId.replace(/^custom:/, '');

/**
 * Staff sign in for a working day: 15 minutes per token (the pages renew it quietly), 12 hours per refresh
 * token, then sign in (and MFA) again. A renewal reads the user's groups afresh, so short tokens carry a
 * role change quickly; the API also refuses tokens from before a change (functions/api/middleware/staff-auth.ts).
 */
export const TOKEN_VALIDITY = { id: Duration.minutes(15), access: Duration.minutes(15), refresh: Duration.hours(12) };

export interface StaffUserPoolProps {
  deletionProtection: boolean;
  retain: boolean;
}

/**
 * Staff accounts. Nobody signs themselves up: an operator or council admin creates each account. Every
 * sign-in asks for an authenticator-app code (TOTP, never SMS), passwords are long, and the pool is on
 * the Plus plan so sign-ins from leaked passwords or odd places are blocked. A user's roles are its
 * groups (one per role in shared/roles.ts); its council is an attribute the web app can read but never
 * write, so only an administrator (with AWS credentials) can move a user to another council.
 */
export class StaffUserPool extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly groups: UserPoolGroup[];

  constructor(scope: Construct, id: string, props: StaffUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: { [COUNCIL_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) },
      keepOriginal: { email: true },
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.groups = ROLES.map(
      (role) =>
        new UserPoolGroup(this, `Group-${role}`, {
          userPool: this.userPool,
          groupName: role,
          description: `Staff role: ${role}`,
        }),
    );

    // Email must stay writable (Cognito refuses a client that cannot write a required attribute); the
    // council attribute is left out, so a signed-in user cannot change their own council.
    const standard = { email: true, fullname: true } as const;
    this.webClient = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: TOKEN_VALIDITY.id,
      accessTokenValidity: TOKEN_VALIDITY.access,
      refreshTokenValidity: TOKEN_VALIDITY.refresh,
      authSessionValidity: Duration.minutes(5),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ ...standard, emailVerified: true })
        .withCustomAttributes(COUNCIL_ATTRIBUTE),
      writeAttributes: new ClientAttributes().withStandardAttributes(standard),
    });
  }
}
