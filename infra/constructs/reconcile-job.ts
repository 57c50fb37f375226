import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRICS_NAMESPACE } from '../../functions/lambda/metric-names';
import { ENTRIES } from '../bundling/entries';
import { ScheduledJob } from './scheduled-job';

/** Every night, when no session runs and few young people answer, so a check is rarely "busy". */
export const RECONCILE_SCHEDULE = Schedule.cron({ hour: '2', minute: '30' });
/** The job reads rounds (GetItem), raw records and counters (Query); it never writes: repairs are a person's decision. */
export const RECONCILE_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'] as const;
/** It lists a council's sessions through the council index. */
export const RECONCILE_INDEX_ACTIONS = ['dynamodb:Query'] as const;

export interface ReconcileJobProps {
  table: ITable;
  indexArns: string[];
  alarmTopic: ITopic;
  retain: boolean;
  logRetention: RetentionDays;
}

/**
 * The nightly reconcile (functions/jobs/reconcile-job.ts): recounts every open or lately closed round
 * from its raw records and compares with the counters the scorecards read. A failed run and any
 * difference found each raise an alarm on the operations topic; the operator reads the job's log and
 * runs `npm run reconcile -- <round> --repair --aws`.
 */
export class ReconcileJob extends Construct {
  readonly job: ScheduledJob;
  readonly differences: Alarm;

  constructor(scope: Construct, id: string, props: ReconcileJobProps) {
    super(scope, id);
    this.job = new ScheduledJob(this, 'Reconcile', {
      entry: ENTRIES.reconcile,
      schedule: RECONCILE_SCHEDULE,
      description:
        'Recounts open and lately closed rounds from their raw records and reports any difference with the counters',
      alarmTopic: props.alarmTopic,
      environment: { [LAMBDA_ENV.tableName]: props.table.tableName },
      memorySize: 1024,
      timeout: Duration.minutes(15),
      retain: props.retain,
      logRetention: props.logRetention,
    });
    this.job.role.addToPolicy(
      new PolicyStatement({ actions: [...RECONCILE_TABLE_ACTIONS], resources: [props.table.tableArn] }),
    );
    this.job.role.addToPolicy(
      new PolicyStatement({ actions: [...RECONCILE_INDEX_ACTIONS], resources: props.indexArns }),
    );

    this.differences = new Alarm(this, 'Differences', {
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: 'Differences',
        dimensionsMap: { service: this.job.serviceName },
        period: Duration.days(1),
        statistic: 'Sum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription:
        "The nightly reconcile found counters that differ from the raw responses: a scorecard may be wrong. Read the job's log (each difference is there) and run `npm run reconcile -- <round> --aws` to check, then with --repair.",
    });
    this.differences.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}
