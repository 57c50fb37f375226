import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRICS_NAMESPACE } from '../../functions/lambda/metric-names';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { keys } from '../../functions/store/keys';
import { bundleSync } from '../../infra/bundling/bundle-sync';
import { ENTRIES } from '../../infra/bundling/entries';
import { BUNDLE_FILE, REPO_ROOT } from '../../infra/bundling/esbuild-bundle';
import { promisesOf } from '../../shared/schemas/pledge';
import { startTestServer } from '../support/local-server';

/**
 * The nightly reconcile as deployed: the esbuild bundle the stack uploads, run in a fresh Node process
 * with the environment Lambda gives it and an EventBridge scheduled event, against DynamoDB Local.
 */
const ROUND = 'r_riverside_1';
const TABLE = `reconcile-job-${Date.now().toString(36)}`;
const endpoint = inject('dynamoEndpoint');
let server: LocalServer;
let bundleDir: string;

const runJob = () => {
  const run = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'test/infra/support/invoke-bundle.mjs'), join(bundleDir, BUNDLE_FILE)],
    {
      input: JSON.stringify([
        { 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString(), detail: {} },
      ]),
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        [LAMBDA_ENV.tableName]: TABLE,
        [LAMBDA_ENV.serviceName]: 'promise-check-reconcile',
        [LAMBDA_ENV.metricsNamespace]: METRICS_NAMESPACE,
        AWS_REGION: 'eu-west-2',
        AWS_ENDPOINT_URL_DYNAMODB: endpoint,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      timeout: 60_000,
    },
  );
  const [logs, results] = run.stdout.split('\n@@RESULTS@@');
  if (run.status !== 0 || !results) throw new Error(`The job failed: ${run.stderr}\n${run.stdout}`);
  // Powertools writes warnings and errors to stderr, the rest (and the metrics) to stdout.
  const lines = `${logs ?? ''}\n${run.stderr}`
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { outcome: (JSON.parse(results) as Record<string, number>[])[0]!, lines };
};

beforeAll(async () => {
  bundleDir = bundleSync(ENTRIES.reconcile);
  server = await startTestServer({ pages: false, tableName: TABLE });
  const promises = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${server.url}/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        submissionId: crypto.randomUUID(),
        ratings: Object.fromEntries(promises.slice(0, 4 + i).map((id) => [id, 'yes'])),
      }),
    });
    expect(res.status).toBeLessThan(300);
  }
}, 120_000);
afterAll(() => server?.close());

describe('the reconcile job bundle', () => {
  it('checks the open round and finds nothing wrong after real answers', () => {
    const { outcome, lines } = runJob();
    expect(outcome).toMatchObject({ RoundsChecked: 1, RoundsWithDifferences: 0, Differences: 0 });
    expect(
      lines.some(
        (l) =>
          l.service === 'promise-check-reconcile' && String(l.message).includes(`reconcile ${ROUND}: no difference`),
      ),
    ).toBe(true);
  });

  it('counts and logs, with the whole report, a counter that no longer matches the responses; it repairs nothing', async () => {
    const db = documentClient(createDynamoClient({ endpoint }));
    await db.send(
      new UpdateCommand({
        TableName: TABLE,
        Key: keys.aggregate(ROUND, 4, 0),
        UpdateExpression: 'ADD #c :by',
        ExpressionAttributeNames: { '#c': '#.s=survey' },
        ExpressionAttributeValues: { ':by': 2 },
      }),
    );
    const first = runJob();
    expect(first.outcome).toMatchObject({ RoundsChecked: 1, RoundsWithDifferences: 1 });
    expect(first.outcome.Differences).toBeGreaterThan(0);
    const warning = first.lines.find((l) => l.level === 'WARN' && String(l.message).startsWith(`reconcile ${ROUND}`));
    expect(String(warning?.report)).toContain('repair: not asked for');
    // The figure the Differences alarm watches (infra/constructs/reconcile-job.ts), as CloudWatch reads it.
    const emf = first.lines.find((l) => l._aws !== undefined) as {
      _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] };
      Differences: number;
      service: string;
    };
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] });
    expect([emf.service, emf.Differences]).toEqual(['promise-check-reconcile', first.outcome.Differences]);
    // Nothing was written back: the next night finds the same.
    expect(runJob().outcome.Differences).toBe(first.outcome.Differences);
  });
});
