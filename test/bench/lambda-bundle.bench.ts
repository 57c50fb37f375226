/**
 * The API function's bundle, built exactly as the stack builds it (infra/bundling/esbuild-bundle.ts):
 * its size minified and gzipped, what takes the room (esbuild's metafile), and its module
 * initialisation as a cold import in a fresh Node process (median of 10), then the same plus a first
 * answer to GET /api/health. Goals: at most 400 KB minified, cold import under 150 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LAMBDA_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { ENTRIES } from '../../infra/bundling/entries';
import { bundleFunction } from '../../infra/bundling/esbuild-bundle';
import { httpApiEvent } from '../infra/support/http-event';
import { fmt, summarise } from './support';

const RUNS = 10;
const GOAL_KB = 400;
const GOAL_COLD_MS = 150;

const dir = mkdtempSync(join(tmpdir(), 'promise-check-bench-'));
const { file, metafile } = await bundleFunction(ENTRIES.api, join(dir, 'api'));
const code = readFileSync(file);
const kb = (n: number) => n / 1024;
const minifiedKb = kb(code.length);
const gzippedKb = kb(gzipSync(code, { level: 9 }).length);

// What takes the room, by package (or by folder for the project's own code).
const byOwner = new Map<string, number>();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0]!.inputs)) {
  const owner = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
}

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
console.log(JSON.stringify({ imported, cpu: (user + system) / 1000, answered: performance.now() - t0 }));
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
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_DEV: 'false',
};
const imports: number[] = [];
const answers: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = spawnSync(process.execPath, [probe], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`The bundle failed to load: ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split('\n').find((l) => l.startsWith('{"imported"'));
  const { imported, cpu, answered } = JSON.parse(line!) as { imported: number; cpu: number; answered: number };
  imports.push(imported);
  cpus.push(cpu);
  answers.push(answered);
}
// The same fresh process importing an empty module: what any function pays before its own code.
const empty = join(dir, 'empty.mjs');
writeFileSync(empty, 'export {};\n');
const baselineProbe = join(dir, 'baseline.mjs');
writeFileSync(baselineProbe, `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(empty).href)}); console.log(performance.now() - t0);\n`);
const baseline = summarise(Array.from({ length: RUNS }, () => Number(spawnSync(process.execPath, [baselineProbe], { env, encoding: 'utf8' }).stdout.trim())));
const coldImport = summarise(imports);
const firstAnswer = summarise(answers);

console.log(`API bundle (${ENTRIES.api}), Node ${process.version}`);
console.log(`  minified      ${fmt(minifiedKb)} KB   (goal ≤ ${GOAL_KB} KB: ${minifiedKb <= GOAL_KB ? 'met' : 'NOT met'})`);
console.log(`  gzipped       ${fmt(gzippedKb)} KB`);
console.log(`  cold import   median ${fmt(coldImport.p50)} ms, p95 ${fmt(coldImport.p95)} ms over ${RUNS} fresh processes (goal < ${GOAL_COLD_MS} ms: ${coldImport.p50 < GOAL_COLD_MS ? 'met' : 'NOT met'})`);
console.log(`  cold import   CPU time (all the process's threads) median ${fmt(summarise(cpus).p50)} ms: less swayed than wall time by other work on the machine`);
console.log(`  import + first GET /api/health   median ${fmt(firstAnswer.p50)} ms`);
console.log(`  (an empty module in the same fresh process: median ${fmt(baseline.p50)} ms; load average ${loadavg().map((l) => fmt(l)).join(' ')} on this machine)`);
console.log('  largest parts (KB of the minified bundle):');
for (const [owner, bytes] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${fmt(kb(bytes)).padStart(7)}  ${owner}`);
