import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleSync } from '../../infra/bundling/bundle-sync';
import { BUNDLE_FILE, REPO_ROOT } from '../../infra/bundling/esbuild-bundle';
import { ScheduledJob } from '../../infra/constructs/scheduled-job';

process.env.CDK_VALIDATION = 'false';
const ENTRY = 'test/infra/fixtures/heartbeat-job.ts';

let template: Template;
let app: App;
let stack: Stack;
let job: ScheduledJob;

beforeAll(() => {
  app = new App();
  stack = new Stack(app, 'Jobs', { env: { region: 'eu-west-2' } });
  const table = new Table(stack, 'Table', {
    partitionKey: { name: 'pk', type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  });
  const topic = new Topic(stack, 'Operations', { enforceSSL: true });
  job = new ScheduledJob(stack, 'Heartbeat', {
    entry: ENTRY,
    schedule: Schedule.rate(Duration.hours(1)),
    description: 'Says it is alive, every hour',
    alarmTopic: topic,
    retain: false,
    logRetention: RetentionDays.TWO_WEEKS,
  });
  table.grant(job.role, 'dynamodb:Query');
  template = Template.fromStack(stack);
});

describe('a scheduled job', () => {
  test('runs its own Node.js 22 arm64 function on an EventBridge schedule, retried twice', () => {
    const fnId = stack.getLogicalId(job.fn.node.defaultChild as never);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [fnId, 'Arn'] },
          Id: 'Target0',
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
        },
      ],
    });
    const env = (
      Object.values(template.findResources('AWS::Lambda::Function'))[0] as {
        Properties: { Environment: { Variables: Record<string, string> } };
      }
    ).Properties.Environment.Variables;
    expect(env.POWERTOOLS_SERVICE_NAME).toBe('promise-check-heartbeat');
  });

  test('its role writes its own logs and does only what it was granted', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (p) =>
        (p as { Properties: { PolicyDocument: { Statement: { Action: string | string[] }[] } } }).Properties
          .PolicyDocument.Statement,
    );
    expect(statements.map((s) => [s.Action].flat().join(','))).toEqual([
      'logs:CreateLogStream,logs:PutLogEvents',
      'xray:PutTraceSegments,xray:PutTelemetryRecords',
      'dynamodb:Query',
    ]);
    expect(
      Object.values(template.findResources('AWS::IAM::Role')).every(
        (r) => !Object.hasOwn((r as { Properties: object }).Properties, 'ManagedPolicyArns'),
      ),
    ).toBe(true);
  });

  test('a failed run raises an alarm to the operations topic, and cdk-nag finds nothing unacknowledged', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Threshold: 1,
      AlarmActions: [{ Ref: stack.getLogicalId(stack.node.findChild('Operations').node.defaultChild as never) }],
    });
    expect(new AwsSolutionsChecks().validateScope(app).violations).toEqual([]);
  });

  test('the bundled job runs under middy and Powertools: a result, a log line and metrics', () => {
    const dir = bundleSync(ENTRY);
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'test/infra/support/invoke-bundle.mjs'), join(dir, BUNDLE_FILE)],
      {
        input: JSON.stringify([
          { 'detail-type': 'Scheduled Event', source: 'aws.events', time: '2027-01-04T09:00:00Z', detail: {} },
        ]),
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'eu-west-2',
          AWS_LAMBDA_FUNCTION_NAME: 'heartbeat',
          POWERTOOLS_SERVICE_NAME: 'promise-check-heartbeat',
          POWERTOOLS_METRICS_NAMESPACE: 'PromiseCheck',
        },
        timeout: 30_000,
      },
    );
    const [logs, results] = run.stdout.split('\n@@RESULTS@@');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(results!)).toEqual([{ Beats: 1, HourOfDay: 9 }]);
    const lines = `${logs}\n${run.stderr}`
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.some(
        (l) =>
          l.message === 'heartbeat: done' &&
          l.service === 'promise-check-heartbeat' &&
          l.function_request_id === 'test-request-0',
      ),
    ).toBe(true);
    const emf = lines.find((l) => l._aws);
    expect(emf).toMatchObject({ Beats: 1, HourOfDay: 9, service: 'promise-check-heartbeat' });
  });
});
