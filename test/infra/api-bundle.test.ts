import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { LAMBDA_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { SERVICE } from '../../functions/lambda/metric-names';
import { DEV_USER_POOL } from '../../functions/local/dev-idp';
import { DEV_LOGIN_PATH } from '../../functions/local/dev-routes';
import { type BundleOutputs, bundleOutputs } from '../../infra/bundling/bundle-outputs';
import { bundleSync } from '../../infra/bundling/bundle-sync';
import { ENTRIES } from '../../infra/bundling/entries';
import { BUNDLE_FILE, metafilePathOf, REPO_ROOT } from '../../infra/bundling/esbuild-bundle';
import { API_TABLE_ACTIONS } from '../../infra/constructs/api-table-actions';
import { API_PATHS } from '../../shared/api-paths';
import { httpApiEvent } from './support/http-event';

/**
 * The two API functions' bundles, built by the very call the stack makes (bundleSync(ENTRIES.…)), must not
 * contain the local development identity provider, and must answer like the deployed functions. The
 * public one must also leave out everything only staff need.
 */
const SECRET = 'origin-secret-for-tests';
const functionEnv = {
  [LAMBDA_ENV.tableName]: 'promise-check-test',
  [LAMBDA_ENV.userPoolId]: 'eu-west-2_AbCdEf123',
  [LAMBDA_ENV.userPoolClientId]: '1example23456789example',
  [LAMBDA_ENV.safeguardingTopicArn]: 'arn:aws:sns:eu-west-2:123456789012:safeguarding',
  [LAMBDA_ENV.originVerifySecret]: SECRET,
  [LAMBDA_ENV.rateKeySecret]: 'rate-key-secret-for-tests',
  [LAMBDA_ENV.serviceName]: SERVICE.api,
  AWS_REGION: 'eu-west-2',
  AWS_LAMBDA_FUNCTION_NAME: 'promise-check-api',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

interface Built {
  dir: string;
  /** index.mjs and every chunk, loaded at a cold start or later. */
  code: string;
  metafile: Metafile;
  outputs: BundleOutputs;
}
const built = {} as Record<'publicApi' | 'staffApi', Built>;
const build = (entry: string): Built => {
  const dir = bundleSync(entry);
  const metafile = JSON.parse(readFileSync(metafilePathOf(dir), 'utf8')) as Metafile;
  const outputs = bundleOutputs(metafile);
  const code = [...outputs.eager, ...outputs.lazy].map((f) => readFileSync(f, 'utf8')).join('\n');
  return { dir, code, metafile, outputs };
};
beforeAll(() => {
  built.publicApi = build(ENTRIES.publicApi);
  built.staffApi = build(ENTRIES.staffApi);
});
/** The packages whose code went into the given output files. */
const packagesIn = ({ metafile }: Built, files: string[]) =>
  Object.entries(metafile.outputs)
    .filter(([output]) => files.includes(join(REPO_ROOT, output)))
    .flatMap(([, o]) => Object.keys(o.inputs));
const coldBytes = ({ outputs }: Built) => outputs.eager.reduce((n, f) => n + readFileSync(f).length, 0);

type Result = { statusCode: number; headers?: Record<string, string>; body: string };
const invoke = ({ dir }: Built, events: unknown[]) => {
  const run = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'test/infra/support/invoke-bundle.mjs'), join(dir, BUNDLE_FILE)],
    {
      input: JSON.stringify(events),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...functionEnv },
      timeout: 30_000,
    },
  );
  const [logs, results] = run.stdout.split('\n@@RESULTS@@');
  if (run.status !== 0 || !results) throw new Error(`The bundle failed to run: ${run.stderr}\n${run.stdout}`);
  return { results: JSON.parse(results) as Result[], logs: `${logs ?? ''}\n${run.stderr}` };
};
const viaCloudFront = { [ORIGIN_VERIFY_HEADER]: SECRET };
const has = (files: string[], pkg: string) => files.some((f) => f.includes(`node_modules/${pkg}/`));

describe.each(['publicApi', 'staffApi'] as const)('the %s bundle', (name) => {
  test('holds none of the local development identity provider', () => {
    const { code, metafile } = built[name];
    for (const devOnly of [DEV_LOGIN_PATH, DEV_USER_POOL.userPoolId, DEV_USER_POOL.clientId, 'LocalDev01']) {
      expect(code, `"${devOnly}" is in the bundle`).not.toContain(devOnly);
    }
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('functions/local/'))).toEqual([]);
    // jose signs the development tokens; Cognito tokens are verified by aws-jwt-verify.
    expect(inputs.filter((f) => f.includes('node_modules/jose/'))).toEqual([]);
  });

  test('is minified ES modules with its AWS SDK clients inside, and every chunk loads in a fresh process', () => {
    const { dir, code, metafile, outputs } = built[name];
    expect(readFileSync(join(dir, BUNDLE_FILE), 'utf8').startsWith('import')).toBe(true);
    // Minified: a handful of very long lines (template literals keep their own line breaks).
    expect(code.length / code.split('\n').length).toBeGreaterThan(2_000);
    const inputs = Object.keys(metafile.inputs);
    for (const client of ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-sns'])
      expect(has(inputs, client), client).toBe(true);
    // Imports left in the bundle are Node built-ins only.
    const external = Object.values(metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect(external.filter((p) => !p.startsWith('node:') && !/^[a-z_]+$/.test(p))).toEqual([]);
    // The SNS client (an urgent comment's alert) is never part of a cold start.
    expect(has(packagesIn(built[name], outputs.eager), '@aws-sdk/client-sns')).toBe(false);
    expect(has(packagesIn(built[name], outputs.lazy), '@aws-sdk/client-sns')).toBe(true);
    expect(has(packagesIn(built[name], outputs.eager), '@aws-sdk/client-dynamodb')).toBe(true);
    const urls = [join(dir, BUNDLE_FILE), ...outputs.lazy].map((f) => pathToFileURL(f).href);
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `for (const u of ${JSON.stringify(urls)}) await import(u);`],
      { encoding: 'utf8', env: { PATH: process.env.PATH, ...functionEnv }, timeout: 30_000 },
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
  });

  test('answers health and refuses requests that bypassed CloudFront, naming them in its logs', () => {
    const { results, logs } = invoke(built[name], [
      httpApiEvent('GET', '/api/health', { headers: viaCloudFront }),
      httpApiEvent('POST', DEV_LOGIN_PATH, {
        headers: { ...viaCloudFront, 'content-type': 'application/json' },
        body: { email: 'admin@riverside.example', password: 'any' },
      }),
      httpApiEvent('GET', '/api/health'),
      httpApiEvent('GET', '/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: 'a-guess' } }),
    ]);
    const [health, devLogin, bypass, guessed] = results;
    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health!.body)).toEqual({ ok: true });
    expect(devLogin?.statusCode).toBe(404);
    expect(bypass?.statusCode).toBe(403);
    expect(guessed?.statusCode).toBe(403);
    // Powertools writes structured JSON lines carrying the service name; a refusal names the request.
    const lines = logs
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const refusals = lines.filter(
      (l) => l.service === SERVICE.api && l.level === 'WARN' && String(l.message).includes('CloudFront'),
    );
    expect(refusals.map((l) => l.requestId)).toEqual(['test-request-2', 'test-request-3']);
  });

  // A first use of Intl loads its locale data: about 20 ms of a cold start, before anyone is answered.
  test('does no locale formatting while it loads', () => {
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'test/infra/support/import-locale-probe.mjs'), join(built[name].dir, BUNDLE_FILE)],
      { encoding: 'utf8', env: { PATH: process.env.PATH, ...functionEnv }, timeout: 30_000 },
    );
    const uses = run.stdout.split('\n@@USES@@')[1];
    if (run.status !== 0 || !uses) throw new Error(`The bundle failed to load: ${run.stderr}`);
    expect(JSON.parse(uses)).toEqual([]);
  });
});

describe('the public function', () => {
  test('leaves staff code out: no token verifier, no Cognito client, no X-Ray SDK, no OpenAPI generator', () => {
    const inputs = Object.keys(built.publicApi.metafile.inputs);
    for (const pkg of [
      'aws-jwt-verify',
      '@aws-sdk/client-cognito-identity-provider',
      'aws-xray-sdk-core',
      '@aws-lambda-powertools/tracer',
      '@asteasolutions/zod-to-openapi',
    ])
      expect(has(inputs, pkg), pkg).toBe(false);
    expect(inputs.filter((f) => f.startsWith('functions/api/routes/staff'))).toEqual([]);
    // Building schemas is most of what its own code costs a cold start: none of the board's or moderation's.
    expect(inputs.filter((f) => /shared\/schemas\/(scorecard|moderation)\.ts$/.test(f))).toEqual([]);
    expect(inputs.some((f) => f.startsWith('functions/api/routes/public/'))).toBe(true);
  });

  test("its cold path is under two thirds of the staff function's", () => {
    const ratio = coldBytes(built.publicApi) / coldBytes(built.staffApi);
    console.log(
      `cold path, minified: public ${(coldBytes(built.publicApi) / 1024).toFixed(1)} KB, staff ${(coldBytes(built.staffApi) / 1024).toFixed(1)} KB (${(100 * ratio).toFixed(0)}%)`,
    );
    expect(ratio).toBeLessThan(2 / 3);
  });

  test("checks young people's requests as the whole app does, and answers no staff path and no document", () => {
    const { results } = invoke(built.publicApi, [
      httpApiEvent('GET', '/api/public/councils/Not%20a%20slug!', { headers: viaCloudFront }),
      httpApiEvent('GET', '/api/staff/me', { headers: viaCloudFront }),
      httpApiEvent('GET', '/api/openapi.json', { headers: viaCloudFront }),
    ]);
    const [badSlug, staff, doc] = results;
    expect(badSlug?.statusCode).toBe(400);
    expect(JSON.parse(badSlug!.body).error.message).toMatch(/^The request path is not right: slug/);
    expect(badSlug?.headers?.['cache-control']).toBe('no-store');
    expect(staff?.statusCode).toBe(404);
    expect(doc?.statusCode).toBe(404);
  });
});

describe('the staff function', () => {
  test('verifies staff tokens, loads Cognito on first use, and serves the OpenAPI document of every route', () => {
    const { metafile, outputs } = built.staffApi;
    expect(has(Object.keys(metafile.inputs), 'aws-jwt-verify')).toBe(true);
    const cognito = '@aws-sdk/client-cognito-identity-provider';
    expect(has(packagesIn(built.staffApi, outputs.eager), cognito)).toBe(false);
    expect(has(packagesIn(built.staffApi, outputs.lazy), cognito)).toBe(true);
    const { results } = invoke(built.staffApi, [
      httpApiEvent('GET', '/api/staff/me', { headers: viaCloudFront }),
      httpApiEvent('GET', '/api/staff/me', { headers: { ...viaCloudFront, authorization: 'Bearer not-a-token' } }),
      httpApiEvent('GET', '/api/openapi.json', { headers: viaCloudFront }),
    ]);
    const [noToken, badToken, doc] = results;
    expect(noToken?.statusCode).toBe(401);
    expect(badToken?.statusCode).toBe(401);
    expect(doc?.statusCode).toBe(200);
    const paths = Object.keys((JSON.parse(doc!.body) as { paths: Record<string, unknown> }).paths);
    for (const path of Object.values(API_PATHS).filter((p) => p !== API_PATHS.openApi))
      expect(paths, path).toContain(path);
  });
});

/** The IAM actions each DynamoDB call needs (lib-dynamodb and client-dynamodb names). */
const ACTION_OF_COMMAND: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'GetItem',
};
const ACTION_OF_TRANSACT_ITEM: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
};

describe.each(['publicApi', 'staffApi'] as const)("the %s function's table permissions", (name) => {
  test('cover every DynamoDB call in the code the bundle holds, and no more', () => {
    const { metafile } = built[name];
    const sources = Object.keys(metafile.inputs).filter((f) => /^(functions|shared)\/.*\.ts$/.test(f));
    const needed = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      if (!/from '@aws-sdk\/(lib|client)-dynamodb'/.test(text)) continue;
      // lib-dynamodb's paginators (paginateQuery) send the command they are named after.
      for (const [, name] of [
        ...text.matchAll(/new (\w+?)(?:Item)?Command\(/g),
        ...text.matchAll(/\bpaginate(\w+)\(/g),
      ]) {
        if (name === 'TransactWrite') continue;
        const action = ACTION_OF_COMMAND[name!];
        if (!action) throw new Error(`${file}: ${name}Command is not mapped to an IAM action in this test`);
        needed.add(`dynamodb:${action}`);
      }
      if (text.includes('TransactWriteCommand')) {
        for (const [, kind] of text.matchAll(/\b(Put|Update|Delete|ConditionCheck)\s*:\s*\{/g))
          needed.add(`dynamodb:${ACTION_OF_TRANSACT_ITEM[kind!]}`);
      }
    }
    expect(sources.some((f) => f.startsWith('functions/store/dynamo/'))).toBe(true);
    expect([...needed].sort()).toEqual([...API_TABLE_ACTIONS].sort());
  });
});
