/**
 * Property-based test of every staff route (read from the app's own route table) with a signed-in token
 * of every role: arbitrary bodies, path values and queries. Whatever arrives, the answer is never a 5xx,
 * a refusal is JSON with a message a person can act on, and another council's data is never read.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { ROLES } from '../../shared/roles';
import { DEMO_COUNCIL, DEMO_STAFF, loginToken, startTestServer } from '../support/local-server';

/** `npm run test:fuzz` sets STAFF_FUZZ_RUNS=2000; npm test runs a share. */
const RUNS = Number(process.env.STAFF_FUZZ_RUNS ?? 1_000);
const ROUND = 'r_riverside_1';

let server: LocalServer;
let routes: { method: string; path: string }[];
let tokens: { role: string; token: string }[];

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => (op.security?.length ?? 0) > 0)
      // Removing staff would sign the fuzzer's own tokens out; that route has its own tests.
      .filter(([method]) => !(method === 'delete' && path.endsWith('/staff/{userId}')))
      .map(([method]) => ({ method: method.toUpperCase(), path })),
  );
  tokens = await Promise.all(
    ROLES.map(async (role) => ({
      role,
      token: await loginToken(server, DEMO_STAFF.find((s) => s.roles.includes(role))!.email),
    })),
  );
});
afterAll(() => server.close());

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '..', '%00', '__proto__', "' OR 1=1 --", 'c_other', 'r_unknown', '🙂'.repeat(20)),
  fc.string({ minLength: 200, maxLength: 1500 }),
);
const real: Record<string, string[]> = {
  councilId: [DEMO_COUNCIL.councilId, 'c_other'],
  roundId: [ROUND, 'r_unknown'],
  promiseId: ['p_reply', 'p_family'],
};

describe('every staff route, fuzzed with a token of every role', () => {
  it(
    `answers ${RUNS} arbitrary requests without a 5xx and refuses with a clear JSON 4xx`,
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            route: fc.nat(),
            who: fc.nat(),
            params: fc.array(fc.option(oddText, { freq: 3 }), { minLength: 4, maxLength: 4 }),
            body: fc.oneof(fc.constant(undefined), fc.jsonValue(), oddText),
            query: fc.option(
              fc.dictionary(fc.constantFrom('limit', 'cursor', 'version', 'x'), fc.string({ maxLength: 20 })),
              {
                freq: 2,
              },
            ),
          }),
          async (r) => {
            const route = routes[r.route % routes.length]!;
            const { token } = tokens[r.who % tokens.length]!;
            let i = 0;
            const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
              const given = r.params[i++ % 4];
              const choices = real[name] ?? ['x'];
              return encodeURIComponent(given ?? choices[r.route % choices.length]!);
            });
            const qs = r.query ? `?${new URLSearchParams(r.query)}` : '';
            const canHaveBody = !['GET', 'HEAD'].includes(route.method);
            const res = await fetch(`${server.url}${path}${qs}`, {
              method: route.method,
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: canHaveBody && r.body !== undefined ? JSON.stringify(r.body) : undefined,
            });
            const text = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, `${route.method} ${path}: ${text.slice(0, 300)}`).toBeLessThan(500);
            if (path.includes('/councils/c_other/')) expect(res.status).toBeGreaterThanOrEqual(400);
            if (res.status >= 400) {
              const error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
              expect(error.code).toMatch(/^[a-z_]+$/);
              expect(error.message.length).toBeGreaterThan(10);
            }
          },
        ),
        { numRuns: RUNS },
      );
      console.log(
        `staff fuzz: ${RUNS} cases over ${routes.length} staff routes, ${tokens.length} roles; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
      );
    },
    60_000 + RUNS * 60,
  );
});
