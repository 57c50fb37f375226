import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BenchmarkStore, StoredThemeSummary } from '../board-store';
import { keys } from '../keys';
import { isConditionFailed } from './conditions';
import { ifNew, inPartition } from './expressions';
import { queryAll, withoutKeys } from './items';

/**
 * One small item per council (its latest round's shown theme scores), all in one partition: the
 * benchmark reads the whole partition in one Query, whatever the number of responses anywhere.
 */
export const dynamoBenchmark = (db: DynamoDBDocumentClient, table: string): BenchmarkStore => ({
  async all() {
    const items = await queryAll(db, {
      TableName: table,
      ...inPartition(keys.themeSummaryPartition()),
    });
    return items.map((i) => withoutKeys(i) as unknown as StoredThemeSummary);
  },

  async put(summary) {
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.themeSummary(summary.councilId), type: 'theme-summary', ...summary },
          // An older round's scorecard, opened later, must not replace a newer round's summary.
          ConditionExpression: `${ifNew} OR opensAt <= :opensAt`,
          ExpressionAttributeValues: { ':opensAt': summary.opensAt },
        }),
      );
    } catch (e) {
      if (!isConditionFailed(e)) throw e;
    }
  },

  async release(day) {
    const got = await db.send(
      new GetCommand({ TableName: table, Key: keys.benchmarkRelease(day), ConsistentRead: true }),
    );
    return got.Item ? (got.Item.summaries as StoredThemeSummary[]) : null;
  },

  async putRelease(day, summaries) {
    try {
      await db.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.benchmarkRelease(day), type: 'benchmark-release', summaries },
          ConditionExpression: ifNew,
        }),
      );
      return [...summaries];
    } catch (e) {
      if (!isConditionFailed(e)) throw e;
      return (await this.release(day)) ?? [...summaries];
    }
  },
});
