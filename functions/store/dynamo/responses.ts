import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { urgentArrivalTime } from '../../../shared/moderation/urgent';
import { ratingCounterNames, responseCounterNames } from '../aggregate-cells';
import { keys, partOf, SHARDS } from '../keys';
import type { ResponseStore, SubmissionRecord } from '../store';
import { markCodeUsed } from './access-codes';
import { isConditionFailed, SUBMISSION_RETRIES, withRetries } from './conditions';
import { ifNew } from './expressions';

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

/** The raw response as stored: its answers and cohort, never its comments. */
export const responseItem = (
  r: Pick<SubmissionRecord, 'round' | 'submissionId' | 'ratings' | 'cohort' | 'receivedAt' | 'bodyHash'>,
) => ({
  ...keys.response(r.round.roundId, r.submissionId),
  type: 'response',
  roundId: r.round.roundId,
  councilId: r.round.councilId,
  ratings: r.ratings,
  cohort: r.cohort,
  receivedAt: r.receivedAt,
  bodyHash: r.bodyHash,
});

/**
 * The transaction's items: the response (once only), one shard's counters, and each comment.
 * Counters may live on any shard (a round's totals sum them all), so each attempt picks a shard at
 * random: a retry after a conflict lands elsewhere instead of queueing behind the same item.
 */
export const submissionTransaction = (table: string, r: SubmissionRecord, shard = randomShard()) => {
  const { roundId, councilId } = r.round;
  const byPart = new Map<number, string[]>([[0, responseCounterNames(r.cohort)]]);
  for (const [promiseId, rating] of Object.entries(r.ratings)) {
    const part = partOf(promiseId);
    byPart.set(part, [...(byPart.get(part) ?? []), ...ratingCounterNames(promiseId, rating, r.cohort)]);
  }
  const receivedOn = r.receivedAt.slice(0, 10);
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
          ...(c.urgent ? { receivedAt: urgentArrivalTime(r.receivedAt) } : {}),
          ...(c.urgent && c.sentWith?.length ? { sentWith: c.sentWith } : {}),
          expiresAt: r.commentsExpireAt,
        },
      },
    })),
  ];
};

export const dynamoResponses = (db: DynamoDBDocumentClient, table: string): ResponseStore => ({
  async received(roundId, submissionId) {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.response(roundId, submissionId), ConsistentRead: true }),
    );
    return Item ? { bodyHash: String(Item.bodyHash), receivedAt: String(Item.receivedAt) } : null;
  },
  async submit(record) {
    return withRetries('Too many people are sending answers at this moment', SUBMISSION_RETRIES, async () => {
      try {
        // A fresh transaction each attempt: its counters land on another random shard.
        await db.send(new TransactWriteCommand({ TransactItems: submissionTransaction(table, record) }));
        return { kind: 'stored', receivedAt: record.receivedAt } as const;
      } catch (e) {
        if (isConditionFailed(e, 0)) {
          const { Item } = await db.send(
            new GetCommand({
              TableName: table,
              Key: keys.response(record.round.roundId, record.submissionId),
              ConsistentRead: true,
            }),
          );
          const receivedAt = String(Item?.receivedAt ?? record.receivedAt);
          return Item?.bodyHash === record.bodyHash
            ? ({ kind: 'duplicate', receivedAt } as const)
            : ({ kind: 'id-reused', receivedAt } as const);
        }
        if (record.accessCodeHash && isConditionFailed(e, 1)) return { kind: 'code-refused' } as const;
        throw e;
      }
    });
  },
});
