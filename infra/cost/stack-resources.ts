/**
 * What the cost model needs to know about the deployed stack, read from the synthesised templates (so
 * the estimate follows the stack when alarms, rules or secrets are added) and from the store's own
 * counter names (so a write's size is the size DynamoDB bills).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRIC, SERVICE } from '../../functions/lambda/metric-names';
import { ratingCounterNames, responseCounterNames } from '../../functions/store/aggregate-cells';
import { PARTS, partOf, SHARDS } from '../../functions/store/keys';
import { AGE_BUCKETS, CARE_BUCKETS, type Cohort } from '../../shared/cohort';
import { RATINGS } from '../../shared/rating';
import { REPO_ROOT } from '../bundling/esbuild-bundle';
import { buildPlatform } from '../platform';
import { STAGES_CONTEXT_KEY, stageFromContext } from '../stages';
import type { StackResources } from './cost-model';

/** The reconcile job's four counts (functions/jobs/reconcile-recent.ts), its run time and its cold starts. */
const METRICS_PER_JOB = 6;

type Resource = { Properties: Record<string, unknown> };
const resources = (t: Template, type: string) => Object.values(t.findResources(type)) as Resource[];

/** Counts, in the templates of a synthesised stage, what the bill depends on. */
export const stackResources = (templates: { edge: Template; platform: Template }): StackResources => {
  const acls = resources(templates.edge, 'AWS::WAFv2::WebACL');
  const api = resources(templates.platform, 'AWS::Lambda::Function').find(
    (f) =>
      (f.Properties.Environment as { Variables?: Record<string, string> } | undefined)?.Variables?.[
        LAMBDA_ENV.serviceName
      ] === SERVICE.api,
  );
  if (!api) throw new Error('The API function is not in the platform template.');
  const jobs = resources(templates.platform, 'AWS::Lambda::Function').filter((f) => {
    const service = (f.Properties.Environment as { Variables?: Record<string, string> } | undefined)?.Variables?.[
      LAMBDA_ENV.serviceName
    ];
    return service !== undefined && service !== SERVICE.api;
  }).length;
  const alarmMetrics = resources(templates.platform, 'AWS::CloudWatch::Alarm').reduce((n, a) => {
    const metrics = a.Properties.Metrics as { MetricStat?: unknown }[] | undefined;
    return n + (metrics ? metrics.filter((m) => m.MetricStat).length : 1);
  }, 0);
  return {
    apiMemoryMb: Number(api.Properties.MemorySize),
    webAcls: acls.length,
    wafRules: acls.reduce((n, a) => n + (a.Properties.Rules as unknown[]).length, 0),
    secrets: resources(templates.platform, 'AWS::SecretsManager::Secret').length,
    alarmMetrics,
    // Each name the API publishes and the cold-start count Powertools adds; a job's counts, run time and cold starts.
    customMetrics: Object.keys(METRIC).length + 1 + jobs * METRICS_PER_JOB,
    scheduledJobs: jobs,
    logRetentionDays: Math.max(
      ...resources(templates.platform, 'AWS::Logs::LogGroup').map((g) => Number(g.Properties.RetentionInDays ?? 0)),
    ),
  };
};

/**
 * The size in KB of one full counter item of a pledge of `promises` promises: every rating from every
 * age group and care status has been counted (what a busy round reaches). DynamoDB bills an update by
 * the item's size, so this sets the cost of a submission.
 */
export const fullCounterItemKb = (promises = 65): number => {
  const names = Array.from({ length: PARTS }, () => new Set<string>());
  const cohorts: Cohort[] = AGE_BUCKETS.flatMap((age) =>
    CARE_BUCKETS.map((care) => ({ age, care, source: 'survey' }) as Cohort),
  );
  for (let i = 0; i < promises; i++) {
    const promiseId = `p_${String(i).padStart(10, 'x')}`;
    for (const rating of RATINGS)
      for (const cohort of cohorts)
        for (const n of ratingCounterNames(promiseId, rating, cohort)) names[partOf(promiseId)]!.add(n);
  }
  for (const cohort of cohorts) for (const n of responseCounterNames(cohort)) names[0]!.add(n);
  // An attribute costs its name's bytes and, as a number up to 99,999, about 4 bytes; 100 bytes of keys.
  return Math.max(...names.map((set) => [...set].reduce((bytes, name) => bytes + name.length + 4, 100))) / 1024;
};

/** Counter items a scorecard reads: every shard's parts of the round. */
export const COUNTER_ITEMS_PER_SCORECARD = SHARDS * PARTS;

/** Synthesises a stage of cdk.json (default prod) as `cdk synth` would, with the built pages. */
export const synthForCost = (stageName = 'prod', pagesDir = join(REPO_ROOT, 'web', 'dist')) => {
  const context = (
    JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }
  ).context;
  const app = new App({ context });
  const stage = stageFromContext(context[STAGES_CONTEXT_KEY], stageName);
  const { edge, platform } = buildPlatform(app, stage, { pagesDir });
  return { edge: Template.fromStack(edge), platform: Template.fromStack(platform) };
};
