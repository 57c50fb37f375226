/**
 * The API function: the same Hono app as the local runner, served through Hono's Lambda adapter for
 * API Gateway HTTP API (payload v2) and wrapped by middy with Powertools. Staff tokens are verified
 * against the Cognito user pool (its public keys are downloaded and cached); nothing from the local
 * development identity provider is imported here, so it cannot be part of this bundle.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { type APIGatewayProxyResult, handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { userPoolVerifier } from '../api/auth/token-verifier';
import type { SafeguardingNotifier } from '../api/notifier';
import { cachedStore } from '../store/cached-store';
import { createDynamoClient, documentClient } from '../store/client';
import { dynamoStore } from '../store/dynamo';
import { LAMBDA_ENV, requiredEnv } from './lambda-env';
import { METRIC } from './metric-names';
import { directoryOnFirstUse, notifierOnFirstUse } from './on-first-use';
import { originGuard } from './origin-guard';
import { logger, metrics, tracer, withPowertools } from './powertools';

const dynamo = tracer.captureAWSv3Client(createDynamoClient());
const userPoolId = requiredEnv(LAMBDA_ENV.userPoolId);
const topicArn = requiredEnv(LAMBDA_ENV.safeguardingTopicArn);

// Only staff management and urgent alerts need these clients: loaded on first use, not at a cold start.
const directory = directoryOnFirstUse(async () =>
  (await import('./cognito-staff-directory')).tracedCognitoDirectory(userPoolId),
);
const notifier = notifierOnFirstUse(async () => (await import('./sns-safeguarding-topic')).tracedSnsNotifier(topicArn));

/** Counts every alert, sent or failed, so a failed one raises an alarm (the caller only logs it). */
const counted = (inner: SafeguardingNotifier): SafeguardingNotifier => ({
  async urgentComment(alert) {
    try {
      await inner.urgentComment(alert);
      metrics.addMetric(METRIC.safeguardingAlertSent, MetricUnit.Count, 1);
    } catch (e) {
      metrics.addMetric(METRIC.safeguardingAlertFailed, MetricUnit.Count, 1);
      throw e;
    }
  },
});

const app = createApp({
  store: cachedStore(dynamoStore(documentClient(dynamo), requiredEnv(LAMBDA_ENV.tableName))),
  verifyStaffToken: userPoolVerifier({
    userPoolId,
    clientId: requiredEnv(LAMBDA_ENV.userPoolClientId),
  }),
  now: () => new Date(),
  logger: { error: (message, extra) => logger.error(message, extra) },
  notifier: counted(notifier),
  directory,
  clientKeySecret: requiredEnv(LAMBDA_ENV.rateKeySecret),
});

export const handler = withPowertools<LambdaEvent, APIGatewayProxyResult>(handle(app), [
  originGuard(requiredEnv(LAMBDA_ENV.originVerifySecret), (requestId) =>
    logger.warn('refused a request that did not come through CloudFront', { requestId }),
  ),
]);
