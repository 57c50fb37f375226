import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { RoundSchema } from '../../../shared/schemas/round';
import { keys } from '../keys';
import type { RoundStore } from '../store';
import { inCouncilIndex } from './expressions';
import { queryAll, withoutKeys } from './items';

export const dynamoRounds = (db: DynamoDBDocumentClient, table: string): RoundStore => ({
  async get(roundId) {
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.round(roundId) }));
    return Item ? RoundSchema.parse(withoutKeys(Item)) : null;
  },
  async listForCouncil(councilId) {
    const items = await queryAll(db, {
      TableName: table,
      ...inCouncilIndex(keys.roundsOfCouncilPartition(councilId)),
      ScanIndexForward: false,
    });
    return items.map((i) => RoundSchema.parse(withoutKeys(i)));
  },
  async put(round) {
    const item = {
      ...keys.round(round.roundId),
      ...keys.roundOfCouncil(round.councilId, round.opensAt, round.roundId),
      type: 'round',
      ...round,
    };
    // The registry entry lets the scheduled reconcile find every round without scanning the table.
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table, Item: item } },
          { Put: { TableName: table, Item: { ...keys.roundInRegistry(round.roundId), type: 'round-entry' } } },
        ],
      }),
    );
  },
});
