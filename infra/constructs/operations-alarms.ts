import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, SERVICE } from '../../functions/lambda/metric-names';

const PERIOD = Duration.minutes(5);
/** The operations the API performs on the table (see API_TABLE_ACTIONS). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.QUERY,
  Operation.TRANSACT_WRITE_ITEMS,
];
/** Below this many requests in five minutes a few errors are not a rate worth waking anyone for. */
const MIN_REQUESTS_FOR_RATE = 20;

export interface OperationsAlarmsProps {
  topic: ITopic;
  httpApi: HttpApi;
  /** The API's functions by the name their alarms carry (Public, Staff). */
  apiFunctions: Record<string, IFunction>;
  table: ITable;
}

/**
 * The alarms an operator needs, each sent to the operations topic when it fires and when it clears:
 * the API's 5xx rate, each API function's errors and throttles, DynamoDB throttles and system errors, and
 * any safeguarding alert that could not be sent.
 */
export class OperationsAlarms extends Construct {
  readonly alarms: Alarm[] = [];

  constructor(
    scope: Construct,
    id: string,
    private readonly props: OperationsAlarmsProps,
  ) {
    super(scope, id);
    const { httpApi, apiFunctions, table } = props;

    this.add('Api5xxRate', {
      metric: new MathExpression({
        expression: `IF(requests >= ${MIN_REQUESTS_FOR_RATE}, 100 * errors / requests, 0)`,
        usingMetrics: {
          errors: httpApi.metricServerError({ period: PERIOD, statistic: 'Sum' }),
          requests: httpApi.metricCount({ period: PERIOD, statistic: 'Sum' }),
        },
        period: PERIOD,
        label: 'API 5xx responses (% of requests)',
      }),
      threshold: 2,
      evaluationPeriods: 2,
      description:
        'More than 2% of API requests answered 5xx for 10 minutes. Check the API function logs and the table alarms.',
    });
    for (const [name, fn] of Object.entries(apiFunctions)) {
      this.add(`${name}ApiFunctionErrors`, {
        metric: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        threshold: 3,
        description: `The ${name.toLowerCase()} API function failed (crashed or timed out) at least 3 times in 5 minutes.`,
      });
      this.add(`${name}ApiFunctionThrottles`, {
        metric: fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        description: `Lambda refused ${name.toLowerCase()} API invocations: the account concurrency limit was reached. Ask AWS for a higher limit.`,
      });
    }
    this.add('TableThrottles', {
      metric: table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      threshold: 1,
      description:
        'DynamoDB throttled requests (on-demand tables throttle when traffic more than doubles quickly or one partition is hot).',
    });
    this.add('TableSystemErrors', {
      metric: table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      threshold: 1,
      description: 'DynamoDB answered with internal errors. Usually brief; the API retries and answers 503 meanwhile.',
    });
    this.add('SafeguardingAlertFailed', {
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC.safeguardingAlertFailed,
        dimensionsMap: { service: SERVICE.api },
        period: PERIOD,
        statistic: 'Sum',
      }),
      threshold: 1,
      description:
        'URGENT: a comment flagged as a possible risk to a young person is stored, but its safeguarding alert was not sent. Tell the council safeguarding lead now; it is at the top of their moderation queue.',
    });
  }

  private add(
    id: string,
    options: { metric: IMetric; threshold: number; evaluationPeriods?: number; description: string },
  ) {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    const action = new SnsAction(this.props.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }
}
