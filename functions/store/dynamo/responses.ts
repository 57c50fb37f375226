import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { dayOf } from '../../../shared/ids';
import { urgentArrivalTime } from '../../../shared/moderation/urgent';
import { ratingCounterNames, surveyResponseCounterNames } from '../aggregate-cells';
import { keys, partOf, SHARDS } from '../keys';
import type { ResponseStore, SubmissionRecord } from '../store';
import { TABLE } from '../table-design';
import { markCodeUsed } from './access-codes';
import { isConditionFailed, SUBMISSION_RETRIES, withRetries } from './conditions';
import { ifNew, inPartition } from './expressions';

const randomShard = () => Math.floor(Math.random() * SHARDS);

const updateCounters = (table: string, key: Record<string, string>, counters: string[]) => ({
  Update: {
    TableName: table,
    Key: key,
    UpdateExpression: `ADD ${counters.map((_, i) => `#c${i} :one`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(counters.map((name, i) => [`#c${i}`, name])),
    ExpressionAttributeValues: { ':one': 1 },
  },
});

/**
 * The raw response as stored: its answers, coarse cohort and the day it came; never its comments, a
 * time of day, or a digest of what was sent (one could be hashed against the comments to join them).
 */
export const responseItem = (
  r: Pick<SubmissionRecord, 'round' | 'submissionId' | 'ratings' | 'cohort' | 'receivedOn'>,
) => ({
  ...keys.response(r.round.roundId, r.submissionId),
  type: 'response',
  roundId: r.round.roundId,
  councilId: r.round.councilId,
  ratings: r.ratings,
  cohort: r.cohort,
  receivedOn: r.receivedOn,
});

/**
 * What response items stored before `receivedOn` also carry, and the table no longer keeps: a digest of
 * the answers and comments (it could be hashed against the comments to join them) and the time of day.
 */
const LEGACY_ATTRIBUTES = { digest: 'bodyHash', time: 'receivedAt' } as const;

/** The day a stored response came: `receivedOn`, or the day of `receivedAt` on items stored before it. */
export const receivedOnOf = (item: Record<string, unknown>): string | null => {
  if (typeof item.receivedOn === 'string') return item.receivedOn;
  return typeof item.receivedAt === 'string' ? dayOf(item.receivedAt) : null;
};

/**
 * The transaction's items: the response (once only), one shard's counters, and each comment.
 * Counters may live on any shard (a round's totals sum them all), so each attempt picks a shard at
 * random: a retry after a conflict lands elsewhere instead of queueing behind the same item.
 */
export const submissionTransaction = (table: string, r: SubmissionRecord, shard = randomShard()) => {
  const { roundId, councilId } = r.round;
  const byPart = new Map<number, string[]>([[0, surveyResponseCounterNames(r.cohort)]]);
  for (const [promiseId, rating] of Object.entries(r.ratings)) {
    const part = partOf(promiseId);
    byPart.set(part, [...(byPart.get(part) ?? []), ...ratingCounterNames(promiseId, rating, r.cohort)]);
  }
  const { receivedOn } = r;
  return [
    { Put: { TableName: table, Item: responseItem(r), ConditionExpression: ifNew } },
    // Second, always: `submit` reads a refused code from this position of the cancellation reasons.
    ...(r.accessCodeHash ? [markCodeUsed(table, roundId, r.accessCodeHash)] : []),
    ...[...byPart].map(([part, counters]) => updateCounters(table, keys.aggregate(roundId, shard, part), counters)),
    // Comments carry no submission id and only the day they arrived, so they cannot be joined to a set of answers.
    // An urgent one also keeps its exact time, for the safeguarding lead (docs/dpia.md), and, when its council
    // decided so, the ids of the other comments sent with it.
    ...r.comments.map((c) => ({
      Put: {
        TableName: table,
        Item: {
          ...keys.comment(councilId, roundId, c.commentId),
          ...keys.commentInQueue(councilId, c.urgent, 'pending', receivedOn, c.commentId),
          type: 'comment',
          commentId: c.commentId,
          councilId,
          roundId,
          promiseId: c.promiseId,
          text: c.text,
          urgent: c.urgent,
          status: 'pending',
          source: r.cohort.source,
          receivedOn,
          ...(c.urgent && c.arrivedAt ? { receivedAt: urgentArrivalTime(c.arrivedAt) } : {}),
          ...(c.urgent && c.sentWith?.length ? { sentWith: c.sentWith } : {}),
          expiresAt: r.commentsExpireAt,
        },
      },
    })),
  ];
};

export const dynamoResponses = (db: DynamoDBDocumentClient, table: string): ResponseStore => {
  const received = async (roundId: string, submissionId: string) => {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.response(roundId, submissionId), ConsistentRead: true }),
    );
    const receivedOn = Item ? receivedOnOf(Item) : null;
    return receivedOn ? { receivedOn } : null;
  };
  return {
    received,
    async countReceivedSince(roundId, since) {
      // Responses keep the day only: "since" counts from the start of its day (and old items by their time).
      const day = since.slice(0, 10);
      const counts = await Promise.all(
        Array.from({ length: SHARDS }, async (_, shard) => {
          const base = inPartition(keys.responsePartition(roundId, shard));
          let total = 0;
          let ExclusiveStartKey: Record<string, unknown> | undefined;
          do {
            const page = await db.send(
              new QueryCommand({
                TableName: table,
                ...base,
                FilterExpression: 'receivedOn >= :day OR #time >= :since',
                ExpressionAttributeNames: { '#time': LEGACY_ATTRIBUTES.time },
                ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ':day': day, ':since': since },
                Select: 'COUNT',
                ExclusiveStartKey,
              }),
            );
            total += page.Count ?? 0;
            ExclusiveStartKey = page.LastEvaluatedKey;
          } while (ExclusiveStartKey);
          return total;
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
    async scrubLegacy(roundId) {
      let scrubbed = 0;
      for (let shard = 0; shard < SHARDS; shard++) {
        let ExclusiveStartKey: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: table,
              ...inPartition(keys.responsePartition(roundId, shard)),
              ExclusiveStartKey,
            }),
          );
          for (const item of page.Items ?? []) {
            if (!(LEGACY_ATTRIBUTES.digest in item) && !(LEGACY_ATTRIBUTES.time in item)) continue;
            const receivedOn = receivedOnOf(item);
            await db.send(
              new UpdateCommand({
                TableName: table,
                Key: { [TABLE.partitionKey]: item[TABLE.partitionKey], [TABLE.sortKey]: item[TABLE.sortKey] },
                UpdateExpression: `${receivedOn ? 'SET #on = :on ' : ''}REMOVE #digest, #time`,
                ExpressionAttributeNames: {
                  '#digest': LEGACY_ATTRIBUTES.digest,
                  '#time': LEGACY_ATTRIBUTES.time,
                  ...(receivedOn ? { '#on': 'receivedOn' } : {}),
                },
                ...(receivedOn ? { ExpressionAttributeValues: { ':on': receivedOn } } : {}),
              }),
            );
            scrubbed++;
          }
          ExclusiveStartKey = page.LastEvaluatedKey;
        } while (ExclusiveStartKey);
      }
      return scrubbed;
    },
    async submit(record) {
      return withRetries('Too many people are sending answers at this moment', SUBMISSION_RETRIES, async () => {
        try {
          // A fresh transaction each attempt: its counters land on another random shard.
          await db.send(new TransactWriteCommand({ TransactItems: submissionTransaction(table, record) }));
          return { kind: 'stored', receivedOn: record.receivedOn } as const;
        } catch (e) {
          // The id is known: a resend, whatever its body says (never compared, so it cannot test a guess).
          if (isConditionFailed(e, 0)) {
            const prior = await received(record.round.roundId, record.submissionId);
            return { kind: 'duplicate', receivedOn: prior?.receivedOn ?? record.receivedOn } as const;
          }
          if (record.accessCodeHash && isConditionFailed(e, 1)) return { kind: 'code-refused' } as const;
          throw e;
        }
      });
    },
  };
};
