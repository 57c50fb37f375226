import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, type Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRICS_NAMESPACE } from '../../functions/lambda/metric-names';
import { bundledCode } from '../bundling/lambda-code';

export interface ScheduledJobProps {
  /** The job's entry point, built with functions/jobs/scheduled-job.ts (exports `handler`). */
  entry: string;
  schedule: Schedule;
  description: string;
  /** Told when a run fails. */
  alarmTopic: ITopic;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  retain: boolean;
  logRetention: RetentionDays;
}

/**
 * A job that runs on a schedule: its own function (Node.js 22, arm64, bundled like the API), its own
 * role that can write its own logs and nothing else until the caller grants exactly what the job
 * needs (for example `table.grant(job.role, 'dynamodb:Query')`), an EventBridge rule with retries, and
 * an alarm on failed runs.
 */
export class ScheduledJob extends Construct {
  readonly fn: LambdaFunction;
  readonly role: Role;
  readonly rule: Rule;
  readonly failures: Alarm;
  /** The `service` dimension of the job's metrics and the name on its log lines. */
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    this.serviceName = `promise-check-${id.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Job ${id}: only what it is granted.`,
    });
    logGroup.grantWrite(this.role);

    this.fn = new LambdaFunction(this, 'Function', {
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: bundledCode(props.entry),
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.minutes(5),
      role: this.role,
      logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        [LAMBDA_ENV.serviceName]: this.serviceName,
        [LAMBDA_ENV.metricsNamespace]: METRICS_NAMESPACE,
        [LAMBDA_ENV.logLevel]: 'INFO',
      },
    });

    this.rule = new Rule(this, 'Schedule', { schedule: props.schedule, description: props.description });
    this.rule.addTarget(new LambdaTarget(this.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) }));

    this.failures = new Alarm(this, 'Failures', {
      metric: this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `Job ${id} failed a run (${props.description}). EventBridge retries twice; see its logs.`,
    });
    this.failures.addAlarmAction(new SnsAction(props.alarmTopic));

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray accepts trace segments only on Resource "*"; this is the statement Lambda active tracing adds.',
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22, like the API: the runtime the code is built and tested on (package.json engines).',
    });
  }
}
