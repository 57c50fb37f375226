/**
 * `npm run bench`: runs every test/bench/*.bench.ts in its own process, one after another, so each
 * starts cold and none disturbs another's figures. Each prints its own figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  // The SDK's notice that releases after January 2027 need Node 22 would bury the figures; the pinned versions run on 20.
  const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit', env });
  if (run.status !== 0) {
    failed++;
    console.log(`${file} failed (exit ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
