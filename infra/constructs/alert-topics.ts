import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlertTopicsProps {
  /** Subscribed to the operational alarms when given. */
  alarmEmail?: string;
}

/**
 * Two topics, because they reach different people: a council's safeguarding lead must hear of an
 * urgent comment at once and of nothing else (they subscribe with a filter on their council id), while
 * the operator hears of errors and throttling. Both accept only TLS. Neither is KMS-encrypted: an alert
 * carries ids and the kind of concern, never a comment or anything about a young person.
 */
export class AlertTopics extends Construct {
  readonly safeguarding: Topic;
  readonly operations: Topic;

  constructor(scope: Construct, id: string, props: AlertTopicsProps = {}) {
    super(scope, id);
    this.safeguarding = new Topic(this, 'Safeguarding', {
      displayName: 'Promise Check safeguarding',
      enforceSSL: true,
    });
    this.operations = new Topic(this, 'Operations', { displayName: 'Promise Check operations', enforceSSL: true });
    if (props.alarmEmail) this.operations.addSubscription(new EmailSubscription(props.alarmEmail));
  }
}
