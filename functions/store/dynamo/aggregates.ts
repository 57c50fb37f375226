import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AgeBucket, CareBucket, Source } from '../../../shared/cohort';
import type { RoundCounts } from '../../../shared/scoring/release';
import { emptyRoundTally, promiseTally, type RoundTally } from '../../../shared/scoring/tally';
import { decodeCounterName, RESPONSES } from '../aggregate-cells';
import { keys } from '../keys';
import type { AggregateStore } from '../store';
import { TABLE } from '../table-design';
import { inPartition } from './expressions';

/** Adds one counter item's values into a tally; the same counter may sit in several items and is summed. */
export const addCounterItem = (tally: RoundTally, item: Record<string, unknown>): void => {
  for (const [name, value] of Object.entries(item)) {
    if (typeof value !== 'number') continue;
    const c = decodeCounterName(name);
    if (!c) continue;
    if (c.subject === RESPONSES) {
      if (c.dimension === 's') tally.responses.bySource[c.value as Source] += value;
      else if (c.dimension === 'a') tally.responses.byAge[c.value as AgeBucket] += value;
      else if (c.dimension === 'g')
        tally.responses.byCohort[c.value] = (tally.responses.byCohort[c.value] ?? 0) + value;
      else tally.responses.byCare[c.value as CareBucket] += value;
      continue;
    }
    const t = promiseTally(tally, c.subject);
    const rating = c.rating!;
    if (c.dimension === 's') t.bySource[c.value as Source][rating] += value;
    else if (c.dimension === 'a') t.byAge[c.value as AgeBucket][rating] += value;
    else t.byCare[c.value as CareBucket][rating] += value;
  }
};

/** Every counter item of a round, page by page (a fixed number of items, whatever the number of answers). */
const counterItems = async function* (db: DynamoDBDocumentClient, table: string, roundId: string) {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: table,
        ...inPartition(keys.aggregatePartition(roundId)),
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    yield* page.Items ?? [];
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
};

export const dynamoAggregates = (db: DynamoDBDocumentClient, table: string): AggregateStore => ({
  async read(roundId) {
    const tally = emptyRoundTally();
    for await (const item of counterItems(db, table, roundId)) addCounterItem(tally, item);
    return tally;
  },
  async readParts(roundId) {
    const survey = emptyRoundTally();
    const sessions = new Map<string, RoundTally>();
    for await (const item of counterItems(db, table, roundId)) {
      const sessionId = keys.sessionOfCounterItem(String(item[TABLE.sortKey] ?? ''));
      if (sessionId === null) {
        addCounterItem(survey, item);
        continue;
      }
      const t = sessions.get(sessionId) ?? emptyRoundTally();
      sessions.set(sessionId, t);
      addCounterItem(t, item);
    }
    return { survey, sessions } satisfies RoundCounts;
  },
});
