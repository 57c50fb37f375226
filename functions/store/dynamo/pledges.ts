import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PledgeVersionSchema } from '../../../shared/schemas/pledge';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { PledgeStore } from '../store';
import { isConditionFailed } from './conditions';
import { ifNew, inPartitionFrom } from './expressions';
import { queryAll, withoutKeys } from './items';

export const dynamoPledges = (db: DynamoDBDocumentClient, table: string): PledgeStore => ({
  async latest(councilId) {
    const { Items } = await db.send(
      new QueryCommand({
        TableName: table,
        ...inPartitionFrom(keys.councilPartition(councilId), keys.pledgeVersionPrefix()),
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const item = Items?.[0];
    return item ? PledgeVersionSchema.parse(withoutKeys(item)) : null;
  },
  async listVersions(councilId) {
    const items = await queryAll(db, {
      TableName: table,
      ...inPartitionFrom(keys.councilPartition(councilId), keys.pledgeVersionPrefix()),
    });
    return items.map((i) => PledgeVersionSchema.parse(withoutKeys(i)));
  },
  async get(councilId, pledgeId, version) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.pledgeVersion(councilId, pledgeId, version) }),
    );
    return Item ? PledgeVersionSchema.parse(withoutKeys(Item)) : null;
  },
  async publish(version) {
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: {
            ...keys.pledgeVersion(version.councilId, version.pledgeId, version.version),
            type: 'pledge-version',
            ...version,
          },
          ConditionExpression: ifNew,
        }),
      );
    } catch (e) {
      if (isConditionFailed(e)) {
        throw new ConflictError(
          `Version ${version.version} of this pledge is already published; versions cannot be changed`,
        );
      }
      throw e;
    }
  },
});
