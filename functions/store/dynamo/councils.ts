import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CouncilSchema, safeguardingSettingsOf } from '../../../shared/schemas/council';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { CouncilStore } from '../store';
import { isConditionFailed } from './conditions';
import { ifExists, ifNew } from './expressions';
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
                  ConditionExpression: ifNew,
                },
              },
              {
                Put: {
                  TableName: table,
                  Item: { ...keys.council(council.councilId), type: 'council', ...council },
                  ConditionExpression: ifNew,
                },
              },
            ],
          }),
        );
      } catch (e) {
        if (isConditionFailed(e)) {
          throw new ConflictError(
            `A council with the slug "${council.slug}" or id "${council.councilId}" already exists`,
          );
        }
        throw e;
      }
    },
    async updateSettings(council, expectedVersion) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.council(council.councilId),
            UpdateExpression:
              'SET #name = :name, #contacts = :contacts, #thresholds = :thresholds, #days = :days, #ack = :ack, #link = :link, #version = :next',
            // A council never changed has no version yet: that is version 0.
            ConditionExpression:
              expectedVersion === 0 ? `${ifExists} AND attribute_not_exists(#version)` : '#version = :expected',
            ExpressionAttributeNames: {
              '#name': 'name',
              '#contacts': 'helpContacts',
              '#thresholds': 'thresholds',
              '#days': 'commentRetentionDays',
              '#ack': 'urgentAcknowledgeMinutes',
              '#link': 'linkUrgentComments',
              '#version': 'version',
            },
            ExpressionAttributeValues: {
              ':name': council.name,
              ':contacts': council.helpContacts,
              ':thresholds': council.thresholds,
              ':days': council.commentRetentionDays,
              ':ack': safeguardingSettingsOf(council).urgentAcknowledgeMinutes,
              ':link': safeguardingSettingsOf(council).linkUrgentComments,
              ':next': expectedVersion + 1,
              ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
            },
          }),
        );
      } catch (e) {
        if (isConditionFailed(e)) throw new ConflictError('The council’s settings were changed meanwhile');
        throw e;
      }
    },
  };
};
