import { type DynamoDBDocumentClient, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../table-design';

const KEY_ATTRIBUTES = new Set<string>([
  TABLE.partitionKey,
  TABLE.sortKey,
  TABLE.indexes.byCouncil.partitionKey,
  TABLE.indexes.byCouncil.sortKey,
  TABLE.ttlAttribute,
  'type',
]);

/** An item as the domain sees it: without its key and bookkeeping attributes. */
export const withoutKeys = (item: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k)));

export interface Table {
  name: string;
}

/** Every item a query finds, page after page (DynamoDB answers at most 1 MB at a time). */
export const queryAll = async (
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery({ client: db }, input)) items.push(...(page.Items ?? []));
  return items;
};
