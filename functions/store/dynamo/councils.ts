import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CouncilSchema } from '../../../shared/schemas/council';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { CouncilStore } from '../store';
import { withoutKeys } from './items';

export const dynamoCouncils = (db: DynamoDBDocumentClient, table: string): CouncilStore => {
  const get = async (councilId: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.council(councilId) }));
    return Item ? CouncilSchema.parse(withoutKeys(Item)) : null;
  };
  return {
  get,
  async getBySlug(slug) {
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.councilSlug(slug) }));
    return Item ? get(String(Item.councilId)) : null;
  },
  async create(council) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.councilSlug(council.slug), type: 'slug', councilId: council.councilId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.council(council.councilId), type: 'council', ...council },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'TransactionCanceledException') {
        throw new ConflictError(`A council with the slug "${council.slug}" or id "${council.councilId}" already exists`);
      }
      throw e;
    }
  },
  };
};
