import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Facts with one home: a second copy in any source file drifts from the first the day one changes. */
const root = new URL('../..', import.meta.url).pathname;
const sources = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'functions', 'shared', 'web/src', 'infra'],
  {
    cwd: root,
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f));
const holding = (pattern: RegExp) => sources.filter((f) => pattern.test(readFileSync(`${root}/${f}`, 'utf8')));

describe('one home for each fact', () => {
  it('the small-numbers words are made from MIN_GROUP_SIZE once, never typed with the number', () => {
    expect(holding(/fewer than \d/i)).toEqual([]);
  });

  it('the largest room and the time between votes are defined only in shared/room.ts', () => {
    expect(holding(/const (LARGEST_ROOM\w*|SECONDS_BETWEEN_VOTES) = \d/)).toEqual(['shared/room.ts']);
  });

  it('a count that may read "fewer than …" has one schema', () => {
    expect(holding(/z\.union\(\[z\.number\(\)\.int\(\), z\.literal\(SUPPRESSED_LABEL\)\]\)/)).toEqual([
      'shared/schemas/scorecard.ts',
    ]);
  });
});
