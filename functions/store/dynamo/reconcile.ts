import { createHash } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { emptyRoundTally } from '../../../shared/scoring/tally';
import { countersOfTally } from '../aggregate-cells';
import { keys, SHARDS } from '../keys';
import type { CounterScope, RawParticipant, RawResponse, ReconcileStore, ScopeRepair } from '../reconcile-store';
import { TABLE } from '../table-design';
import { addCounterItem } from './aggregates';
import { isConditionFailed } from './conditions';
import { inPartition, inPartitionFrom } from './expressions';
import { JOINED } from './sessions-counters';

/** Counters per repair item: keeps each update expression well inside DynamoDB's 4 KB limit. */
const COUNTERS_PER_REPAIR_ITEM = 200;
/** Actions in one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;

/** Every page of a query, one after another; only the page being handled is held. */
const eachPage = async (
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
  onPage: (items: Record<string, unknown>[]) => void,
) => {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  let count = 0;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    const items = page.Items ?? [];
    count += items.length;
    onPage(items);
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return count;
};

const emptyScope = (): CounterScope => ({ tally: emptyRoundTally(), joined: 0, repairVersion: 0 });

/** One repair item's update: ADD each counter's delta; chunk 0 also carries the scope's repair version. */
const repairUpdate = (
  table: string,
  roundId: string,
  r: ScopeRepair,
  chunk: number,
  counters: [string, number][],
  at: string,
) => {
  const guard = chunk === 0;
  const sets = ['#type = :type', ...(guard ? ['version = :next', 'repairedAt = :at'] : [])];
  return {
    Update: {
      TableName: table,
      Key: keys.counterRepair(roundId, r.sessionId, chunk),
      UpdateExpression: `SET ${sets.join(', ')}${counters.length ? ` ADD ${counters.map((_, i) => `#c${i} :v${i}`).join(', ')}` : ''}`,
      ExpressionAttributeNames: {
        '#type': 'type',
        ...Object.fromEntries(counters.map(([name], i) => [`#c${i}`, name])),
      },
      ExpressionAttributeValues: {
        ':type': 'counter-repair',
        ...(guard
          ? { ':next': r.expectedVersion + 1, ':at': at, ...(r.expectedVersion ? { ':seen': r.expectedVersion } : {}) }
          : {}),
        ...Object.fromEntries(counters.map(([, by], i) => [`:v${i}`, by])),
      },
      // Two repairs planned from the same reading cannot both land: the second finds the version moved.
      ...(guard
        ? { ConditionExpression: r.expectedVersion ? 'version = :seen' : 'attribute_not_exists(version)' }
        : {}),
    },
  };
};

const repairActions = (table: string, roundId: string, r: ScopeRepair, at: string) => {
  const moves = [...countersOfTally(r.deltas)];
  if (r.joined) moves.push([JOINED, r.joined]);
  moves.sort(([a], [b]) => (a < b ? -1 : 1));
  const chunks: [string, number][][] = [];
  for (let i = 0; i < moves.length; i += COUNTERS_PER_REPAIR_ITEM)
    chunks.push(moves.slice(i, i + COUNTERS_PER_REPAIR_ITEM));
  if (chunks.length === 0) chunks.push([]);
  return chunks.map((counters, chunk) => repairUpdate(table, roundId, r, chunk, counters, at));
};

/** `pageSize` caps the items per page (DynamoDB's own cap is 1 MB); tests set it small to page often. */
export const dynamoReconcile = (
  db: DynamoDBDocumentClient,
  table: string,
  options: { pageSize?: number } = {},
): ReconcileStore => ({
  async roundIds() {
    const ids: string[] = [];
    await eachPage(
      db,
      {
        TableName: table,
        ...inPartition(keys.roundRegistryPartition),
        ProjectionExpression: TABLE.sortKey,
      },
      (items) => ids.push(...items.map((i) => String(i[TABLE.sortKey]))),
    );
    return ids;
  },

  async scanResponses(roundId, onPage) {
    const counts = await Promise.all(
      Array.from({ length: SHARDS }, (_, shard) =>
        eachPage(
          db,
          {
            TableName: table,
            ...inPartition(keys.responsePartition(roundId, shard)),
            ExpressionAttributeNames: { '#r': 'ratings', '#c': 'cohort' },
            ProjectionExpression: '#r, #c',
            ConsistentRead: true,
            Limit: options.pageSize,
          },
          (items) => onPage(items.map((i) => ({ ratings: i.ratings, cohort: i.cohort }) as RawResponse)),
        ),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  },

  scanParticipants(sessionId, onPage) {
    return eachPage(
      db,
      {
        TableName: table,
        ...inPartitionFrom(keys.sessionPartition(sessionId), keys.sessionParticipantPrefix),
        ExpressionAttributeNames: { '#g': 'group', '#v': 'votes', '#c': 'counted' },
        ProjectionExpression: '#g, #v, #c',
        ConsistentRead: true,
        Limit: options.pageSize,
      },
      (items) =>
        onPage(
          items.map(
            (i) => ({ group: i.group ?? null, votes: i.votes ?? {}, counted: i.counted === true }) as RawParticipant,
          ),
        ),
    );
  },

  async counters(roundId) {
    const survey = emptyScope();
    const sessions = new Map<string, CounterScope>();
    const hash = createHash('sha256');
    await eachPage(
      db,
      {
        TableName: table,
        ...inPartition(keys.aggregatePartition(roundId)),
        ConsistentRead: true,
      },
      (items) => {
        for (const item of items) {
          const sk = String(item[TABLE.sortKey]);
          const sessionId = keys.sessionOfCounterItem(sk);
          let scope = survey;
          if (sessionId !== null) {
            scope = sessions.get(sessionId) ?? emptyScope();
            sessions.set(sessionId, scope);
          }
          addCounterItem(scope.tally, item);
          scope.joined += Number(item[JOINED] ?? 0);
          if (keys.repairChunkOf(sk) === 0) scope.repairVersion = Number(item.version ?? 0);
          const numbers = Object.entries(item)
            .filter(([, v]) => typeof v === 'number')
            .sort(([a], [b]) => (a < b ? -1 : 1));
          hash.update(JSON.stringify([sk, numbers]));
        }
      },
    );
    return { survey, sessions, fingerprint: hash.digest('base64url') };
  },

  async repair(roundId, repairs) {
    const at = new Date().toISOString();
    const perScope = repairs.map((r) => repairActions(table, roundId, r, at));
    const all = perScope.flat();
    // One transaction when it fits; otherwise one per scope, each still all-or-nothing.
    const batches = all.length <= MAX_TRANSACTION_ITEMS ? [all] : perScope;
    for (const TransactItems of batches) {
      try {
        await db.send(new TransactWriteCommand({ TransactItems }));
      } catch (e) {
        if (isConditionFailed(e)) return 'raced';
        throw e;
      }
    }
    return 'written';
  },
});
