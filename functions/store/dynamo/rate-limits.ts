import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';
import type { RateLimitStore } from '../store';
import { TABLE } from '../table-design';

/**
 * One counter item per client key and window, added to atomically, so every Lambda instance counts
 * against the same number. DynamoDB's TTL removes old windows; the key is a salted hash, never an address.
 */
export const dynamoRateLimits = (db: DynamoDBDocumentClient, table: string): RateLimitStore => ({
  async hit(clientKey, windowStart, expiresAt) {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: table,
        Key: keys.rateWindow(clientKey, windowStart),
        UpdateExpression: 'ADD hits :one SET #type = if_not_exists(#type, :type), #ttl = if_not_exists(#ttl, :expires)',
        ExpressionAttributeNames: { '#type': 'type', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':type': 'rate-window', ':expires': expiresAt },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.hits ?? 1);
  },
  async hits(clientKey, windowStart) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.rateWindow(clientKey, windowStart), ConsistentRead: true }),
    );
    return Number(Item?.hits ?? 0);
  },
});
