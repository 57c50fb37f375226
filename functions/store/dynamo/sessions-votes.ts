import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { emptyRoundTally } from '../../../shared/scoring/tally';
import type { SessionTally } from '../../../shared/sessions/tally';
import type { Participant } from '../../../shared/sessions/votes';
import { keys } from '../keys';
import type { SessionStore } from '../session-store';
import { addCounterItem } from './aggregates';
import { isConditionFailed, SESSION_RETRIES, withRetries } from './conditions';
import { ifNew, inPartitionFrom } from './expressions';
import { CounterMoves, counterUpdate, JOINED, movesOfTally, movesOfVote } from './sessions-counters';
import { addNote } from './sessions-notes';

const participantOf = (item: Record<string, unknown>): Participant => ({
  group: (item.group as Participant['group']) ?? null,
  votes: (item.votes as Participant['votes']) ?? {},
  counted: item.counted === true,
  version: Number(item.version),
});

type CountStore = Pick<
  SessionStore,
  'join' | 'participant' | 'seats' | 'refuse' | 'vote' | 'tally' | 'setTally' | 'counts' | 'addNote'
>;

/**
 * Phones, votes, tallies and counts. Every write that changes a count is one transaction: the record
 * that says what was counted (a participant's answers, a session's tally) together with the counter
 * moves, conditioned on the record being the one the change was planned from.
 */
export const sessionCountStore = (db: DynamoDBDocumentClient, table: string): CountStore => {
  const participant = async (sessionId: string, tokenHash: string) => {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.sessionParticipant(sessionId, tokenHash), ConsistentRead: true }),
    );
    return Item ? participantOf(Item) : null;
  };
  const tally = async (sessionId: string): Promise<SessionTally> => {
    const { Item } = await db.send(
      new GetCommand({ TableName: table, Key: keys.sessionTally(sessionId), ConsistentRead: true }),
    );
    return Item
      ? { counts: Item.counts as SessionTally['counts'], version: Number(Item.version) }
      : { counts: {}, version: 0 };
  };
  // No TTL: a participant record is a raw record of the round, like a survey response, and a recount needs it.
  const participantPut = (
    sessionId: string,
    tokenHash: string,
    p: Participant,
    condition: Record<string, unknown>,
  ) => ({
    Put: {
      TableName: table,
      Item: { ...keys.sessionParticipant(sessionId, tokenHash), type: 'session-participant', ...p },
      ...condition,
    },
  });

  const refuse = async (sessionId: string) => {
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: keys.sessionSeats(sessionId),
        UpdateExpression: 'ADD refused :one SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'session-seats' },
      }),
    );
  };

  return {
    async join(ref, tokenHash, fresh) {
      return withRetries('Too many changes to this session at this moment', SESSION_RETRIES, async () => {
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [
                participantPut(ref.sessionId, tokenHash, fresh, { ConditionExpression: ifNew }),
                counterUpdate(table, ref.roundId, ref.sessionId, new CounterMoves().add(JOINED, 1)),
                // A seat for a new phone, only while the room has one left.
                {
                  Update: {
                    TableName: table,
                    Key: keys.sessionSeats(ref.sessionId),
                    UpdateExpression: 'ADD taken :one SET #type = :type',
                    ConditionExpression: 'attribute_not_exists(taken) OR taken < :size',
                    ExpressionAttributeNames: { '#type': 'type' },
                    ExpressionAttributeValues: { ':one': 1, ':size': ref.roomSize, ':type': 'session-seats' },
                  },
                },
              ],
            }),
          );
          return fresh;
        } catch (e) {
          // The same phone joining again: it carries on where it was (and takes no second seat).
          if (isConditionFailed(e, 0)) return (await participant(ref.sessionId, tokenHash)) ?? undefined;
          if (isConditionFailed(e, 2)) {
            await refuse(ref.sessionId);
            return 'room_full' as const;
          }
          throw e;
        }
      });
    },

    async seats(sessionId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.sessionSeats(sessionId), ConsistentRead: true }),
      );
      return { taken: Number(Item?.taken ?? 0), refused: Number(Item?.refused ?? 0) };
    },

    refuse,
    participant,

    async vote(ref, tokenHash, plan) {
      return withRetries('Too many changes to this vote at this moment', SESSION_RETRIES, async () => {
        const stored = await participant(ref.sessionId, tokenHash);
        if (!stored) return null;
        const planned = plan(stored);
        if (planned.kind === 'unchanged') return planned;
        const moves = movesOfVote(planned);
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Update: {
                    TableName: table,
                    Key: keys.sessionParticipant(ref.sessionId, tokenHash),
                    UpdateExpression: 'SET votes = :votes, counted = :counted, version = :next',
                    ConditionExpression: 'version = :v',
                    ExpressionAttributeValues: {
                      ':votes': planned.participant.votes,
                      ':counted': planned.participant.counted,
                      ':next': planned.participant.version,
                      ':v': stored.version,
                    },
                  },
                },
                ...(moves.empty ? [] : [counterUpdate(table, ref.roundId, ref.sessionId, moves)]),
              ],
            }),
          );
          return planned;
        } catch (e) {
          // Another vote from the same phone got there first: read it and plan again.
          if (isConditionFailed(e, 0)) return undefined;
          throw e;
        }
      });
    },

    tally,

    async setTally(ref, cohort, plan) {
      return withRetries('Too many changes to this tally at this moment', SESSION_RETRIES, async () => {
        const stored = await tally(ref.sessionId);
        const planned = plan(stored);
        if (planned.kind === 'unchanged') return planned;
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: table,
                    Item: { ...keys.sessionTally(ref.sessionId), type: 'session-tally', ...planned.tally },
                    ConditionExpression: stored.version === 0 ? ifNew : 'version = :v',
                    ...(stored.version === 0 ? {} : { ExpressionAttributeValues: { ':v': stored.version } }),
                  },
                },
                counterUpdate(table, ref.roundId, ref.sessionId, movesOfTally(planned, cohort)),
              ],
            }),
          );
          return planned;
        } catch (e) {
          if (isConditionFailed(e, 0)) return undefined;
          throw e;
        }
      });
    },

    async counts(roundId, sessionId) {
      const counted = emptyRoundTally();
      let joined = 0;
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            ...inPartitionFrom(keys.aggregatePartition(roundId), keys.sessionCountersPrefix(sessionId)),
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        for (const item of page.Items ?? []) {
          addCounterItem(counted, item);
          joined += Number(item[JOINED] ?? 0);
        }
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return { tally: counted, joined };
    },

    addNote: (note) => addNote(db, table, note),
  };
};
