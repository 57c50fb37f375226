import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LanguageCode } from '../../../shared/languages';
import { type CouncilLanguageRecord, CouncilLanguageRecordSchema } from '../../../shared/translations/offer';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { TranslationStore } from '../store';
import { isConditionFailed } from './conditions';
import { ifNew, inPartitionFrom } from './expressions';
import { queryAll } from './items';

const fromItem = (item: Record<string, unknown>): CouncilLanguageRecord =>
  CouncilLanguageRecordSchema.parse({
    settings: {
      language: item.language,
      switchedOn: item.switchedOn ?? false,
      englishPromisesNotice: item.englishPromisesNotice ?? false,
      screenWordsCheck: item.screenWordsCheck ?? null,
    },
    translations: item.translations ?? {},
    version: item.version ?? 0,
  });

export const dynamoTranslations = (db: DynamoDBDocumentClient, table: string): TranslationStore => ({
  async get(councilId, language: LanguageCode) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.councilLanguage(councilId, language), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : null;
  },
  async list(councilId) {
    const items = await queryAll(db, {
      TableName: table,
      ...inPartitionFrom(keys.councilPartition(councilId), keys.councilLanguagePrefix),
    });
    return items.map(fromItem);
  },
  async put(councilId, record, expectedVersion) {
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...keys.councilLanguage(councilId, record.settings.language),
            type: 'council-language',
            councilId,
            language: record.settings.language,
            switchedOn: record.settings.switchedOn,
            englishPromisesNotice: record.settings.englishPromisesNotice,
            ...(record.settings.screenWordsCheck ? { screenWordsCheck: record.settings.screenWordsCheck } : {}),
            translations: record.translations,
            version: expectedVersion + 1,
          },
          ConditionExpression: expectedVersion === 0 ? ifNew : '#version = :expected',
          ...(expectedVersion === 0
            ? {}
            : {
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (e) {
      if (isConditionFailed(e)) {
        throw new ConflictError('This language was changed meanwhile by someone else: reload the page and try again');
      }
      throw e;
    }
  },
});
