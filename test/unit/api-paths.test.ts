import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_PATHS, fill, pathPattern, query } from '../../shared/api-paths';
import { STAFF_PAGES, staffHref } from '../../web/src/staff/staff-paths';
import { swRouteOf } from '../../web/src/survey/sw-routes';

const root = new URL('../..', import.meta.url).pathname;
/** The code of a file, its comments left out (they may name a path to explain it). */
const code = (f: string) =>
  readFileSync(`${root}/${f}`, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
    .join('\n');
const files = (...dirs: string[]) =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...dirs], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f));

/** The service worker's files import nothing the pages share (sw.js must stand alone): checked against the paths instead. */
const STANDS_ALONE = ['web/src/survey/sw.ts', 'web/src/survey/sw-routes.ts'];

describe('API paths', () => {
  it('fills a template with every value percent-encoded', () => {
    expect(fill(API_PATHS.staffMember, { councilId: 'c 1', userId: 'a/b?c' })).toBe(
      '/api/staff/councils/c%201/staff/a%2Fb%3Fc',
    );
    expect(fill(API_PATHS.me)).toBe('/api/staff/me');
    expect(`${fill(API_PATHS.audit, { councilId: 'c1' })}${query({ limit: 500, cursor: undefined })}`).toBe(
      '/api/staff/councils/c1/audit?limit=500',
    );
  });

  it('will not compile a call that misses a value or names a route that is not there', () => {
    // @ts-expect-error roundId is missing
    expect(() => fill(API_PATHS.scorecard, { councilId: 'c1' })).toThrow(/roundId/);
    // @ts-expect-error there is no such route
    expect(API_PATHS.scorecards).toBeUndefined();
  });

  it('matches the paths a template stands for, one segment per value', () => {
    const survey = pathPattern(API_PATHS.survey);
    expect(survey.test('/api/public/councils/demo-council')).toBe(true);
    expect(survey.test('/api/public/councils/demo/actions')).toBe(false);
  });

  it('route definitions and every client take their paths from shared/api-paths.ts', () => {
    // The pledge pages' client is converted separately; the local sign-in's paths are dev-only routes.
    const clients = files('functions/api/routes', 'web/src', 'test/support', 'infra', 'shared').filter(
      (f) =>
        !f.startsWith('web/src/staff/pledge/') &&
        !STANDS_ALONE.includes(f) &&
        f !== 'web/src/staff/dev-sign-in-paths.ts' &&
        f !== 'shared/api-paths.ts',
    );
    const writing = clients.filter((f) => /['`]\/api\//.test(code(f)));
    expect(writing).toEqual([]);
  });
});

describe('the service worker, which keeps its own copy of one path', () => {
  it('keeps exactly the council’s survey data that API_PATHS.survey serves', () => {
    const origin = 'https://promise-check.example';
    const url = `${origin}${fill(API_PATHS.survey, { slug: 'demo-council' })}`;
    expect(swRouteOf({ method: 'GET', url, authorized: false }, origin)?.kind).toBe('data');
    const actions = `${origin}${fill(API_PATHS.publicActions, { slug: 'demo-council' })}`;
    expect(swRouteOf({ method: 'GET', url: actions, authorized: false }, origin)).toBeNull();
  });
});

describe('staff page paths', () => {
  it('builds a link with each value encoded', () => {
    expect(staffHref(STAFF_PAGES.promise, { roundId: 'r 1', promiseId: 'p/2' })).toBe(
      '/staff/rounds/r%201/promises/p%2F2',
    );
    expect(staffHref(STAFF_PAGES.audit)).toBe('/staff/audit');
  });

  it('no staff page writes another page’s path by hand', () => {
    const pages = files('web/src/staff').filter(
      (f) => !f.startsWith('web/src/staff/pledge/') && !f.endsWith('staff-paths.ts'),
    );
    const writing = pages.filter((f) => /['`"]\/staff[/'`"?]/.test(code(f)));
    expect(writing).toEqual([]);
  });
});
