/**
 * The staff function: the staff routes and the OpenAPI document (functions/api/staff-app.ts) through
 * Hono's Lambda adapter for API Gateway HTTP API (payload v2), wrapped by middy with Powertools and the
 * X-Ray tracer. Staff tokens are verified against the Cognito user pool (its public keys are downloaded
 * and cached); nothing from the local development identity provider is imported here, so it cannot be
 * part of this bundle. Young people's routes run in the public function (public-api.ts).
 */
import { type APIGatewayProxyResult, handle, type LambdaEvent } from 'hono/aws-lambda';
import { userPoolVerifier } from '../api/auth/token-verifier';
import { staffApp } from '../api/staff-app';
import { cachedStore } from '../store/cached-store';
import { createDynamoClient, documentClient } from '../store/client';
import { dynamoStore } from '../store/dynamo';
import { counted } from './counted-notifier';
import { LAMBDA_ENV, requiredEnv } from './lambda-env';
import { directoryOnFirstUse, notifierOnFirstUse } from './on-first-use';
import { originGuard } from './origin-guard';
import { logger, tracer, withPowertools } from './powertools';

const dynamo = tracer.captureAWSv3Client(createDynamoClient());
const userPoolId = requiredEnv(LAMBDA_ENV.userPoolId);
const topicArn = requiredEnv(LAMBDA_ENV.safeguardingTopicArn);

// Only staff management and urgent alerts need these clients: loaded on first use, not at a cold start.
const directory = directoryOnFirstUse(async () =>
  (await import('./cognito-staff-directory')).tracedCognitoDirectory(userPoolId),
);
const notifier = notifierOnFirstUse(async () =>
  (await import('./sns-safeguarding-topic')).safeguardingTopicNotifier(topicArn, (c) => tracer.captureAWSv3Client(c)),
);

const app = staffApp({
  store: cachedStore(dynamoStore(documentClient(dynamo), requiredEnv(LAMBDA_ENV.tableName))),
  verifyStaffToken: userPoolVerifier({
    userPoolId,
    clientId: requiredEnv(LAMBDA_ENV.userPoolClientId),
  }),
  now: () => new Date(),
  logger: { error: (message, extra) => logger.error(message, extra) },
  notifier: counted(notifier),
  directory,
  // Rate limits count anonymous writes, which only the public function receives: it alone holds the secret.
  clientKeySecret: '',
});

export const handler = withPowertools<LambdaEvent, APIGatewayProxyResult>(handle(app), [
  originGuard(requiredEnv(LAMBDA_ENV.originVerifySecret), (requestId) =>
    logger.warn('refused a request that did not come through CloudFront', { requestId }),
  ),
]);
