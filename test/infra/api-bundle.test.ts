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
import { httpApiEvent } from './support/http-event';

/**
 * The API function's bundle, built by the very call the stack makes (bundleSync(ENTRIES.api)), must not
 * contain the local development identity provider, and must answer like the deployed function.
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

let dir: string;
/** index.mjs and every chunk, loaded at a cold start or later. */
let code: string;
let metafile: Metafile;
let outputs: BundleOutputs;

beforeAll(() => {
  dir = bundleSync(ENTRIES.api);
  metafile = JSON.parse(readFileSync(metafilePathOf(dir), 'utf8')) as Metafile;
  outputs = bundleOutputs(metafile);
  code = [...outputs.eager, ...outputs.lazy].map((f) => readFileSync(f, 'utf8')).join('\n');
});
/** The packages whose code went into the given output files. */
const packagesIn = (files: string[]) =>
  Object.entries(metafile.outputs)
    .filter(([output]) => files.includes(join(REPO_ROOT, output)))
    .flatMap(([, o]) => Object.keys(o.inputs));

type Result = { statusCode: number; headers?: Record<string, string>; body: string };
const invoke = (events: unknown[]) => {
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

describe('the API bundle', () => {
  test('holds none of the local development identity provider', () => {
    for (const devOnly of [DEV_LOGIN_PATH, DEV_USER_POOL.userPoolId, DEV_USER_POOL.clientId, 'LocalDev01']) {
      expect(code, `"${devOnly}" is in the bundle`).not.toContain(devOnly);
    }
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('functions/local/'))).toEqual([]);
    // jose signs the development tokens; Cognito tokens are verified by aws-jwt-verify.
    expect(inputs.filter((f) => f.includes('node_modules/jose/'))).toEqual([]);
    expect(inputs.some((f) => f.includes('node_modules/aws-jwt-verify/'))).toBe(true);
  });

  test('is minified ES modules with the AWS SDK clients inside them', () => {
    expect(readFileSync(join(dir, BUNDLE_FILE), 'utf8').startsWith('import')).toBe(true);
    // Minified: a handful of very long lines (template literals keep their own line breaks).
    expect(code.length / code.split('\n').length).toBeGreaterThan(2_000);
    const inputs = Object.keys(metafile.inputs);
    for (const client of [
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/client-sns',
      '@aws-sdk/client-cognito-identity-provider',
      '@aws-sdk/lib-dynamodb',
    ]) {
      expect(
        inputs.some((f) => f.includes(`node_modules/${client}/`)),
        client,
      ).toBe(true);
    }
    // Imports left in the bundle are Node built-ins only.
    const external = Object.values(metafile.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect(external.filter((p) => !p.startsWith('node:') && !/^[a-z_]+$/.test(p))).toEqual([]);
  });

  test('leaves the Cognito and SNS clients out of a cold start, in chunks that load on their own', () => {
    const cold = packagesIn(outputs.eager);
    const later = packagesIn(outputs.lazy);
    for (const client of ['@aws-sdk/client-sns', '@aws-sdk/client-cognito-identity-provider']) {
      expect(
        cold.filter((f) => f.includes(`node_modules/${client}/`)),
        client,
      ).toEqual([]);
      expect(
        later.some((f) => f.includes(`node_modules/${client}/`)),
        client,
      ).toBe(true);
    }
    expect(cold.some((f) => f.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
    // Every chunk a rare request needs loads in a fresh process beside the entry (nothing left unresolved).
    const urls = [join(dir, BUNDLE_FILE), ...outputs.lazy].map((f) => pathToFileURL(f).href);
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `for (const u of ${JSON.stringify(urls)}) await import(u);`],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...functionEnv },
        timeout: 30_000,
      },
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
  });

  test('answers health, 404s the development sign-in, and refuses requests that bypassed CloudFront', () => {
    const { results, logs } = invoke([
      httpApiEvent('GET', '/api/health', { headers: viaCloudFront }),
      httpApiEvent('POST', DEV_LOGIN_PATH, {
        headers: { ...viaCloudFront, 'content-type': 'application/json' },
        body: { email: 'admin@riverside.example', password: 'any' },
      }),
      httpApiEvent('GET', '/api/health'),
      httpApiEvent('GET', '/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: 'a-guess' } }),
      httpApiEvent('GET', '/api/staff/me', { headers: viaCloudFront }),
      httpApiEvent('GET', '/api/staff/me', { headers: { ...viaCloudFront, authorization: 'Bearer not-a-token' } }),
    ]);
    const [health, devLogin, bypass, guessed, noToken, badToken] = results;
    expect(health?.statusCode).toBe(200);
    expect(JSON.parse(health!.body)).toEqual({ ok: true });
    expect(devLogin?.statusCode).toBe(404);
    expect(bypass?.statusCode).toBe(403);
    expect(guessed?.statusCode).toBe(403);
    expect(noToken?.statusCode).toBe(401);
    expect(badToken?.statusCode).toBe(401);
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

describe("the API function's table permissions", () => {
  test('cover every DynamoDB call in the code the bundle holds, and no more', () => {
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
