import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';
import type { AccessCodeStore } from '../store';
import { isConditionFailed } from './conditions';
import { ifExists, ifNew, inPartitionFrom } from './expressions';
import { queryAll } from './items';

/** Code items written at once; a batch of 500 cards is 20 rounds of these. */
const WRITE_CONCURRENCY = 25;

export const dynamoAccessCodes = (db: DynamoDBDocumentClient, table: string): AccessCodeStore => {
  // A round's secret never changes once made, so each instance reads it once.
  const secrets = new Map<string, Promise<string>>();

  const readOrMakeSecret = async (roundId: string): Promise<string> => {
    const key = keys.accessCodeSecret(roundId);
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
    if (typeof Item?.secret === 'string') return Item.secret;
    try {
      const secret = randomBytes(32).toString('base64url');
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...key, type: 'access-code-secret', secret },
          ConditionExpression: ifNew,
        }),
      );
      return secret;
    } catch (e) {
      if (!isConditionFailed(e)) throw e;
      // Another instance made it first: use theirs.
      const again = await db.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
      return String(again.Item?.secret);
    }
  };

  const codesOf = (roundId: string) =>
    queryAll(db, {
      TableName: table,
      ...inPartitionFrom(keys.accessCodesPartition(roundId), keys.accessCodePrefix),
      ProjectionExpression: 'batchId, used',
    });

  return {
    secret(roundId) {
      let found = secrets.get(roundId);
      if (!found) {
        found = readOrMakeSecret(roundId);
        secrets.set(roundId, found);
        found.catch(() => secrets.delete(roundId));
      }
      return found;
    },

    async addBatch(batch, hashes) {
      const taken: string[] = [];
      const queue = [...hashes];
      const worker = async () => {
        for (let hash = queue.pop(); hash !== undefined; hash = queue.pop()) {
          try {
            await db.send(
              new PutCommand({
                TableName: table,
                // The batch and nothing else: not who the card went to, not when it is used.
                Item: { ...keys.accessCode(batch.roundId, hash), type: 'access-code', batchId: batch.batchId },
                ConditionExpression: ifNew,
              }),
            );
          } catch (e) {
            if (!isConditionFailed(e)) throw e;
            taken.push(hash);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, hashes.length) }, worker));
      return taken;
    },

    async putBatch(batch) {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...keys.accessCodeBatch(batch.roundId, batch.createdAt, batch.batchId),
            type: 'access-code-batch',
            ...batch,
          },
        }),
      );
    },

    async status(roundId, codeHash) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.accessCode(roundId, codeHash), ConsistentRead: true }),
      );
      if (!Item) return 'unknown';
      return Item.used === true ? 'used' : 'unused';
    },

    async batches(roundId) {
      const [{ Items }, codes] = await Promise.all([
        db.send(
          new QueryCommand({
            TableName: table,
            ...inPartitionFrom(keys.accessCodesPartition(roundId), keys.accessBatchPrefix),
          }),
        ),
        codesOf(roundId),
      ]);
      const used = new Map<string, number>();
      for (const c of codes) if (c.used === true) used.set(String(c.batchId), (used.get(String(c.batchId)) ?? 0) + 1);
      return (Items ?? []).map((i) => ({
        batchId: String(i.batchId),
        roundId: String(i.roundId),
        ...(typeof i.label === 'string' ? { label: i.label } : {}),
        count: Number(i.count),
        createdAt: String(i.createdAt),
        createdBy: String(i.createdBy),
        used: used.get(String(i.batchId)) ?? 0,
      }));
    },
  };
};

/** The transaction item that marks a code used: it fails, and with it the whole submission, unless the code is there and unused. */
export const markCodeUsed = (table: string, roundId: string, codeHash: string) => ({
  Update: {
    TableName: table,
    Key: keys.accessCode(roundId, codeHash),
    UpdateExpression: 'SET used = :yes',
    ConditionExpression: `${ifExists} AND attribute_not_exists(used)`,
    ExpressionAttributeValues: { ':yes': true },
  },
});
