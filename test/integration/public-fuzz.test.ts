/**
 * Property-based test of every public route (read from the app's own route table): arbitrary bodies,
 * headers, path values, methods and sizes. Whatever arrives, the answer is never a 5xx; a refusal is a
 * 4xx in JSON with a message a person can act on; and nothing in the table changes, so no count moves.
 */

import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { MAX_BODY_BYTES } from '../../shared/limits';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { scanTable, testTableName } from '../support/table-scan';

/** `npm run test:fuzz` sets PUBLIC_FUZZ_RUNS=10000; npm test runs 1,000. */
const RUNS = Number(process.env.PUBLIC_FUZZ_RUNS ?? 1_000);
const ROUND = 'r_riverside_1';

let server: LocalServer;
let tableName: string;
let routes: { method: string; path: string }[];
/** Real ids, so that some requests reach past validation into the services. */
let real: Record<string, string[]>;

/** The table without rate-limit windows (which count every request, refused or not, by design). */
const snapshot = async () =>
  (await scanTable(tableName))
    .filter((i) => !String(i.pk).startsWith('RATE#'))
    .map((i) => JSON.stringify(i))
    .sort();

beforeAll(async () => {
  tableName = testTableName('fuzz');
  server = await startTestServer({ pages: false, tableName });
  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => !op.security?.length)
      .map(([method]) => ({ method: method.toUpperCase(), path })),
  );
  const facilitator = await loginToken(server, demoEmail('facilitator'));
  const made = await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      roundId: ROUND,
      promiseIds: ['p_reply', 'p_family'],
      roomSize: 30,
      mode: 'phones-and-hands',
    }),
  });
  const { session } = (await made.json()) as { session: { sessionId: string; joinCode: string } };
  real = {
    slug: [DEMO_COUNCIL.slug],
    roundId: [ROUND],
    sessionId: [session.sessionId],
    code: [session.joinCode],
    promiseId: ['p_reply', 'p_family'],
  };
});
afterAll(() => server.close());

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../..',
    '%00',
    '\u0000',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '{{7*7}}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a log-injection attack, sent as it is
    '${jndi:ldap://x}',
    'null',
    '-1',
    '1e309',
    '__proto__',
    'constructor',
    '🙂'.repeat(30),
  ),
  fc.string({ minLength: 200, maxLength: 3000 }),
);

const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      submissionId: oddText,
      ratings: fc.dictionary(
        fc.oneof(fc.constantFrom('p_reply', 'p_family', '__proto__'), oddText),
        fc.oneof(fc.constantFrom('yes', 'no', 'sometimes', 'dontknow'), fc.jsonValue()),
      ),
      comments: fc.oneof(fc.array(fc.record({ promiseId: oddText, text: oddText })), fc.jsonValue()),
      about: fc.jsonValue(),
      accessCode: fc.oneof(oddText, fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      participantToken: oddText,
      rating: fc.oneof(fc.constantFrom('yes', 'no'), fc.jsonValue()),
      seq: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
      code: oddText,
      group: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'huge'; size: number };
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' } as Body) },
  { weight: 5, arbitrary: jsonish.map((value) => ({ kind: 'json', value }) as Body) },
  { weight: 2, arbitrary: oddText.map((value) => ({ kind: 'text', value }) as Body) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((value) => ({ kind: 'bytes', value }) as Body) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: MAX_BODY_BYTES - 100, max: MAX_BODY_BYTES * 3 })
      .map((size) => ({ kind: 'huge', size }) as Body),
  },
);

const headerName = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
  .filter(
    (n) =>
      ![
        'host',
        'content-length',
        'transfer-encoding',
        'connection',
        'expect',
        'upgrade',
        'keep-alive',
        'te',
        'trailer',
      ].includes(n),
  );
const headerValue = fc.stringMatching(/^[ -~]{0,80}$/).map((v) => v.trim());
const request = fc.record({
  route: fc.nat(),
  // Mostly the route's own method and real ids, so most requests get past routing into validation and the services.
  methodSwap: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') },
  ),
  params: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: oddText }), {
    minLength: 3,
    maxLength: 3,
  }),
  body,
  contentType: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
        ),
        headerValue,
      ),
    },
  ),
  headers: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
  query: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }) },
  ),
});

/**
 * A body over the limit is refused as soon as its length is known, and the server closes the connection
 * while fetch is still sending, so fetch reports a network error. This reads the answer the server sent.
 */
const sendLarge = (url: string, method: string, headers: Record<string, string>, size: number) =>
  new Promise<{ status: number; text: string; contentType: string | null }>((resolve) => {
    const req = httpRequest(url, { method, headers: { ...headers, 'content-length': String(size) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, contentType: res.headers['content-type'] ?? null }),
      );
      res.on('error', () =>
        resolve({ status: res.statusCode ?? 0, text, contentType: res.headers['content-type'] ?? null }),
      );
    });
    // Refused while still sending: the server may reset the connection before its 413 can be read.
    req.on('error', () => setTimeout(() => resolve({ status: 413, text: '', contentType: 'reset' }), 200));
    req.end('x'.repeat(size));
  });

describe('every public route, fuzzed', () => {
  it(
    `answers ${RUNS} arbitrary requests without a 5xx, refuses with a clear JSON 4xx, and changes nothing`,
    async () => {
      const before = await snapshot();
      const statuses = new Map<number, number>();
      let reachedServices = 0;
      let resets = 0;
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const route = routes[r.route % routes.length]!;
          let i = 0;
          const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
            const given = r.params[i++ % 3];
            return encodeURIComponent(given ?? (real[name] ?? ['x'])[r.route % (real[name]?.length ?? 1)]!);
          });
          const method = r.methodSwap ?? route.method;
          const qs = r.query ? `?${new URLSearchParams(r.query)}` : '';
          const headers: Record<string, string> = { ...r.headers };
          if (r.contentType !== null) headers['content-type'] = r.contentType;
          else if (r.body.kind === 'json') headers['content-type'] = 'application/json';
          const payload =
            r.body.kind === 'json'
              ? JSON.stringify(r.body.value)
              : r.body.kind === 'text'
                ? r.body.value
                : r.body.kind === 'bytes'
                  ? new Blob([new Uint8Array(r.body.value)])
                  : undefined;
          const canHaveBody = !['GET', 'HEAD'].includes(method);
          let res: { status: number; headers: { get(name: string): string | null } };
          let text: string;
          if (r.body.kind === 'huge' && canHaveBody) {
            const large = await sendLarge(`${server.url}${path}${qs}`, method, headers, r.body.size);
            if (large.contentType === 'reset') {
              resets++;
              return;
            }
            res = { status: large.status, headers: { get: (n) => (n === 'content-type' ? large.contentType : null) } };
            text = large.text;
          } else {
            const answer = await fetch(`${server.url}${path}${qs}`, {
              method,
              headers,
              body: canHaveBody ? payload : undefined,
            });
            res = answer;
            text = await answer.text();
          }
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${method} ${path}: ${text.slice(0, 300)}`).toBeLessThan(500);
          if (route.method !== 'GET' && method === route.method)
            expect(res.status, `${method} ${path} was accepted: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
          if (res.status >= 400 && method !== 'HEAD') {
            let error: { code: string; message: string };
            try {
              error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
            } catch {
              throw new Error(
                `${method} ${path} answered ${res.status} without a JSON error: ${res.headers.get('content-type')} ${text.slice(0, 200)}`,
              );
            }
            expect(error.code).toMatch(/^[a-z_]+$/);
            expect(error.message.length).toBeGreaterThan(10);
            if (![400, 413, 415].includes(res.status) && error.code !== 'not_found') reachedServices++;
          }
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toEqual(before);
      console.log(
        `public fuzz: ${RUNS} cases over ${routes.length} public routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ${reachedServices} refused past validation; ${resets} oversized bodies cut off by a reset before the 413 could be read`,
      );
    },
    60_000 + RUNS * 60,
  );
});
