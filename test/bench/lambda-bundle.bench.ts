/**
 * The API's two functions, built exactly as the stack builds them (infra/bundling/esbuild-bundle.ts), side
 * by side with the API as one function (fixtures/single-function.ts, as deployed before the split): for
 * each, the cold path (index.mjs and the chunks it imports statically) minified and gzipped, the cold
 * import of its module in a fresh Node process, and import plus a first answer (GET /api/health), medians
 * of 10 fresh processes taken in turn so that the machine's load falls on all three alike.
 * Goals: the public function's cold path at most 350 KB minified, and its cold import at most 60% of the
 * staff function's in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { LAMBDA_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { bundleOutputs } from '../../infra/bundling/bundle-outputs';
import { ENTRIES } from '../../infra/bundling/entries';
import { bundleFunction, REPO_ROOT } from '../../infra/bundling/esbuild-bundle';
import { httpApiEvent } from '../infra/support/http-event';
import { fmt, summarise } from './support';

const RUNS = 10;
const GOAL_PUBLIC_KB = 350;
const GOAL_IMPORT_RATIO = 0.6;
const SECRET = 'bench';

const dir = mkdtempSync(join(tmpdir(), 'promise-check-bench-'));
const kb = (n: number) => n / 1024;
const FUNCTIONS = [
  { name: 'public', entry: ENTRIES.publicApi },
  { name: 'staff', entry: ENTRIES.staffApi },
  { name: 'one function (before the split)', entry: 'test/bench/fixtures/single-function.ts' },
  // The libraries the stack fixes, built as the public function is: what no change to the product's code removes.
  { name: 'the stack alone', entry: 'test/bench/fixtures/stack-floor.ts', trimmedAs: ENTRIES.publicApi },
] as const;

const built = await Promise.all(
  FUNCTIONS.map(async (f, i) => {
    const { name, entry } = f;
    const { outdir, file, metafile } = await bundleFunction(
      entry,
      join(dir, `fn${i}`),
      'trimmedAs' in f ? f.trimmedAs : entry,
    );
    const { eager, lazy } = bundleOutputs(metafile);
    const code = Buffer.concat(eager.map((f) => readFileSync(f)));
    const probe = join(dir, `probe${i}.mjs`);
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
    return {
      name,
      entry,
      outdir,
      probe,
      metafile,
      eager,
      lazyKb: kb(lazy.reduce((n, f) => n + readFileSync(f).length, 0)),
      minifiedKb: kb(code.length),
      gzippedKb: kb(gzipSync(code, { level: 9 }).length),
      imports: [] as number[],
      cpus: [] as number[],
      answers: [] as number[],
    };
  }),
);

const envOf = (outdir: string) => ({
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
});

// A fresh Node process per run: nothing cached, as in a Lambda cold start (module loading only; the
// runtime's own start-up is not counted, and neither is any network). In turn, so load hits all alike.
for (let i = 0; i < RUNS; i++) {
  for (const b of built) {
    const run = spawnSync(process.execPath, [b.probe], { env: envOf(b.outdir), encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${b.name} failed to load: ${run.stderr.slice(-2000)}`);
    const line = run.stdout
      .trim()
      .split('\n')
      .find((l) => l.startsWith('{"imported"'));
    const { imported, cpu, answered } = JSON.parse(line!) as { imported: number; cpu: number; answered: number };
    b.imports.push(imported);
    b.cpus.push(cpu);
    b.answers.push(answered);
  }
}

const byOwner = (metafile: Metafile, files: string[]) => {
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

const [pub, staff, single, floor] = built as [
  (typeof built)[0],
  (typeof built)[0],
  (typeof built)[0],
  (typeof built)[0],
];
const median = (xs: number[]) => summarise(xs).p50;
const col = (s: string) => s.padStart(15);
console.log(`API functions, Node ${process.version}, ${RUNS} fresh processes each`);
console.log(`  ${''.padEnd(40)}${col('public')}${col('staff')}${col('one (before)')}${col('stack alone')}`);
const row = (label: string, f: (b: (typeof built)[0]) => number, unit: string) =>
  console.log(`  ${label.padEnd(40)}${built.map((b) => col(`${fmt(f(b))} ${unit}`)).join('')}`);
row('cold path, minified', (b) => b.minifiedKb, 'KB');
row('cold path, gzipped', (b) => b.gzippedKb, 'KB');
row('loaded on first use (minified)', (b) => b.lazyKb, 'KB');
row('cold import, median', (b) => median(b.imports), 'ms');
row('cold import, CPU time median', (b) => median(b.cpus), 'ms');
row('import + first GET /api/health, median', (b) => median(b.answers), 'ms');
const sizeRatio = pub.minifiedKb / single.minifiedKb;
const importRatio = median(pub.imports) / median(staff.imports);
console.log(
  `  public ÷ one function: cold path ${fmt(100 * sizeRatio, 0)}%, cold import ${fmt((100 * median(pub.imports)) / median(single.imports), 0)}%`,
);
console.log(
  `  goal: public cold path ≤ ${GOAL_PUBLIC_KB} KB: ${fmt(pub.minifiedKb)} KB, ${pub.minifiedKb <= GOAL_PUBLIC_KB ? 'met' : 'NOT met'}`,
);
console.log(
  `  goal: public cold import ≤ ${100 * GOAL_IMPORT_RATIO}% of staff's: ${fmt(100 * importRatio, 0)}% (CPU time ${fmt((100 * median(pub.cpus)) / median(staff.cpus), 0)}%), ${importRatio <= GOAL_IMPORT_RATIO ? 'met' : 'NOT met'}`,
);
console.log(
  `  the stack alone (DynamoDB document client, zod, Hono, Powertools under middy): ${fmt(floor.minifiedKb)} KB of the public function's ${fmt(pub.minifiedKb)} KB cold path, ${fmt(median(floor.imports))} ms of its ${fmt(median(pub.imports))} ms cold import`,
);
console.log(
  `  (load average ${loadavg()
    .map((l) => fmt(l))
    .join(' ')} on this machine)`,
);
for (const b of [pub, staff]) {
  console.log(`  largest parts of the ${b.name} function's cold path (KB minified):`);
  for (const [owner, bytes] of byOwner(b.metafile, b.eager).slice(0, 10))
    console.log(`    ${fmt(kb(bytes)).padStart(7)}  ${owner}`);
}
