import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SafeguardingNotifier } from '../api/notifier';
import { keys } from '../store/keys';

/** Locally there is no SNS: an urgent alert becomes a log line and an outbox item in the table. */
export const outboxNotifier = (
  db: DynamoDBDocumentClient,
  table: string,
  log: (line: string) => void,
): SafeguardingNotifier => ({
  async urgentComment(alert) {
    const at = new Date().toISOString();
    log(
      JSON.stringify({
        level: 'warn',
        message: 'safeguarding: urgent comment waiting for the safeguarding lead',
        ...alert,
      }),
    );
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { ...keys.outboxEntry(at, alert.commentId), type: 'outbox', kind: 'urgent-comment', at, ...alert },
      }),
    );
  },
});
