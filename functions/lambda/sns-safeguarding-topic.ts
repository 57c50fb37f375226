import { SNSClient } from '@aws-sdk/client-sns';
import type { SafeguardingNotifier } from '../api/notifier';
import { snsNotifier } from './sns-notifier';

/**
 * Alerts published to the safeguarding topic. The API functions import this module dynamically
 * (on-first-use.ts): a static import here keeps only PublishCommand in the bundle. `wrap` lets the staff
 * function trace its client; the public function, which leaves the X-Ray SDK out, passes none.
 */
export const safeguardingTopicNotifier = (
  topicArn: string,
  wrap: (client: SNSClient) => SNSClient = (client) => client,
): SafeguardingNotifier => snsNotifier(wrap(new SNSClient({ maxAttempts: 3 })), topicArn);
