import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';
import type { StaffAccessStore } from '../store';
import { TABLE } from '../table-design';

/** One small item per member of staff whose access changed; DynamoDB's TTL removes it once it no longer matters. */
export const dynamoStaffAccess = (db: DynamoDBDocumentClient, table: string): StaffAccessStore => ({
  async changedAt(email) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.staffAccessChange(email), ConsistentRead: true }),
    );
    return typeof Item?.changedAt === 'number' ? Item.changedAt : 0;
  },
  async record(email, atMs, expiresAt) {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...keys.staffAccessChange(email),
          type: 'staff-access-change',
          changedAt: atMs,
          [TABLE.ttlAttribute]: expiresAt,
        },
      }),
    );
  },
});
