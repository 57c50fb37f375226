import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Action, ActionSchema } from '../../../shared/schemas/actions';
import type { ActionStore } from '../board-store';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import { isConditionFailed } from './conditions';
import { ifNew, inPartitionFrom } from './expressions';
import { queryAll, withoutKeys } from './items';

const actionOf = (item: Record<string, unknown>): Action => ActionSchema.parse(withoutKeys(item));
const CHANGED =
  'This action was changed or deleted by someone else meanwhile. Reload to see it, then make your change again.';

/** "You said, we did": a handful per round, read whole with the council's other small items. */
export const dynamoActions = (db: DynamoDBDocumentClient, table: string): ActionStore => ({
  async list(councilId, roundId) {
    const items = await queryAll(db, {
      TableName: table,
      ...inPartitionFrom(keys.councilPartition(councilId), keys.actionPrefix(roundId)),
    });
    return items.map(actionOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },

  async get(councilId, roundId, actionId) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.action(councilId, roundId, actionId), ConsistentRead: true }),
    );
    return Item ? actionOf(Item) : null;
  },

  async put(action, expectedVersion) {
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.action(action.councilId, action.roundId, action.actionId), type: 'action', ...action },
          ConditionExpression: expectedVersion === null ? ifNew : 'version = :v',
          ...(expectedVersion === null ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
    } catch (e) {
      if (isConditionFailed(e)) throw new ConflictError(CHANGED);
      throw e;
    }
  },

  async delete(councilId, roundId, actionId, expectedVersion) {
    try {
      await db.send(
        new DeleteCommand({
          TableName: table,
          Key: keys.action(councilId, roundId, actionId),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': expectedVersion },
        }),
      );
    } catch (e) {
      if (isConditionFailed(e)) throw new ConflictError(CHANGED);
      throw e;
    }
  },
});
