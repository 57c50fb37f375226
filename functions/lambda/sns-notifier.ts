import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SafeguardingNotifier, UrgentCommentAlert } from '../api/notifier';

/** SNS allows at most 100 characters in a subject (it becomes the e-mail's subject line). */
const SUBJECT = 'Promise Check: an urgent comment is waiting for review';

/** Plain words for an e-mail or SMS; never the comment itself, only where to find it. */
export const alertMessage = (alert: UrgentCommentAlert) =>
  [
    ...(alert.reminder
      ? ['Reminder: nobody has said they have seen this alert yet. Open the comment and press "I have seen this".']
      : []),
    'A young person wrote a comment that may mean they are at risk.',
    `What the screen found: ${alert.concerns.join(', ') || 'a concern'}.`,
    'Sign in to Promise Check and open the moderation queue: the comment is at the top, flagged urgent.',
    '',
    `Council: ${alert.councilId}`,
    `Round: ${alert.roundId}`,
    `Comment: ${alert.commentId}`,
  ].join('\n');

/**
 * Publishes urgent-comment alerts to the safeguarding topic. The council id travels as a message
 * attribute, so each council's safeguarding lead subscribes with a filter policy and hears only of
 * their own council.
 */
export const snsNotifier = (sns: SNSClient, topicArn: string): SafeguardingNotifier => ({
  async urgentComment(alert) {
    await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: SUBJECT,
        Message: alertMessage(alert),
        MessageAttributes: {
          councilId: { DataType: 'String', StringValue: alert.councilId },
          kind: { DataType: 'String', StringValue: 'urgent-comment' },
        },
      }),
    );
  },
});
