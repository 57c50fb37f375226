/** The urgent-comment reminder's Lambda entry (infra/constructs/urgent-reminders-job.ts): see urgent-reminders.ts. */

import { LAMBDA_ENV, requiredEnv } from '../lambda/lambda-env';
import { tracer } from '../lambda/powertools';
import { safeguardingTopicNotifier } from '../lambda/sns-safeguarding-topic';
import { createDynamoClient, documentClient } from '../store/client';
import { dynamoStore } from '../store/dynamo';
import { dynamoReconcile } from '../store/dynamo/reconcile';
import { scheduledJob } from './scheduled-job';
import { remindEveryCouncil } from './urgent-reminders';

const client = tracer.captureAWSv3Client(createDynamoClient());
const table = requiredEnv(LAMBDA_ENV.tableName);
const db = documentClient(client);
const notifier = safeguardingTopicNotifier(requiredEnv(LAMBDA_ENV.safeguardingTopicArn), (c) =>
  tracer.captureAWSv3Client(c),
);
const registry = dynamoReconcile(db, table);

export const handler = scheduledJob('urgent-reminders', (context) =>
  remindEveryCouncil(
    {
      store: dynamoStore(db, table),
      now: () => context.now,
      notifier,
      logger: { error: (message, extra) => context.logger.error(message, extra) },
    },
    () => registry.roundIds(),
    context.logger,
  ),
);
