/**
 * The DPIA names, for each control, the code that does it and the test that proves it. Every file it
 * names must exist, and every test it names must be a test file, so a renamed or deleted test sends
 * someone back to the DPIA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../functions/local/web-build';

const DPIA = readFileSync(join(REPO_ROOT, 'docs', 'dpia.md'), 'utf8');
const named = [
  ...new Set(
    [...DPIA.matchAll(/`((?:test|shared|functions|infra|web|docs)\/[\w./-]+\.(?:ts|tsx|md|json))`/g)].map((m) => m[1]!),
  ),
];

describe('docs/dpia.md', () => {
  it('names the tests behind its controls', () => {
    expect(named.filter((f) => f.startsWith('test/')).length).toBeGreaterThanOrEqual(15);
  });

  it('names only files that exist', () => {
    expect(named.filter((f) => !existsSync(join(REPO_ROOT, f)))).toEqual([]);
  });

  it('names as tests only files that hold tests', () => {
    const notTests = named.filter(
      (f) => f.startsWith('test/') && !/\bit\(|\btest\(/.test(readFileSync(join(REPO_ROOT, f), 'utf8')),
    );
    expect(notTests).toEqual([]);
  });
});
