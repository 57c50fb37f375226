import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDynamoClient, documentClient } from '../../functions/store/client';

/** Every item of a test table, read straight from DynamoDB Local: for checking what was (not) written. */
export const scanTable = async (tableName: string): Promise<Record<string, unknown>[]> => {
  const client = createDynamoClient({ endpoint: inject('dynamoEndpoint') });
  const db = documentClient(client);
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  try {
    do {
      const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  } finally {
    client.destroy();
  }
  return items;
};

export const testTableName = (label: string) =>
  `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
