import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');
const STAMP = join(WEB_DIST, '.built');

const newestIn = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
};

const PRODUCTION = 'production';

/**
 * Builds the pages with Vite when the build is missing, older than any page or shared source file, or
 * not a production build. Always a production build, as deployed: under vitest NODE_ENV is "test", and
 * Vite and the Preact preset would then bundle development code (preact/debug) into the pages.
 */
export const buildWebIfStale = async ({ log = console.log }: { log?: (line: string) => void } = {}) => {
  const sources = Math.max(newestIn(join(REPO_ROOT, 'web')), newestIn(join(REPO_ROOT, 'shared')));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= sources && readFileSync(STAMP, 'utf8').includes(PRODUCTION))
    return 'fresh';
  log('Building the pages…');
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = PRODUCTION;
  try {
    await build({ configFile: join(REPO_ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', mode: PRODUCTION });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(STAMP, `${PRODUCTION} ${new Date().toISOString()}`);
  return 'built';
};
