import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type CommentStatus, DECIDED_STATUSES, SHOWN_STATUSES } from '../../../shared/moderation/statuses';
import type { CommentStore, StoredComment } from '../board-store';
import { BadCursorError, ConflictError } from '../errors';
import { keys } from '../keys';
import { TABLE } from '../table-design';
import { isConditionFailed } from './conditions';
import { ifExists, inCouncilIndex, inCouncilIndexFrom, inPartitionFrom } from './expressions';
import { withoutKeys } from './items';

const GSI = TABLE.indexes.byCouncil;

const commentOf = (item: Record<string, unknown>): StoredComment => withoutKeys(item) as unknown as StoredComment;

/**
 * A page cursor carries only the sort keys of the last comment read; the partition is rebuilt from the
 * council asking, so a cursor made up or copied from another council can never read outside its own queue.
 * The waiting queue reads the council index (both sort keys); the decided list reads the table (one).
 */
const encodeCursor = (key: Record<string, unknown> | undefined, onIndex: boolean) =>
  key
    ? Buffer.from(JSON.stringify(onIndex ? [key[TABLE.sortKey], key[GSI.sortKey]] : [key[TABLE.sortKey]])).toString(
        'base64url',
      )
    : undefined;
const decodeCursor = (councilId: string, cursor: string | undefined, onIndex: boolean) => {
  if (!cursor) return undefined;
  const bad = () => new BadCursorError('not a cursor this server made');
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 2) throw bad();
  const [sk, gsk] = parts as unknown[];
  if (typeof sk !== 'string' || !keys.isCommentSortKey(sk)) throw bad();
  // A cursor of the other list (the decided list's has one key, the queue's two) starts this one from the top.
  if (!onIndex)
    return gsk === undefined
      ? { [TABLE.partitionKey]: keys.councilPartition(councilId), [TABLE.sortKey]: sk }
      : undefined;
  if (gsk === undefined) return undefined;
  // Only the exact place of a waiting comment is a queue cursor: anything else would make DynamoDB refuse the query.
  if (typeof gsk !== 'string' || !keys.commentQueuePlace(councilId, sk, gsk)) throw bad();
  return {
    [TABLE.partitionKey]: keys.councilPartition(councilId),
    [TABLE.sortKey]: sk,
    [GSI.partitionKey]: keys.commentQueuePartition(councilId),
    [GSI.sortKey]: gsk,
  };
};

/** Where a comment of this status is listed: the queue's partition (waiting, referred, rejected) or its round's board list. */
const placeOf = (
  councilId: string,
  c: Pick<StoredComment, 'roundId' | 'urgent' | 'receivedOn' | 'commentId'>,
  status: CommentStatus,
) =>
  SHOWN_STATUSES.includes(status)
    ? keys.commentShown(councilId, c.roundId, c.receivedOn, c.commentId)
    : keys.commentInQueue(councilId, c.urgent, status, c.receivedOn, c.commentId);

/** SET for each attribute given, REMOVE for each left out: an update that leaves exactly this state. */
const setOrRemove = (state: Record<string, unknown>, names: readonly string[]) => {
  const set: string[] = [];
  const remove: string[] = [];
  const values: Record<string, unknown> = {};
  const attributeNames: Record<string, string> = {};
  for (const name of names) {
    attributeNames[`#${name}`] = name;
    if (state[name] === undefined) remove.push(`#${name}`);
    else {
      set.push(`#${name} = :${name}`);
      values[`:${name}`] = state[name];
    }
  }
  return { set, remove, values, attributeNames };
};
const DECISION_ATTRIBUTES = ['status', 'shownText', 'decidedBy', 'decidedAt', 'reason', 'referral'] as const;

const describeConflict = (now: StoredComment) =>
  now.status === 'pending'
    ? 'This comment is still waiting: reload the queue and decide again.'
    : `This comment was already ${now.status}${now.decidedBy ? ` by ${now.decidedBy}` : ''}${now.decidedAt ? ` at ${now.decidedAt.slice(0, 16).replace('T', ' ')}` : ''}.`;

export const dynamoComments = (db: DynamoDBDocumentClient, table: string): CommentStore => {
  const get = async (councilId: string, roundId: string, commentId: string) => {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.comment(councilId, roundId, commentId), ConsistentRead: true }),
    );
    return Item ? commentOf(Item) : null;
  };
  return {
    get,

    async queue(councilId, { state, roundId, promiseId, limit, cursor }) {
      const comments: StoredComment[] = [];
      const onIndex = state === 'pending';
      let ExclusiveStartKey: Record<string, unknown> | undefined = decodeCursor(councilId, cursor, onIndex);
      const filters: string[] = [];
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = {};
      if (onIndex && roundId) {
        filters.push('roundId = :roundId');
        values[':roundId'] = roundId;
      }
      if (promiseId) {
        filters.push('promiseId = :promiseId');
        values[':promiseId'] = promiseId;
      }
      if (!onIndex) {
        const statuses = state === 'decided' ? DECIDED_STATUSES : [state];
        filters.push(`#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`);
        names['#status'] = 'status';
        statuses.forEach((st, i) => {
          values[`:s${i}`] = st;
        });
      }
      // Waiting: the index sorts them urgent first ("pending#0#…"), then by the day they came. Decided: the
      // council's comments by round, read from the table, a round's alone when one is asked for.
      const range = onIndex
        ? inCouncilIndexFrom(keys.commentQueuePartition(councilId), keys.commentQueuePrefix('pending'))
        : inPartitionFrom(
            keys.councilPartition(councilId),
            roundId ? keys.commentsOfRoundPrefix(roundId) : keys.commentPrefix,
          );
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            ...range,
            ...(filters.length
              ? {
                  FilterExpression: filters.join(' AND '),
                  ExpressionAttributeValues: { ...range.ExpressionAttributeValues, ...values },
                  ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
                }
              : {}),
            Limit: limit - comments.length,
            ExclusiveStartKey,
          }),
        );
        comments.push(...(page.Items ?? []).map(commentOf));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey && comments.length < limit);
      return { comments, ...(ExclusiveStartKey ? { cursor: encodeCursor(ExclusiveStartKey, onIndex) } : {}) };
    },

    async urgentWaiting(councilId) {
      const comments: StoredComment[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            ...inCouncilIndexFrom(keys.commentQueuePartition(councilId), keys.commentQueuePrefix('pending', true)),
            ExclusiveStartKey,
          }),
        );
        comments.push(...(page.Items ?? []).map(commentOf));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return comments;
    },

    async pendingCounts(councilId) {
      const count = async (prefix: string) => {
        let total = 0;
        let ExclusiveStartKey: Record<string, unknown> | undefined;
        do {
          const page = await db.send(
            new QueryCommand({
              TableName: table,
              ...inCouncilIndexFrom(keys.commentQueuePartition(councilId), prefix),
              Select: 'COUNT',
              ExclusiveStartKey,
            }),
          );
          total += page.Count ?? 0;
          ExclusiveStartKey = page.LastEvaluatedKey;
        } while (ExclusiveStartKey);
        return total;
      };
      const [pending, urgent] = await Promise.all([
        count(keys.commentQueuePrefix('pending')),
        count(keys.commentQueuePrefix('pending', true)),
      ]);
      return { pending, urgent };
    },

    async decide(councilId, roundId, commentId, d) {
      const current = await get(councilId, roundId, commentId);
      if (!current) return null;
      const place = placeOf(councilId, current, d.status);
      const next = {
        status: d.status,
        shownText: d.shownText,
        decidedBy: d.decidedBy,
        decidedAt: d.decidedAt,
        reason: d.reason,
        referral: d.referral ?? current.referral,
      };
      const previous = Object.fromEntries(
        DECISION_ATTRIBUTES.filter((k) => current[k] !== undefined).map((k) => [k, current[k]]),
      );
      const u = setOrRemove(next, DECISION_ATTRIBUTES);
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: `SET ${[...u.set, '#gpk = :gpk', '#gsk = :gsk', 'previous = :previous'].join(', ')}${u.remove.length ? ` REMOVE ${u.remove.join(', ')}` : ''}`,
            ConditionExpression: `${ifExists} AND #status = :from`,
            ExpressionAttributeNames: { ...u.attributeNames, '#gpk': GSI.partitionKey, '#gsk': GSI.sortKey },
            ExpressionAttributeValues: {
              ...u.values,
              ':gpk': place[GSI.partitionKey],
              ':gsk': place[GSI.sortKey],
              ':from': d.from,
              ':previous': previous,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return commentOf(Attributes ?? {});
      } catch (e) {
        if (!isConditionFailed(e)) throw e;
        const now = await get(councilId, roundId, commentId);
        if (!now) return null;
        throw new ConflictError(describeConflict(now));
      }
    },

    async undo(councilId, roundId, commentId, latest) {
      const current = await get(councilId, roundId, commentId);
      if (!current?.previous || current.decidedBy !== latest.by || current.decidedAt !== latest.decidedAt) return null;
      const back = current.previous;
      const place = placeOf(councilId, current, back.status);
      const u = setOrRemove(back as unknown as Record<string, unknown>, DECISION_ATTRIBUTES);
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: `SET ${[...u.set, '#gpk = :gpk', '#gsk = :gsk'].join(', ')} REMOVE ${[...u.remove, 'previous'].join(', ')}`,
            ConditionExpression: `${ifExists} AND #decidedBy = :by AND #decidedAt = :at`,
            ExpressionAttributeNames: { ...u.attributeNames, '#gpk': GSI.partitionKey, '#gsk': GSI.sortKey },
            ExpressionAttributeValues: {
              ...u.values,
              ':gpk': place[GSI.partitionKey],
              ':gsk': place[GSI.sortKey],
              ':by': latest.by,
              ':at': latest.decidedAt,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return commentOf(Attributes ?? {});
      } catch (e) {
        if (isConditionFailed(e)) return null;
        throw e;
      }
    },

    async acknowledge(councilId, roundId, commentId, seen) {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: 'SET seenBy = list_append(if_not_exists(seenBy, :none), :seen)',
            ConditionExpression: `${ifExists} AND urgent = :true`,
            ExpressionAttributeValues: { ':none': [], ':seen': [seen], ':true': true },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return commentOf(Attributes ?? {});
      } catch (e) {
        if (isConditionFailed(e)) return null;
        throw e;
      }
    },

    async markReminded(councilId, roundId, commentId, at, lastRemindedAt) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.comment(councilId, roundId, commentId),
            UpdateExpression: 'SET remindedAt = :at ADD reminders :one',
            ConditionExpression: `${ifExists} AND #status = :pending AND (attribute_not_exists(seenBy) OR size(seenBy) = :zero) AND ${
              lastRemindedAt ? 'remindedAt = :last' : 'attribute_not_exists(remindedAt)'
            }`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':at': at,
              ':one': 1,
              ':pending': 'pending',
              ':zero': 0,
              ...(lastRemindedAt ? { ':last': lastRemindedAt } : {}),
            },
          }),
        );
        return true;
      } catch (e) {
        if (isConditionFailed(e)) return false;
        throw e;
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
