import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SESSION_NOTE_SOURCE } from '../../../shared/sessions/notes';
import { keys } from '../keys';
import type { SessionNote } from '../session-store';
import { isConditionFailed } from './conditions';
import { ifNew } from './expressions';

/**
 * A facilitator's note of what the group said goes where young people's comments go: the council's
 * moderation queue, in the same item shape a survey comment has (see submissionTransaction), marked
 * with its source and session. Moderators see it first; a board only once it is approved.
 */
export const addNote = async (
  db: DynamoDBDocumentClient,
  table: string,
  n: SessionNote,
): Promise<'stored' | 'duplicate'> => {
  try {
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...keys.comment(n.councilId, n.roundId, n.commentId),
          ...keys.commentInQueue(n.councilId, n.urgent, 'pending', n.receivedOn, n.commentId),
          type: 'comment',
          commentId: n.commentId,
          councilId: n.councilId,
          roundId: n.roundId,
          promiseId: n.promiseId,
          text: n.text,
          urgent: n.urgent,
          status: 'pending',
          source: SESSION_NOTE_SOURCE,
          sessionId: n.sessionId,
          receivedOn: n.receivedOn,
          ...(n.urgent && n.receivedAt ? { receivedAt: n.receivedAt } : {}),
          expiresAt: n.expiresAt,
        },
        ConditionExpression: ifNew,
      }),
    );
    return 'stored';
  } catch (e) {
    if (isConditionFailed(e)) return 'duplicate';
    throw e;
  }
};
