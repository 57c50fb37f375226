/** The scheduled reconcile's Lambda entry (infra wires it with infra/constructs/scheduled-job.ts): see reconcile-recent.ts. */

import { LAMBDA_ENV, requiredEnv } from '../lambda/lambda-env';
import { tracer } from '../lambda/powertools';
import { createDynamoClient, documentClient } from '../store/client';
import { dynamoStore } from '../store/dynamo';
import { dynamoReconcile } from '../store/dynamo/reconcile';
import { reconcileRecentRounds } from './reconcile-recent';
import { scheduledJob } from './scheduled-job';

const client = tracer.captureAWSv3Client(createDynamoClient());
const table = requiredEnv(LAMBDA_ENV.tableName);
const db = documentClient(client);

export const handler = scheduledJob('reconcile', (context) =>
  reconcileRecentRounds(
    { store: dynamoStore(db, table), reconcile: dynamoReconcile(db, table), now: () => context.now },
    context,
  ),
);
