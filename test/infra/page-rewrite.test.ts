import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { pageRewriteCode } from '../../infra/site/page-rewrite';
import { PAGE_ROUTES } from '../../web/page-routes';

/** Runs the generated CloudFront function the way CloudFront does: one viewer request in, the request out. */
const cloudFront = (code: string) => {
  const handler = new Function(`${code}\nreturn handler;`)() as (e: { request: { uri: string } }) => { uri: string };
  return (uri: string) => handler({ request: { uri } }).uri;
};

/** The local server's routing of the same table (functions/local/pages.ts mounts PAGE_ROUTES on Hono). */
const localServer = () => {
  const app = new Hono();
  for (const { path, page } of PAGE_ROUTES) app.get(path, (c) => c.text(`/${page}`));
  return async (uri: string) => {
    const res = await app.request(`http://x${uri}`);
    return res.status === 200 ? await res.text() : uri;
  };
};

describe("CloudFront's page routing function", () => {
  const code = pageRewriteCode(PAGE_ROUTES);
  const atEdge = cloudFront(code);
  const locally = localServer();

  test('sends each page path to its HTML file and leaves assets and files alone', () => {
    expect(atEdge('/')).toBe('/index.html');
    expect(atEdge('/c/riverside')).toBe('/survey.html');
    expect(atEdge('/c/riverside/privacy')).toBe('/survey.html');
    expect(atEdge('/privacy')).toBe('/survey.html');
    expect(atEdge('/join')).toBe('/join.html');
    expect(atEdge('/join/K7PM2Q')).toBe('/join.html');
    expect(atEdge('/staff')).toBe('/staff.html');
    expect(atEdge('/staff/scorecard')).toBe('/staff.html');
    for (const file of [
      '/assets/survey-3f9a1c.js',
      '/favicon.svg',
      '/config.json',
      '/survey.html',
      '/c',
      '/staffroom',
    ]) {
      expect(atEdge(file)).toBe(file);
    }
  });

  test('routes every path exactly as the local server does (property test)', async () => {
    const segment = fc.oneof(
      fc.constantFrom('c', 'staff', 'join', 'privacy', 'assets', 'riverside', '', 'x.html', 'config.json'),
      // Browsers resolve "." and ".." segments before sending, so neither server ever sees them.
      fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((s) => s !== '.' && s !== '..'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 0, maxLength: 4 }), async (segments) => {
        const uri = `/${segments.join('/')}`;
        expect(atEdge(uri)).toBe(await locally(uri));
      }),
      { numRuns: 2_000 },
    );
  });

  test('fits CloudFront Functions: under 10 KB, plain ES5 syntax', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(10 * 1024);
    expect(code).not.toMatch(/=>|\bconst\b|\blet\b|`/);
  });

  test('refuses a route table it cannot express safely', () => {
    expect(() => pageRewriteCode([{ path: 'c/:slug', page: 'survey.html' }])).toThrow(/start with "\/"/);
    expect(() => pageRewriteCode([{ path: '/x', page: '../secret' }])).toThrow(/HTML file/);
  });
});
