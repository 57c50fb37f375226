import { BatchWriteCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { countersOfTally } from '../../functions/store/aggregate-cells';
import { responseItem } from '../../functions/store/dynamo/responses';
import { keys, PARTS, partOf, SHARDS } from '../../functions/store/keys';
import type { Cohort } from '../../shared/cohort';
import type { Rating } from '../../shared/rating';
import type { Round } from '../../shared/schemas/round';
import { addResponse, emptyRoundTally } from '../../shared/scoring/tally';

const COUNTERS_PER_UPDATE = 100;

/**
 * Puts `count` responses into a round as the submission path would leave them (raw response items and
 * counter totals), but in bulk: raw items by BatchWrite and counters summed in memory and added with a
 * few updates. Benchmarks use it to reach 20,000 or 100,000 responses in seconds instead of hours on
 * DynamoDB Local; what a scorecard reads is the same.
 */
export const bulkSeedResponses = async (
  db: DynamoDBDocumentClient,
  table: string,
  round: Round,
  count: number,
  make: (i: number) => { ratings: Record<string, Rating>; cohort: Cohort },
  options: { raw?: boolean } = {},
) => {
  const tally = emptyRoundTally();
  const raw: Record<string, unknown>[] = [];
  const receivedOn = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const { ratings, cohort } = make(i);
    addResponse(tally, ratings, cohort);
    if (options.raw !== false)
      raw.push(responseItem({ round, submissionId: crypto.randomUUID(), ratings, cohort, receivedOn }));
  }
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < raw.length; i += 25) batches.push(raw.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let items = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
        while (items.length > 0) {
          const res = await db.send(new BatchWriteCommand({ RequestItems: { [table]: items } }));
          items = (res.UnprocessedItems?.[table] ?? []) as typeof items;
        }
      }
    }),
  );

  // Counters land on every shard, each part holding its promises, as live traffic would leave them.
  const byItem = new Map<string, { shard: number; part: number; counters: [string, number][] }>();
  let turn = 0;
  for (const [name, value] of countersOfTally(tally)) {
    const subject = name.slice(0, name.indexOf('.'));
    const part = subject === '#' ? 0 : partOf(subject);
    const shard = turn++ % SHARDS;
    const key = `${shard}/${part}`;
    const entry = byItem.get(key) ?? { shard, part, counters: [] };
    entry.counters.push([name, value]);
    byItem.set(key, entry);
  }
  for (const { shard, part, counters } of byItem.values()) {
    for (let i = 0; i < counters.length; i += COUNTERS_PER_UPDATE) {
      const chunk = counters.slice(i, i + COUNTERS_PER_UPDATE);
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.aggregate(round.roundId, shard, part % PARTS),
          UpdateExpression: `ADD ${chunk.map((_, j) => `#c${j} :v${j}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(chunk.map(([n], j) => [`#c${j}`, n])),
          ExpressionAttributeValues: Object.fromEntries(chunk.map(([, v], j) => [`:v${j}`, v])),
        }),
      );
    }
  }
  return tally;
};
