import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheNameFor, isStaleCache, SURVEY_PAGE_KEY, swRouteOf } from '../../web/src/survey/sw-routes';

const ORIGIN = 'https://promisecheck.example.org';
const route = (path: string, method = 'GET', authorized = false) =>
  swRouteOf({ method, url: `${ORIGIN}${path}`, authorized }, ORIGIN);

describe("the survey's service worker answers young people's pages, their assets and the survey data only", () => {
  test('every young person page path shares the one survey page copy', () => {
    for (const path of [
      '/c/riverside',
      '/c/riverside/',
      '/c/riverside/privacy',
      '/privacy',
      '/c/riverside?code=K7PM2QXA',
    ]) {
      expect(route(path), path).toEqual({ kind: 'page', key: SURVEY_PAGE_KEY });
    }
  });

  test('hashed assets by path, and the council survey data by path', () => {
    expect(route('/assets/survey-Cf9-3mQ_.js')).toEqual({ kind: 'asset', key: '/assets/survey-Cf9-3mQ_.js' });
    expect(route('/api/public/councils/riverside')).toEqual({ kind: 'data', key: '/api/public/councils/riverside' });
  });

  test('leaves staff pages, other API calls, session pages and other sites to the network', () => {
    for (const path of [
      '/',
      '/staff',
      '/staff/scorecard',
      '/join',
      '/join/K7PM2Q',
      '/accessibility',
      '/config.json',
      '/sw.js',
      '/favicon.svg',
      '/api/public/councils/riverside/actions',
      '/api/public/rounds/r_1/responses',
      '/api/public/sessions/s_1/state',
      '/api/staff/councils/c_1/scorecard',
      '/c/riverside/other',
      '/c',
      '/assets/nested/x.js',
    ]) {
      expect(route(path), path).toBeNull();
    }
    expect(
      swRouteOf({ method: 'GET', url: 'https://elsewhere.example/assets/a.js', authorized: false }, ORIGIN),
    ).toBeNull();
  });

  test('never a write, and never a request with a staff token, whatever the path', () => {
    const path = fc.constantFrom('/c/riverside', '/privacy', '/assets/a-1.js', '/api/public/councils/riverside');
    fc.assert(
      fc.property(
        path,
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'GET'),
        fc.boolean(),
        (p, method, authorized) => {
          const r = route(p, method, authorized);
          expect(r !== null).toBe(method === 'GET' && !authorized);
        },
      ),
    );
  });

  test("a new build's cache replaces only the worker's own older caches", () => {
    const current = cacheNameFor('b2');
    expect(isStaleCache(cacheNameFor('a1'), current)).toBe(true);
    expect(isStaleCache(current, current)).toBe(false);
    expect(isStaleCache('some-other-cache', current)).toBe(false);
  });
});
