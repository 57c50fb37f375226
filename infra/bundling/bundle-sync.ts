import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './esbuild-bundle';

const CLI = join(REPO_ROOT, 'infra', 'bundling', 'bundle-cli.ts');
const built = new Map<string, string>();

/**
 * Bundles an entry point with esbuild on this machine (no Docker) and returns the directory holding
 * it. One build per entry per process: synthesising several stages reuses it.
 */
export const bundleSync = (entry: string): string => {
  const done = built.get(entry);
  if (done) return done;
  const outdir = mkdtempSync(join(tmpdir(), 'promise-check-bundle-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, entry, outdir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Bundling ${entry} failed:\n${run.stderr || run.stdout || run.error?.message}`);
  built.set(entry, outdir);
  return outdir;
};
