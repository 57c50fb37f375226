import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { URGENT_ACKNOWLEDGE_MINUTES } from '../../shared/limits';
import { ENTRIES } from '../bundling/entries';
import { ScheduledJob } from './scheduled-job';

/** Often enough that a second alert goes within a few minutes of a council's shortest set time. */
export const URGENT_REMINDER_SCHEDULE = Schedule.rate(Duration.minutes(5));
/** It reads rounds and comments and records each alert sent again on its comment; nothing else. */
export const URGENT_REMINDER_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'] as const;
export const URGENT_REMINDER_INDEX_ACTIONS = ['dynamodb:Query'] as const;

export interface UrgentRemindersJobProps {
  table: ITable;
  indexArns: string[];
  safeguardingTopic: ITopic;
  alarmTopic: ITopic;
  retain: boolean;
  logRetention: RetentionDays;
}

/**
 * Every few minutes (functions/jobs/urgent-reminders-job.ts): alerts the safeguarding lead again about each
 * urgent comment nobody acknowledged within its council's set time (at least URGENT_ACKNOWLEDGE_MINUTES.min).
 */
export class UrgentRemindersJob extends Construct {
  readonly job: ScheduledJob;

  constructor(scope: Construct, id: string, props: UrgentRemindersJobProps) {
    super(scope, id);
    this.job = new ScheduledJob(this, 'UrgentReminders', {
      entry: ENTRIES.urgentReminders,
      schedule: URGENT_REMINDER_SCHEDULE,
      description: `Alerts the safeguarding lead again about urgent comments nobody acknowledged (after ${URGENT_ACKNOWLEDGE_MINUTES.min} minutes or the council's own time)`,
      alarmTopic: props.alarmTopic,
      environment: {
        [LAMBDA_ENV.tableName]: props.table.tableName,
        [LAMBDA_ENV.safeguardingTopicArn]: props.safeguardingTopic.topicArn,
      },
      timeout: Duration.minutes(4),
      retain: props.retain,
      logRetention: props.logRetention,
    });
    this.job.role.addToPolicy(
      new PolicyStatement({ actions: [...URGENT_REMINDER_TABLE_ACTIONS], resources: [props.table.tableArn] }),
    );
    this.job.role.addToPolicy(
      new PolicyStatement({ actions: [...URGENT_REMINDER_INDEX_ACTIONS], resources: props.indexArns }),
    );
    props.safeguardingTopic.grantPublish(this.job.role);
  }
}
