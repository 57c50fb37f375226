import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commentExpiresAt } from '../../shared/moderation/retention';
import { promisesNotIn } from '../../shared/pledge/membership';
import type { PledgeContent } from '../../shared/schemas/pledge';

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
/** A file's code, its comments left out (a comment may say what a rule means in words). */
const code = (f: string) =>
  readFileSync(`${root}/${f}`, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
    .join('\n');
const holding = (pattern: RegExp) => sources.filter((f) => pattern.test(code(f)));

describe('one home for each fact', () => {
  it('the small-numbers words are made from MIN_GROUP_SIZE once, never typed with the number', () => {
    expect(holding(/fewer than \d/i)).toEqual([]);
  });

  it('the largest room and the time between votes are defined only in shared/room.ts', () => {
    expect(holding(/const (LARGEST_ROOM\w*|SECONDS_BETWEEN_VOTES) = \d/)).toEqual(['shared/room.ts']);
  });

  it('a count that may read "fewer than …" has one schema', () => {
    expect(holding(/z\.union\(\[z\.number\(\)\.int\(\), z\.literal\(SUPPRESSED_LABEL\)\]\)/)).toEqual([
      'shared/schemas/figures.ts',
    ]);
  });

  it('the tenant guards, the comment-expiry rule, the safeguarding alert and the pledge check are written once', () => {
    expect(holding(/export const (roundOfCouncil|sessionOfCouncil) = async/)).toEqual([
      'functions/api/services/tenancy.ts',
    ]);
    expect(holding(/commentRetentionDays \* /)).toEqual([]);
    expect(holding(/retentionDays \* DAY_SECONDS/)).toEqual(['shared/moderation/retention.ts']);
    expect(holding(/safeguarding alert failed/)).toEqual(['functions/api/services/safeguarding-alert.ts']);
    // A new pledge version's own check (it also accepts retired ids) is the pledge editor's rule, not this one.
    expect(
      holding(/!known\.has\(|!byId\.has\(|promisesOf\(pledge\)\.some\(/).filter((f) => f.startsWith('functions/')),
    ).toEqual([]);
  });
});

describe('one home for each language', () => {
  it('a language’s direction is written only in shared/language-table.ts; the pages read it from there', () => {
    expect(holding(/\bdir: '(rtl|ltr)'/)).toEqual(['shared/language-table.ts']);
  });
});

describe('one kit for pages', () => {
  it('every staff form control gets its label, hint and problem from Field, never wired by hand', () => {
    const staff = sources.filter((f) => f.startsWith('web/src/staff/') && f.endsWith('.tsx'));
    expect(staff.filter((f) => /<label\s[^>]*\bfor=/.test(code(f)))).toEqual(['web/src/staff/Field.tsx']);
  });

  it('every survey screen that asks something goes Back and on through StepForm', () => {
    const survey = sources.filter((f) => f.startsWith('web/src/survey/') && f.endsWith('.tsx'));
    expect(survey.filter((f) => /<form\b/.test(code(f)))).toEqual(['web/src/survey/StepForm.tsx']);
  });
});

describe('named domain steps', () => {
  it('a comment received now is kept for its council’s retention, in whole days of epoch seconds', () => {
    const now = new Date('2027-03-01T10:00:00.500Z');
    expect(commentExpiresAt(now, 30)).toBe(Math.floor(now.getTime() / 1000) + 30 * 86_400);
  });

  it('finds the promises a request names that its round’s pledge does not have, each once, in order', () => {
    const pledge = {
      sections: [{ promises: [{ promiseId: 'p_a' }, { promiseId: 'p_b' }] }, { promises: [{ promiseId: 'p_c' }] }],
    } as unknown as Pick<PledgeContent, 'sections'>;
    expect(promisesNotIn(pledge, ['p_a', 'p_x', 'p_c', 'p_y', 'p_x'])).toEqual(['p_x', 'p_y']);
    expect(promisesNotIn(pledge, ['p_b'])).toEqual([]);
  });
});
