import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, test } from 'vitest';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { TABLE } from '../../functions/store/table-design';
import {
  URGENT_REMINDER_INDEX_ACTIONS,
  URGENT_REMINDER_TABLE_ACTIONS,
} from '../../infra/constructs/urgent-reminders-job';
import { type SynthesisedStage, synthStage } from './support/platform';

process.env.CDK_VALIDATION = 'false';

type Resource = { Type: string; Properties: any };
let prod: SynthesisedStage;
beforeAll(() => {
  prod = synthStage('prod');
});
const logicalId = (c: IConstruct) => prod.platform.getLogicalId((c.node.defaultChild ?? c) as CfnElement);
const resources = (type: string) => Object.entries(prod.templates.platform.findResources(type)) as [string, Resource][];

/** An urgent comment nobody acknowledges is alerted again: a job checks every five minutes. */
describe('urgent-comment reminder job', () => {
  test('runs every five minutes as its own function, with the table and the safeguarding topic', () => {
    const job = prod.platform.urgentReminders.job;
    const [, fn] = resources('AWS::Lambda::Function').find(([id]) => id === logicalId(job.fn))!;
    expect(fn.Properties.Environment.Variables).toMatchObject({
      [LAMBDA_ENV.tableName]: { Ref: logicalId(prod.platform.data.table) },
      [LAMBDA_ENV.safeguardingTopicArn]: { Ref: logicalId(prod.platform.topics.safeguarding) },
      [LAMBDA_ENV.serviceName]: 'promise-check-urgent-reminders',
    });
    prod.templates.platform.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
    });
  });

  test('may read rounds and comments, mark a reminder sent, and publish to the safeguarding topic only', () => {
    const roleId = logicalId(prod.platform.urgentReminders.job.role);
    const statements = resources('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const tableArn = { 'Fn::GetAtt': [logicalId(prod.platform.data.table), 'Arn'] };
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo.map((s) => ({ actions: [s.Action].flat().sort(), resource: s.Resource }))).toEqual([
      { actions: [...URGENT_REMINDER_TABLE_ACTIONS].sort(), resource: tableArn },
      {
        actions: [...URGENT_REMINDER_INDEX_ACTIONS],
        resource: { 'Fn::Join': ['', [tableArn, `/index/${TABLE.indexes.byCouncil.name}`]] },
      },
    ]);
    const sns = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('sns:')));
    expect(sns.map((s) => s.Resource)).toEqual([{ Ref: logicalId(prod.platform.topics.safeguarding) }]);
    expect(
      statements
        .flatMap((s) => [s.Action].flat())
        .filter(
          (a: string) =>
            !/^(dynamodb:(GetItem|Query|UpdateItem)|sns:Publish|logs:(CreateLogStream|PutLogEvents)|xray:Put)/.test(a),
        ),
    ).toEqual([]);
  });
});
