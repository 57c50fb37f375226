import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CohortFiguresSchema } from '../../../shared/schemas/cohort-figures';
import { keys } from '../keys';
import type { CohortFigureStore } from '../store';
import { withoutKeys } from './items';

/** One small item beside each round that has figures: read with the round's scorecard. */
export const dynamoCohortFigures = (db: DynamoDBDocumentClient, table: string): CohortFigureStore => ({
  async get(roundId) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.cohortFigures(roundId), ConsistentRead: true }),
    );
    return Item ? CohortFiguresSchema.parse(withoutKeys(Item)) : null;
  },
  async put(figures) {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { ...keys.cohortFigures(figures.roundId), type: 'cohort-figures', ...figures },
      }),
    );
  },
});
