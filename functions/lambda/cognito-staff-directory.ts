import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoDirectory } from '../api/auth/cognito-directory';
import type { StaffDirectory } from '../api/auth/staff-directory';
import { tracer } from './powertools';

/**
 * The staff directory in the user pool, with its traced client. The API function imports this module
 * dynamically (on-first-use.ts): a static import here keeps only the commands it sends in the bundle.
 */
export const tracedCognitoDirectory = (userPoolId: string): StaffDirectory =>
  cognitoDirectory(tracer.captureAWSv3Client(new CognitoIdentityProviderClient({ maxAttempts: 3 })), userPoolId);
