/**
 * The API function's bundle, built exactly as the stack builds it (infra/bundling/esbuild-bundle.ts):
 * its size minified and gzipped, what takes the room (esbuild's metafile), and its module
 * initialisation as a cold import in a fresh Node process (median of 10), then the same plus a first
 * answer to GET /api/health. Goals: at most 400 KB minified, cold import under 150 ms.
 *
 * The bundle is split: index.mjs and the chunks it imports statically are what a cold start loads (the
 * size goal is judged on them); chunks imported dynamically (staff management's Cognito client, the
 * alert's SNS client, parts of the SDK for rare cases) load on first use and are listed on their own,
 * with the time a warm process takes to load them all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LAMBDA_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { bundleOutputs } from '../../infra/bundling/bundle-outputs';
import { ENTRIES } from '../../infra/bundling/entries';
import { bundleFunction, REPO_ROOT } from '../../infra/bundling/esbuild-bundle';
import { httpApiEvent } from '../infra/support/http-event';
import { fmt, summarise } from './support';

const RUNS = 10;
const GOAL_KB = 400;
const GOAL_COLD_MS = 150;

const dir = mkdtempSync(join(tmpdir(), 'promise-check-bench-'));
const { outdir, file, metafile } = await bundleFunction(ENTRIES.api, join(dir, 'api'));
const { eager, lazy } = bundleOutputs(metafile);
const kb = (n: number) => n / 1024;
const sizes = (files: string[]) => {
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return { minifiedKb: kb(code.length), gzippedKb: kb(gzipSync(code, { level: 9 }).length) };
};
const cold = sizes(eager);
const all = sizes([...eager, ...lazy]);

// What takes the room, by package (or by folder for the project's own code), in the cold path and out of it.
const byOwner = (files: string[]) => {
  const owners = new Map<string, number>();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!files.includes(resolve(REPO_ROOT, output))) continue;
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const owner = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
      owners.set(owner, (owners.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...owners].sort((a, b) => b[1] - a[1]);
};

// A fresh Node process per run: nothing cached, as in a Lambda cold start (module loading only; the
// runtime's own start-up is not counted, and neither is any network).
const SECRET = 'bench';
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)});
const imported = performance.now() - t0;
const { user, system } = process.cpuUsage(cpu0);
const res = await handler(${JSON.stringify(httpApiEvent('GET', '/api/health', { headers: { [ORIGIN_VERIFY_HEADER]: SECRET } }))}, { awsRequestId: 'bench', functionName: 'api', getRemainingTimeInMillis: () => 10000 });
if (res.statusCode !== 200) throw new Error('health answered ' + res.statusCode);
const answered = performance.now() - t0;
const t1 = performance.now();
await Promise.all(${JSON.stringify(lazy.map((f) => pathToFileURL(f).href))}.map((f) => import(f)));
console.log(JSON.stringify({ imported, cpu: (user + system) / 1000, answered, lazyLoaded: performance.now() - t1 }));
`,
);
const env = {
  PATH: process.env.PATH,
  [LAMBDA_ENV.tableName]: 'bench',
  [LAMBDA_ENV.userPoolId]: 'eu-west-2_AbCdEf123',
  [LAMBDA_ENV.userPoolClientId]: 'bench',
  [LAMBDA_ENV.safeguardingTopicArn]: 'arn:aws:sns:eu-west-2:123456789012:bench',
  [LAMBDA_ENV.originVerifySecret]: SECRET,
  [LAMBDA_ENV.rateKeySecret]: 'bench',
  AWS_REGION: 'eu-west-2',
  // What Lambda sets: with them the tracer is on (it patches http and https at init), as deployed.
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  AWS_LAMBDA_FUNCTION_NAME: 'promise-check-api',
  LAMBDA_TASK_ROOT: outdir,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_DEV: 'false',
};
const imports: number[] = [];
const answers: number[] = [];
const cpus: number[] = [];
const lazyLoads: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = spawnSync(process.execPath, [probe], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`The bundle failed to load: ${run.stderr.slice(-2000)}`);
  const line = run.stdout
    .trim()
    .split('\n')
    .find((l) => l.startsWith('{"imported"'));
  const { imported, cpu, answered, lazyLoaded } = JSON.parse(line!) as {
    imported: number;
    cpu: number;
    answered: number;
    lazyLoaded: number;
  };
  lazyLoads.push(lazyLoaded);
  imports.push(imported);
  cpus.push(cpu);
  answers.push(answered);
}
// The same fresh process importing an empty module: what any function pays before its own code.
const empty = join(dir, 'empty.mjs');
writeFileSync(empty, 'export {};\n');
const baselineProbe = join(dir, 'baseline.mjs');
writeFileSync(
  baselineProbe,
  `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(empty).href)}); console.log(performance.now() - t0);\n`,
);
const baseline = summarise(
  Array.from({ length: RUNS }, () =>
    Number(spawnSync(process.execPath, [baselineProbe], { env, encoding: 'utf8' }).stdout.trim()),
  ),
);
const coldImport = summarise(imports);
const firstAnswer = summarise(answers);

const files = (list: string[]) =>
  list.map((f) => `${relative(outdir, f)} ${fmt(kb(readFileSync(f).length))}`).join(', ');
console.log(`API bundle (${ENTRIES.api}), Node ${process.version}`);
console.log(`  cold path: index.mjs and the chunks it imports statically (${files(eager)} KB)`);
console.log(
  `    minified    ${fmt(cold.minifiedKb)} KB   (goal ≤ ${GOAL_KB} KB: ${cold.minifiedKb <= GOAL_KB ? 'met' : 'NOT met'})`,
);
console.log(`    gzipped     ${fmt(cold.gzippedKb)} KB`);
console.log(
  `  loaded on first use: ${lazy.length} chunks, ${fmt(kb(lazy.reduce((n, f) => n + readFileSync(f).length, 0)))} KB (${lazy.map((f) => basename(f)).join(', ')})`,
);
console.log(`  everything deployed: ${fmt(all.minifiedKb)} KB minified, ${fmt(all.gzippedKb)} KB gzipped`);
console.log(
  `  cold import   median ${fmt(coldImport.p50)} ms, p95 ${fmt(coldImport.p95)} ms over ${RUNS} fresh processes (goal < ${GOAL_COLD_MS} ms: ${coldImport.p50 < GOAL_COLD_MS ? 'met' : 'NOT met'})`,
);
console.log(
  `  cold import   CPU time (all the process's threads) median ${fmt(summarise(cpus).p50)} ms: less swayed than wall time by other work on the machine`,
);
console.log(`  import + first GET /api/health   median ${fmt(firstAnswer.p50)} ms`);
console.log(
  `  then loading every on-first-use chunk   median ${fmt(summarise(lazyLoads).p50)} ms (what the first rare request adds, at most)`,
);
console.log(
  `  (an empty module in the same fresh process: median ${fmt(baseline.p50)} ms; load average ${loadavg()
    .map((l) => fmt(l))
    .join(' ')} on this machine)`,
);
console.log('  largest parts of the cold path (KB minified):');
for (const [owner, bytes] of byOwner(eager).slice(0, 12)) console.log(`    ${fmt(kb(bytes)).padStart(7)}  ${owner}`);
// Why the size goal is out of reach: the libraries the design fixes, before any of the project's code.
const STACK: [string, RegExp][] = [
  ['zod and its OpenAPI layer', /^(zod|@asteasolutions\/zod-to-openapi|@hono\/zod-openapi|@hono\/zod-validator)$/],
  ['the AWS SDK (DynamoDB)', /^(@aws-sdk\/|@smithy\/|@aws\/)/],
  [
    'Powertools, X-Ray and middy',
    /^(@aws-lambda-powertools\/|aws-xray-sdk-core|cls-hooked|shimmer|emitter-listener|async-hook-jl|stack-chain|atomic-batcher|@middy\/)/,
  ],
  ['Hono', /^hono$/],
];
const coldOwners = byOwner(eager);
const ownCode = coldOwners.filter(([o]) => /^(functions|shared)\//.test(o)).reduce((n, [, b]) => n + b, 0);
const stack = STACK.map(
  ([label, re]) => [label, coldOwners.filter(([o]) => re.test(o)).reduce((n, [, b]) => n + b, 0)] as const,
);
const libraries = coldOwners.reduce((n, [, b]) => n + b, 0) - ownCode;
console.log(
  `  the cold path by origin: libraries ${fmt(kb(libraries))} KB, the project's own code ${fmt(kb(ownCode))} KB`,
);
for (const [label, bytes] of stack) console.log(`    ${fmt(kb(bytes)).padStart(7)}  ${label}`);
console.log(
  `    ${fmt(kb(libraries - stack.reduce((n, [, b]) => n + b, 0))).padStart(7)}  other libraries (aws-jwt-verify and small ones)`,
);
console.log('  largest parts loaded on first use (KB minified):');
for (const [owner, bytes] of byOwner(lazy).slice(0, 6)) console.log(`    ${fmt(kb(bytes)).padStart(7)}  ${owner}`);
