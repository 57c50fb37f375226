import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with the project's package.json. */
const repoRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"promise-check"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('promise-check package.json not found above the tests');
    dir = up;
  }
};

export const REPO = repoRoot();
/** Real councils' pledges, kept beside the repository (never copied into it). */
export const PLEDGES_DIR = resolve(REPO, '..', 'shared', 'pledges');
export const havePledges = existsSync(PLEDGES_DIR);
export const FIXTURES_DIR = join(REPO, 'test', 'fixtures', 'pledges');

export interface Expected {
  file: string;
  sections: { title: string; promises: number }[];
  total_promises: number;
}

export const pledgeFiles = (): { name: string; text: string; expected: Expected }[] =>
  havePledges
    ? readdirSync(PLEDGES_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({
          name: f,
          text: readFileSync(join(PLEDGES_DIR, f), 'utf8'),
          expected: JSON.parse(
            readFileSync(join(PLEDGES_DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8'),
          ) as Expected,
        }))
    : [];

export const readPledge = (prefix: string): string => {
  const file = readdirSync(PLEDGES_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no pledge ${prefix}_*.txt in ${PLEDGES_DIR}`);
  return readFileSync(join(PLEDGES_DIR, file), 'utf8');
};

export const readFixture = (name: string): string => readFileSync(join(FIXTURES_DIR, name), 'utf8');
