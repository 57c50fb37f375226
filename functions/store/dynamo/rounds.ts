import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Round, RoundSchema } from '../../../shared/schemas/round';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { RoundStore } from '../store';
import { isConditionFailed, isTransactionConflict } from './conditions';
import { ifNew, inCouncilIndex } from './expressions';
import { queryAll, withoutKeys } from './items';

const itemOf = (round: Round) => ({
  ...keys.round(round.roundId),
  ...keys.roundOfCouncil(round.councilId, round.opensAt, round.roundId),
  type: 'round',
  ...round,
});
/** The registry entry lets the scheduled reconcile find every round without scanning the table. */
const registryPut = (table: string, round: Round) => ({
  Put: { TableName: table, Item: { ...keys.roundInRegistry(round.roundId), type: 'round-entry' } },
});

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
    await db.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: table, Item: itemOf(round) } }, registryPut(table, round)],
      }),
    );
  },
  async lastOpened(councilId) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.lastOpenedRound(councilId), ConsistentRead: true }),
    );
    return typeof Item?.roundId === 'string' ? Item.roundId : null;
  },
  async open(round, previous) {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.lastOpenedRound(round.councilId), type: 'last-opened-round', roundId: round.roundId },
                ...(previous === null
                  ? { ConditionExpression: ifNew }
                  : {
                      ConditionExpression: '#roundId = :previous',
                      ExpressionAttributeNames: { '#roundId': 'roundId' },
                      ExpressionAttributeValues: { ':previous': previous },
                    }),
              },
            },
            { Put: { TableName: table, Item: itemOf(round), ConditionExpression: ifNew } },
            registryPut(table, round),
          ],
        }),
      );
    } catch (e) {
      // Another open changed the last-opened item first, or was writing it at this moment: either way it won.
      if (isConditionFailed(e) || isTransactionConflict(e))
        throw new ConflictError('another round was opened at the same moment');
      throw e;
    }
  },
});
