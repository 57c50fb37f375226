/**
 * The public function: young people's routes (functions/api/public-app.ts) through Hono's Lambda
 * adapter, wrapped by middy with the Powertools logger and metrics. It is kept small because a young
 * person's first request after a quiet hour waits for its cold start: no staff route, no token
 * verifier, no Cognito client, no OpenAPI generator (infra/bundling leaves it out) and no X-Ray SDK
 * (Lambda's active tracing still records every invocation). The SNS client for an urgent comment's
 * alert loads on the first alert.
 */
import { type APIGatewayProxyResult, handle, type LambdaEvent } from 'hono/aws-lambda';
import type { StaffDirectory } from '../api/auth/staff-directory';
import { publicApp } from '../api/public-app';
import { cachedStore } from '../store/cached-store';
import { createDynamoClient, documentClient } from '../store/client';
import { dynamoStore } from '../store/dynamo';
import { counted } from './counted-notifier';
import { LAMBDA_ENV, requiredEnv } from './lambda-env';
import { logger, withLogsAndMetrics } from './observe';
import { notifierOnFirstUse } from './on-first-use';
import { originGuard } from './origin-guard';

const topicArn = requiredEnv(LAMBDA_ENV.safeguardingTopicArn);
const notifier = notifierOnFirstUse(async () =>
  (await import('./sns-safeguarding-topic')).safeguardingTopicNotifier(topicArn),
);

/** The public app has no staff route, so nothing here verifies a token or manages staff. */
const staffOnly = (): never => {
  throw new Error('Staff routes run in the staff function, not the public one.');
};
const noDirectory: StaffDirectory = {
  list: async () => staffOnly(),
  get: async () => staffOnly(),
  invite: async () => staffOnly(),
  setRoles: async () => staffOnly(),
  remove: async () => staffOnly(),
  setName: async () => staffOnly(),
  lookAlikeInvite: async () => staffOnly(),
};

const app = publicApp({
  store: cachedStore(dynamoStore(documentClient(createDynamoClient()), requiredEnv(LAMBDA_ENV.tableName))),
  verifyStaffToken: async () => staffOnly(),
  now: () => new Date(),
  logger: { error: (message, extra) => logger.error(message, extra) },
  notifier: counted(notifier),
  directory: noDirectory,
  clientKeySecret: requiredEnv(LAMBDA_ENV.rateKeySecret),
});

export const handler = withLogsAndMetrics<LambdaEvent, APIGatewayProxyResult>(handle(app), [
  originGuard(requiredEnv(LAMBDA_ENV.originVerifySecret), (requestId) =>
    logger.warn('refused a request that did not come through CloudFront', { requestId }),
  ),
]);
