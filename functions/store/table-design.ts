/**
 * The one table's design, as plain data: the CDK stack, the local runner and the tests all build the
 * table from this, so a key or index name is written here and nowhere else.
 */
export const TABLE = {
  /** Logical name; the deployed name comes from the stack, the local one from the runner. */
  defaultName: 'promise-check',
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Holds an epoch-seconds expiry for items DynamoDB deletes by itself (raw comments). */
  ttlAttribute: 'expiresAt',
  indexes: {
    /** Lists of things inside a council (rounds, moderation queue), newest or most urgent first. */
    byCouncil: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  },
} as const;

export type KeyAttributes = { [TABLE.partitionKey]: string; [TABLE.sortKey]: string };
