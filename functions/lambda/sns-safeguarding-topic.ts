import { SNSClient } from '@aws-sdk/client-sns';
import type { SafeguardingNotifier } from '../api/notifier';
import { tracer } from './powertools';
import { snsNotifier } from './sns-notifier';

/**
 * Alerts published to the safeguarding topic through a traced client. The API function imports this
 * module dynamically (on-first-use.ts): a static import here keeps only PublishCommand in the bundle.
 */
export const tracedSnsNotifier = (topicArn: string): SafeguardingNotifier =>
  snsNotifier(tracer.captureAWSv3Client(new SNSClient({ maxAttempts: 3 })), topicArn);
