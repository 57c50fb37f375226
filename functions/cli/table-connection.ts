import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DynamoLocal, runningDynamoLocal, startDynamoLocal } from '../local/dynamo-local';
import { dataDirOf } from '../local/server';
import { REPO_ROOT } from '../local/web-build';
import { createDynamoClient, documentClient } from '../store/client';

export interface TableTarget {
  /** A DynamoDB Local to use; without it and without `aws`, the local data in .data/. */
  endpoint?: string;
  /** DynamoDB in AWS, with the usual credentials and AWS_REGION. */
  aws: boolean;
}

export interface OpenedTable {
  db: DynamoDBDocumentClient;
  /** Where it is, for messages (undefined in AWS). */
  endpoint: string | undefined;
  close(): Promise<void>;
}

/**
 * The DynamoDB an operator's command works on: `--endpoint`, `--aws`, or by default the local data in
 * .data/ (the DynamoDB Local that `npm start` runs, or one started for the command and stopped after).
 */
export const openTable = async (target: TableTarget): Promise<OpenedTable> => {
  let started: DynamoLocal | undefined;
  let endpoint = target.endpoint;
  if (!endpoint && !target.aws) {
    const dataDir = join(dataDirOf(REPO_ROOT), 'dynamodb');
    endpoint = runningDynamoLocal(dataDir) ?? undefined;
    if (!endpoint) {
      started = await startDynamoLocal({ dataDir });
      endpoint = started.endpoint;
    }
  }
  const client = createDynamoClient(endpoint ? { endpoint } : {});
  return {
    db: documentClient(client),
    endpoint,
    close: async () => {
      client.destroy();
      await started?.stop();
    },
  };
};
