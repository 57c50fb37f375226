import { inject } from 'vitest';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo';

/** A fresh table in the shared DynamoDB Local, so test files never see each other's data. */
export const freshStore = async (label = 'test') => {
  const endpoint = inject('dynamoEndpoint');
  const client = createDynamoClient({ endpoint });
  const tableName = `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  await ensureTable(client, tableName);
  const db = documentClient(client);
  return { endpoint, client, db, tableName, store: dynamoStore(db, tableName) };
};
