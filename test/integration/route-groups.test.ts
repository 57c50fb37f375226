import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../functions/api/app';
import { audienceOf } from '../../functions/api/route-groups';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { EDGE_CACHE_CONTROL } from '../../shared/limits';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';

/**
 * In AWS the public routes and the staff routes run in two functions, built by one factory from the
 * groups in route-groups.ts. Each answers only its own group; the staff function's OpenAPI document
 * still describes every route, so a reader of /api/openapi.json sees the whole API.
 */
let server: LocalServer;
beforeAll(async () => {
  server = await startTestServer({ pages: false });
});
afterAll(async () => server?.close());

const surveyPath = () => fill(API_PATHS.survey, { slug: DEMO_COUNCIL.slug });
type Doc = { paths: Record<string, Record<string, unknown>> };

describe('the route groups', () => {
  test("each app's routes are those its function is sent, by the prefix the HTTP API routes on", () => {
    const served = (audience: 'public' | 'staff') =>
      createApp(server.deps, audience)
        .routes.filter((r) => r.method !== 'ALL')
        .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    const health = [API_PATHS.health];
    expect(
      served('public')
        .filter((p) => !health.includes(p as never))
        .map(audienceOf),
    ).toEqual(
      served('public')
        .filter((p) => !health.includes(p as never))
        .map(() => 'public'),
    );
    expect(new Set(served('staff').map(audienceOf))).toEqual(new Set(['staff']));
    // Together they answer every path of the API, each path in one of them (health in both).
    const all = new Set([...served('public'), ...served('staff')]);
    for (const path of Object.values(API_PATHS)) expect(all.has(path), path).toBe(true);
    expect(served('public')).toContain(API_PATHS.survey);
    expect(served('staff')).not.toContain(API_PATHS.survey);
  });

  test('the public app answers the survey and 404s every staff route; the staff app the other way round', async () => {
    const pub = createApp(server.deps, 'public');
    const staff = createApp(server.deps, 'staff');
    const survey = await pub.request(surveyPath());
    expect(survey.status).toBe(200);
    expect(((await survey.json()) as { council: { slug: string } }).council.slug).toBe(DEMO_COUNCIL.slug);
    expect((await pub.request(API_PATHS.me)).status).toBe(404);
    expect((await pub.request(API_PATHS.openApi)).status).toBe(404);
    // Without a sign-in the staff app refuses with 401: the route is there.
    expect((await staff.request(API_PATHS.me)).status).toBe(401);
    expect((await staff.request(surveyPath())).status).toBe(404);
    for (const app of [pub, staff]) expect((await app.request(API_PATHS.health)).status).toBe(200);
  });

  test("the staff app's OpenAPI document covers every route of both groups, as the whole app's does", async () => {
    const whole = (await (await createApp(server.deps).request(API_PATHS.openApi)).json()) as Doc;
    const staffDoc = (await (await createApp(server.deps, 'staff').request(API_PATHS.openApi)).json()) as Doc;
    const routes = (doc: Doc) =>
      Object.entries(doc.paths)
        .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
    expect(routes(staffDoc)).toEqual(routes(whole));
    for (const path of Object.values(API_PATHS).filter((p) => p !== API_PATHS.openApi))
      expect(Object.keys(staffDoc.paths), path).toContain(path);
  });

  test('the survey\'s data and "you said, we did" say how long CloudFront may keep them; a refusal is never kept', async () => {
    const app = createApp(server.deps, 'public');
    const survey = await app.request(surveyPath());
    expect(survey.headers.get('cache-control')).toBe(EDGE_CACHE_CONTROL);
    const actions = await app.request(fill(API_PATHS.publicActions, { slug: DEMO_COUNCIL.slug }));
    expect(actions.status).toBe(200);
    expect(actions.headers.get('cache-control')).toBe(EDGE_CACHE_CONTROL);
    const missing = await app.request(fill(API_PATHS.survey, { slug: 'nowhere-at-all' }));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    // The same through the local server `npm start` runs.
    const local = await fetch(`${server.url}${surveyPath()}`);
    expect(local.headers.get('cache-control')).toBe(EDGE_CACHE_CONTROL);
  });
});
