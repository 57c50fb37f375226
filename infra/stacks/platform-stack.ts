import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AlertTopics } from '../constructs/alert-topics';
import { Api } from '../constructs/api';
import { DataTable } from '../constructs/data-table';
import { OperationsAlarms } from '../constructs/operations-alarms';
import { ReconcileJob } from '../constructs/reconcile-job';
import { Site } from '../constructs/site';
import { StaffUserPool } from '../constructs/staff-user-pool';
import { UrgentRemindersJob } from '../constructs/urgent-reminders-job';
import { cognitoSiteConfig } from '../site/site-config';
import { protectionOf, type StageConfig } from '../stages';

export interface PlatformStackProps extends StackProps {
  stage: StageConfig;
  webAclArn: string;
  pagesDir: string;
}

/** Everything but the web ACL, in the stage's region: data, staff sign-in, API, site, alerts and alarms. */
export class PlatformStack extends Stack {
  readonly data: DataTable;
  readonly topics: AlertTopics;
  readonly auth: StaffUserPool;
  readonly api: Api;
  readonly site: Site;
  readonly alarms: OperationsAlarms;
  readonly reconcile: ReconcileJob;
  readonly urgentReminders: UrgentRemindersJob;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const { stage } = props;
    const protection = protectionOf(stage);
    const logRetention = protection.logRetentionDays as RetentionDays;

    this.data = new DataTable(this, 'Data', protection);
    this.topics = new AlertTopics(this, 'Alerts', { ...(stage.alarmEmail ? { alarmEmail: stage.alarmEmail } : {}) });
    this.auth = new StaffUserPool(this, 'StaffAuth', protection);
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      indexArns: this.data.indexArns,
      userPoolId: this.auth.userPool.userPoolId,
      userPoolArn: this.auth.userPool.userPoolArn,
      userPoolClientId: this.auth.webClient.userPoolClientId,
      safeguardingTopic: this.topics.safeguarding,
      retain: protection.retain,
      logRetention,
    });
    this.site = new Site(this, 'Site', {
      pagesDir: props.pagesDir,
      siteConfig: cognitoSiteConfig(this.region, this.auth.userPool.userPoolId, this.auth.webClient.userPoolClientId),
      apiOriginDomain: this.api.originDomain,
      originSecret: this.api.originSecret.secretValue.unsafeUnwrap(),
      webAclArn: props.webAclArn,
      ...(stage.domain ? { domain: stage.domain } : {}),
    });
    this.alarms = new OperationsAlarms(this, 'Alarms', {
      topic: this.topics.operations,
      httpApi: this.api.httpApi,
      apiFunctions: { Public: this.api.publicFn, Staff: this.api.staffFn },
      table: this.data.table,
    });
    this.reconcile = new ReconcileJob(this, 'Jobs', {
      table: this.data.table,
      indexArns: this.data.indexArns,
      alarmTopic: this.topics.operations,
      retain: protection.retain,
      logRetention,
    });
    this.urgentReminders = new UrgentRemindersJob(this, 'Safeguarding', {
      table: this.data.table,
      indexArns: this.data.indexArns,
      safeguardingTopic: this.topics.safeguarding,
      alarmTopic: this.topics.operations,
      retain: protection.retain,
      logRetention,
    });

    new CfnOutput(this, 'SiteUrl', {
      value: `https://${stage.domain?.name ?? this.site.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'DistributionDomain', { value: this.site.distribution.distributionDomainName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.webClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'SafeguardingTopicArn', { value: this.topics.safeguarding.topicArn });
    new CfnOutput(this, 'OperationsTopicArn', { value: this.topics.operations.topicArn });
  }
}
