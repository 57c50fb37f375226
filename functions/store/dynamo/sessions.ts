import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { LARGEST_ROOM } from '../../../shared/room';
import { ConflictError } from '../errors';
import { keys } from '../keys';
import type { SessionRecord, SessionStore, StoredSessionState } from '../session-store';
import { isConditionFailed } from './conditions';
import { ifNew, inCouncilIndex } from './expressions';
import { queryAll, withoutKeys } from './items';
import { sessionCountStore } from './sessions-votes';

const sessionOf = (item: Record<string, unknown>): SessionRecord => {
  const s = withoutKeys(item) as unknown as SessionRecord;
  // Sessions stored before rooms had a size and a way of counting were phones and hands, of any size.
  return {
    ...s,
    roomSize: s.roomSize ?? LARGEST_ROOM,
    mode: s.mode ?? 'phones-and-hands',
    endedAt: s.endedAt ?? null,
    endedBy: s.endedBy ?? (s.endedAt ? 'facilitator' : null),
    countsConfirmedAt: s.countsConfirmedAt ?? null,
    confirmedSources: s.confirmedSources ?? [],
  };
};
const stateOf = (item: Record<string, unknown>): StoredSessionState => {
  const s = withoutKeys(item) as unknown as StoredSessionState;
  return { ...s, locked: s.locked === true };
};

const statePut = (table: string, next: StoredSessionState, expectedVersion: number) => ({
  TableName: table,
  Item: { ...keys.sessionState(next.sessionId), type: 'session-state', ...next },
  ConditionExpression: 'version = :v',
  ExpressionAttributeValues: { ':v': expectedVersion },
});

/** Sessions' definitions and their polled state; votes, tallies and counts are in sessions-votes.ts. */
export const dynamoSessions = (db: DynamoDBDocumentClient, table: string): SessionStore => {
  const readState: SessionStore['state'] = async (sessionId, options = {}) => {
    const { Item } = await db.send(
      new GetCommand({
        TableName: table,
        Key: keys.sessionState(sessionId),
        ConsistentRead: options.consistent ?? false,
      }),
    );
    return Item ? stateOf(Item) : null;
  };
  return {
    async create(session, state) {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: {
                    ...keys.joinCode(session.joinCode),
                    type: 'join-code',
                    sessionId: session.sessionId,
                    expiresAt: session.codeExpiresAt,
                  },
                  // A code whose session expired may be reused: TTL deletes it within days, this condition at once.
                  ConditionExpression: `${ifNew} OR expiresAt < :now`,
                  ExpressionAttributeValues: { ':now': Math.floor(Date.parse(session.createdAt) / 1000) },
                },
              },
              {
                Put: {
                  TableName: table,
                  Item: {
                    ...keys.session(session.sessionId),
                    ...keys.sessionOfCouncil(session.councilId, session.createdAt, session.sessionId),
                    type: 'session',
                    ...session,
                  },
                  ConditionExpression: ifNew,
                },
              },
              {
                Put: {
                  TableName: table,
                  Item: { ...keys.sessionState(session.sessionId), type: 'session-state', ...state },
                },
              },
            ],
          }),
        );
      } catch (e) {
        if (isConditionFailed(e)) throw new ConflictError(`The join code ${session.joinCode} is in use`);
        throw e;
      }
    },
    async get(sessionId) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.session(sessionId) }));
      return Item ? sessionOf(Item) : null;
    },
    async byCode(code, nowSeconds) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.joinCode(code) }));
      return Item && Number(Item.expiresAt) > nowSeconds ? String(Item.sessionId) : null;
    },
    async listForCouncil(councilId) {
      const items = await queryAll(db, {
        TableName: table,
        ...inCouncilIndex(keys.sessionsOfCouncilPartition(councilId)),
        ScanIndexForward: false,
      });
      return items.map(sessionOf);
    },
    state: readState,
    async putState(next, expectedVersion) {
      try {
        await db.send(new PutCommand(statePut(table, next, expectedVersion)));
        return true;
      } catch (e) {
        if (isConditionFailed(e)) return false;
        throw e;
      }
    },
    async end(session, next, expectedVersion, endedBy, confirmed) {
      const ending = (withCode: boolean) => [
        { Put: statePut(table, next, expectedVersion) },
        {
          Update: {
            TableName: table,
            Key: keys.session(session.sessionId),
            // A session that ended by itself vouches for what phones sent; hands wait for the facilitator's check.
            UpdateExpression: confirmed
              ? 'SET endedAt = :at, endedBy = :by, countsConfirmedAt = :at, confirmedSources = :sources'
              : 'SET endedAt = :at, endedBy = :by',
            ExpressionAttributeValues: {
              ':at': next.updatedAt,
              ':by': endedBy,
              ...(confirmed ? { ':sources': confirmed } : {}),
            },
          },
        },
        // The code dies with its session; a code TTL freed and another session took is left alone.
        ...(withCode
          ? [
              {
                Delete: {
                  TableName: table,
                  Key: keys.joinCode(session.joinCode),
                  ConditionExpression: 'attribute_not_exists(sessionId) OR sessionId = :session',
                  ExpressionAttributeValues: { ':session': session.sessionId },
                },
              },
            ]
          : []),
      ];
      try {
        await db.send(new TransactWriteCommand({ TransactItems: ending(true) }));
        return true;
      } catch (e) {
        if (isConditionFailed(e, 2)) {
          await db.send(new TransactWriteCommand({ TransactItems: ending(false) })).catch((again) => {
            if (!isConditionFailed(again, 0)) throw again;
          });
          return (await readState(session.sessionId, { consistent: true }))?.version === next.version;
        }
        if (isConditionFailed(e, 0)) return false;
        throw e;
      }
    },
    async confirm(sessionId, at, sources) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.session(sessionId),
            UpdateExpression: 'SET countsConfirmedAt = :at, confirmedSources = :sources',
            ConditionExpression: 'attribute_type(endedAt, :string)',
            ExpressionAttributeValues: { ':at': at, ':sources': sources, ':string': 'S' },
          }),
        );
        return true;
      } catch (e) {
        if (isConditionFailed(e)) return false;
        throw e;
      }
    },
    ...sessionCountStore(db, table),
  };
};
