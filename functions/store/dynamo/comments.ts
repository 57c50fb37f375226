import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentStore, StoredComment } from '../board-store';
import { BadCursorError, ConflictError } from '../errors';
import { keys } from '../keys';
import { TABLE } from '../table-design';
import { isConditionFailed } from './conditions';
import { ifExists, inCouncilIndex, inCouncilIndexFrom } from './expressions';
import { withoutKeys } from './items';

const GSI = TABLE.indexes.byCouncil;

const commentOf = (item: Record<string, unknown>): StoredComment => withoutKeys(item) as unknown as StoredComment;

/**
 * A page cursor carries only the sort keys of the last comment read; the partition is rebuilt from the
 * council asking, so a cursor made up or copied from another council can never read outside its own queue.
 * A cursor that is not the exact place of a waiting comment is refused (BadCursorError), never sent on.
 */
const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify([key[TABLE.sortKey], key[GSI.sortKey]])).toString('base64url') : undefined;
const decodeCursor = (councilId: string, cursor: string | undefined) => {
  if (!cursor) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursorError('not a cursor this server made');
  }
  // Only the place of a waiting comment is a cursor: anything else would make DynamoDB refuse the query.
  const [sk, gsk] = Array.isArray(parts) && parts.length === 2 ? parts : [];
  if (typeof sk !== 'string' || typeof gsk !== 'string' || !keys.commentQueuePlace(councilId, sk, gsk))
    throw new BadCursorError('not a cursor this server made');
  return {
    [TABLE.partitionKey]: keys.councilPartition(councilId),
    [TABLE.sortKey]: sk,
    [GSI.partitionKey]: keys.commentQueuePartition(councilId),
    [GSI.sortKey]: gsk,
  };
};

export const dynamoComments = (db: DynamoDBDocumentClient, table: string): CommentStore => {
  const get = async (councilId: string, roundId: string, commentId: string) => {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.comment(councilId, roundId, commentId), ConsistentRead: true }),
    );
    return Item ? commentOf(Item) : null;
  };
  return {
    get,

    async queue(councilId, { limit, cursor }) {
      const comments: StoredComment[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined = decodeCursor(councilId, cursor);
      // The index sorts pending comments urgent first ("pending#0#…"), then by the day they came.
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            ...inCouncilIndexFrom(keys.commentQueuePartition(councilId), keys.commentQueuePrefix('pending')),
            Limit: limit - comments.length,
            ExclusiveStartKey,
          }),
        );
        comments.push(...(page.Items ?? []).map(commentOf));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && comments.length < limit);
      return { comments, ...(ExclusiveStartKey ? { cursor: encodeCursor(ExclusiveStartKey) } : {}) };
    },

    async decide(councilId, roundId, commentId, d) {
      const current = await get(councilId, roundId, commentId);
      if (!current) return null;
      const place =
        d.status === 'rejected'
          ? keys.commentInQueue(councilId, current.urgent, 'rejected', current.receivedOn, commentId)
          : keys.commentShown(councilId, roundId, current.receivedOn, commentId);
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: `SET #status = :status, decidedBy = :by, decidedAt = :at, #gpk = :gpk, #gsk = :gsk${d.shownText ? ', shownText = :shown' : ''}${d.shownText ? '' : ' REMOVE shownText'}`,
            ConditionExpression: `${ifExists} AND #status = :from`,
            ExpressionAttributeNames: { '#status': 'status', '#gpk': GSI.partitionKey, '#gsk': GSI.sortKey },
            ExpressionAttributeValues: {
              ':status': d.status,
              ':by': d.decidedBy,
              ':at': d.decidedAt,
              ':gpk': place[GSI.partitionKey],
              ':gsk': place[GSI.sortKey],
              ':from': d.from,
              ...(d.shownText ? { ':shown': d.shownText } : {}),
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return commentOf(Attributes ?? {});
      } catch (e) {
        if (!isConditionFailed(e)) throw e;
        const now = await get(councilId, roundId, commentId);
        if (!now) return null;
        throw new ConflictError(
          now.status === 'pending'
            ? 'This comment is still waiting: reload the queue and decide again.'
            : `This comment was already ${now.status}${now.decidedBy ? ` by ${now.decidedBy}` : ''}${now.decidedAt ? ` at ${now.decidedAt.slice(0, 16).replace('T', ' ')}` : ''}.`,
        );
      }
    },

    async flagUrgent(councilId, roundId, commentId, flag) {
      const current = await get(councilId, roundId, commentId);
      if (!current) return null;
      const place = keys.commentInQueue(councilId, true, 'pending', current.receivedOn, commentId);
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: 'SET urgent = :true, flaggedBy = :by, flaggedAt = :at, #gsk = :gsk',
            ConditionExpression: `${ifExists} AND #status = :pending AND urgent = :false`,
            ExpressionAttributeNames: { '#status': 'status', '#gsk': GSI.sortKey },
            ExpressionAttributeValues: {
              ':true': true,
              ':false': false,
              ':pending': 'pending',
              ':by': flag.by,
              ':at': flag.at,
              ':gsk': place[GSI.sortKey],
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return commentOf(Attributes ?? {});
      } catch (e) {
        if (!isConditionFailed(e)) throw e;
        const now = await get(councilId, roundId, commentId);
        if (!now) return null;
        throw new ConflictError(
          now.status !== 'pending'
            ? `This comment was already ${now.status}${now.decidedBy ? ` by ${now.decidedBy}` : ''}.`
            : 'This comment is already marked urgent.',
        );
      }
    },

    async shown(councilId, roundId, limit) {
      const comments: StoredComment[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            ...inCouncilIndex(keys.commentsShownPartition(councilId, roundId)),
            Limit: limit - comments.length,
            ExclusiveStartKey,
          }),
        );
        comments.push(...(page.Items ?? []).map(commentOf));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && comments.length < limit);
      return comments;
    },
  };
};
