import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, test } from 'vitest';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRICS_NAMESPACE } from '../../functions/lambda/metric-names';
import { TABLE } from '../../functions/store/table-design';
import { RECONCILE_INDEX_ACTIONS, RECONCILE_TABLE_ACTIONS } from '../../infra/constructs/reconcile-job';
import { type SynthesisedStage, synthStage } from './support/platform';

process.env.CDK_VALIDATION = 'false';

type Resource = { Type: string; Properties: any; DeletionPolicy?: string };
let prod: SynthesisedStage;
beforeAll(() => {
  prod = synthStage('prod');
});
const logicalId = (c: IConstruct) => prod.platform.getLogicalId((c.node.defaultChild ?? c) as CfnElement);
const resources = (type: string) => Object.entries(prod.templates.platform.findResources(type)) as [string, Resource][];

/** The reconciliation of counters against raw responses runs in AWS every night, as its own function. */
describe('nightly reconcile job', () => {
  test('is its own Node.js 22 arm64 function, traced, on a nightly EventBridge schedule, with logs kept like the API’s', () => {
    const job = prod.platform.reconcile.job;
    const [, fn] = resources('AWS::Lambda::Function').find(([id]) => id === logicalId(job.fn))!;
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
    });
    expect(fn.Properties.Environment.Variables[LAMBDA_ENV.serviceName]).toBe('promise-check-reconcile');
    expect(fn.Properties.Environment.Variables[LAMBDA_ENV.tableName]).toEqual({
      Ref: logicalId(prod.platform.data.table),
    });
    prod.templates.platform.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(30 2 * * ? *)',
      State: 'ENABLED',
    });
    const [, logs] = resources('AWS::Logs::LogGroup').find(([id]) => id.startsWith('JobsReconcileLogs'))!;
    expect([logs.Properties.RetentionInDays, logs.DeletionPolicy]).toEqual([365, 'Retain']);
  });

  test('may only read the table and query the council index: it never writes', () => {
    const roleId = logicalId(prod.platform.reconcile.job.role);
    const statements = resources('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const tableArn = { 'Fn::GetAtt': [logicalId(prod.platform.data.table), 'Arn'] };
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo.map((s) => ({ actions: [s.Action].flat().sort(), resource: s.Resource }))).toEqual([
      { actions: [...RECONCILE_TABLE_ACTIONS].sort(), resource: tableArn },
      {
        actions: [...RECONCILE_INDEX_ACTIONS],
        resource: { 'Fn::Join': ['', [tableArn, `/index/${TABLE.indexes.byCouncil.name}`]] },
      },
    ]);
    expect(
      statements
        .flatMap((s) => [s.Action].flat())
        .filter((a: string) => !/^(dynamodb:(GetItem|Query)|logs:(CreateLogStream|PutLogEvents)|xray:Put)/.test(a)),
    ).toEqual([]);
  });

  test('tells the operator of a failed run and of any difference it finds', () => {
    const operations = { Ref: logicalId(prod.platform.topics.operations) };
    const alarms = resources('AWS::CloudWatch::Alarm').filter(
      ([id]) => id.startsWith('JobsReconcile') || id.startsWith('JobsDifferences'),
    );
    expect(alarms).toHaveLength(2);
    for (const [, alarm] of alarms) expect(alarm.Properties.AlarmActions).toEqual([operations]);
    expect(alarms.map(([, a]) => a.Properties).find((p) => p.MetricName === 'Differences')).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      Dimensions: [{ Name: 'service', Value: 'promise-check-reconcile' }],
      Threshold: 1,
    });
  });
});
