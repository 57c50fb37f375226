/**
 * Tenant isolation, proven route by route. The walk reads the app's own route table (its OpenAPI
 * document), so a route added later is walked too: a staff route without a case below fails the test
 * until someone says how to call it. For every staff route: no token, an expired token and a token
 * signed by another key are 401; a token without the route's roles is 403; a token of another council
 * asking for this council's data (its ids in the path, the query or the body) is 403 or 404 and carries
 * none of its data; the right user gets a 2xx. Public routes are read for anything not meant for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES_EXTENSION } from '../../functions/api/routes/route-kit';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { createDevIdentityProvider, type DevIdentity } from '../../functions/local/dev-idp';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { ROLES, type Role } from '../../shared/roles';
import type { PledgeContent } from '../../shared/schemas/pledge';
import { exportTranslationCsv, sourceHash, sourceTexts } from '../../shared/translations/texts';
import { startTestServer } from '../support/local-server';

/** What a council owns, by the names the routes use for it. */
interface Ids {
  councilId: string;
  slug: string;
  roundId: string;
  sessionId: string;
  commentId: string;
  promiseId: string;
  actionId: string;
  userId: string;
  pledgeVersion: string;
  /** A language the council translates into, and one of its texts (a promise's words). */
  language: string;
  textId: string;
}

/** Text only this council's data holds: an answer of another council's must not contain it. */
const canary = (tag: string) => `canary-${tag}`;

type Call = { query?: Record<string, string>; body?: unknown };
type CaseFn = (ids: Ids, live: Live) => Call | Promise<Call>;
/** Reads the state a call must name (versions move as the walk goes). */
interface Live {
  sessionVersion(ids: Ids): Promise<number>;
  actionVersion(ids: Ids): Promise<number>;
  pledgeBody(ids: Ids): Promise<unknown>;
  /** The council's settings as stored, with their version: what an admin sends back changed. */
  settingsBody(ids: Ids): Promise<unknown>;
  /** A closed round stays open for the few seconds every instance may cache it; the walk does not wait them out. */
  closedAlready(ids: Ids): Promise<void>;
  /** The council's round in `ids` open again and every other closed, so "close and open" has its round to close. */
  reopened(ids: Ids): Promise<void>;
}

/**
 * How to call each staff route, by "METHOD /path". `order` puts the right user's calls that change
 * things after those that read (closing a round, then opening one, last).
 */
const CASES: Record<string, { call: CaseFn; order?: number }> = {
  'GET /api/staff/me': { call: () => ({}) },
  'POST /api/staff/councils': {
    call: () => ({
      body: {
        name: 'Newtown Council',
        slug: `newtown-${Date.now().toString(36)}`,
        adminEmail: `admin-${Date.now()}@newtown.example`,
      },
    }),
  },
  'GET /api/staff/councils/{councilId}/rounds': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/rounds': {
    call: async (ids, live) => {
      await live.closedAlready(ids);
      return { body: { name: 'Spring 2027', access: 'open-link' } };
    },
    order: 9,
  },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/close': { call: () => ({}), order: 8 },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/close-and-open': {
    call: async (ids, live) => {
      await live.reopened(ids);
      return { body: { name: 'Summer 2027' } };
    },
    order: 10,
  },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/activity': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/cohort-figures': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/rounds/{roundId}/cohort-figures': {
    call: () => ({
      body: {
        population: { 'in-care:8-13': 40, 'in-care:14-17': 60, 'care-leaver:14-17': 20, 'care-leaver:18-25': 90 },
      },
    }),
  },
  'GET /api/staff/councils/{councilId}/languages': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/languages/{language}': {
    call: async (ids) => ({
      body: { switchedOn: false, englishPromisesNotice: false, version: await languageVersion(ids) },
    }),
  },
  'GET /api/staff/councils/{councilId}/languages/{language}/translations.csv': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/languages/{language}/translations.csv': {
    call: async (ids) => {
      const council = (await server.store.councils.get(ids.councilId))!;
      const texts = sourceTexts(await server.store.pledges.latest(ids.councilId), council.helpContacts);
      const set = Object.fromEntries(texts.map((t) => [t.id, { text: 'ترجمة', sourceHash: sourceHash(t.source) }]));
      return { body: { csv: exportTranslationCsv(texts, set), version: await languageVersion(ids) } };
    },
  },
  'PUT /api/staff/councils/{councilId}/languages/{language}/texts/{textId}': {
    call: async (ids) => ({ body: { text: 'نرد خلال يومين', version: await languageVersion(ids) } }),
  },
  'GET /api/staff/councils/{councilId}/setup': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/work-waiting': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/staff/{userId}/name': {
    call: () => ({ body: { name: 'Sam Patel' } }),
    order: 1,
  },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/scorecard': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/history': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/scorecard.csv': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/actions': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/actions': {
    call: (ids) => ({ body: { promiseId: ids.promiseId, action: 'Call back within two days' } }),
    order: 1,
  },
  'PATCH /api/staff/councils/{councilId}/rounds/{roundId}/actions/{actionId}': {
    call: async (ids, live) => ({ body: { status: 'in-progress', version: await live.actionVersion(ids) } }),
    order: 1,
  },
  'DELETE /api/staff/councils/{councilId}/rounds/{roundId}/actions/{actionId}': {
    call: async (ids, live) => ({ query: { version: String(await live.actionVersion(ids)) } }),
    order: 2,
  },
  'GET /api/staff/councils/{councilId}/moderation/queue': { call: () => ({}) },
  // Flagged while still waiting, then decided.
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/comments/{commentId}/urgent': { call: () => ({}), order: 0.5 },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/comments/{commentId}/acknowledge': {
    call: () => ({}),
    order: 0.6,
  },
  // Only once the council has decided its moderators may read what was sent with an urgent comment.
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/comments/{commentId}/sent-with': {
    call: async (ids) => {
      const council = (await server.store.councils.get(ids.councilId))!;
      if (!council.linkUrgentComments)
        await server.store.councils.updateSettings({ ...council, linkUrgentComments: true }, council.version ?? 0);
      return {};
    },
    order: 0.7,
  },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/comments/{commentId}/decision': {
    call: () => ({ body: { decision: 'approve' } }),
    order: 1,
  },
  // The same moderator, at once: the approval is put back.
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/comments/{commentId}/undo': { call: () => ({}), order: 1.5 },
  'GET /api/staff/councils/{councilId}/pledge': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/pledge/versions': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/pledge/versions/{version}': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/pledge/versions': {
    call: async (ids, live) => ({ body: await live.pledgeBody(ids) }),
    order: 3,
  },
  'POST /api/staff/councils/{councilId}/sessions': {
    call: (ids) => ({
      body: { roundId: ids.roundId, promiseIds: [ids.promiseId], roomSize: 30, mode: 'phones-and-hands' },
    }),
    order: 1,
  },
  'GET /api/staff/councils/{councilId}/sessions': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/session-options': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/sessions/{sessionId}': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/sessions/{sessionId}/live': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/sessions/{sessionId}/control': {
    call: async (ids, live) => ({ body: { action: 'next', version: await live.sessionVersion(ids) } }),
    order: 1,
  },
  'GET /api/staff/councils/{councilId}/sessions/{sessionId}/tallies': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/sessions/{sessionId}/tallies/{promiseId}': {
    call: () => ({ body: { counts: { yes: 3, sometimes: 2, no: 1, dontknow: 0 } } }),
    order: 1,
  },
  'POST /api/staff/councils/{councilId}/sessions/{sessionId}/notes': {
    call: (ids) => ({
      body: { noteId: crypto.randomUUID(), promiseId: ids.promiseId, text: 'The group asked for a reply' },
    }),
    order: 1,
  },
  // The summary waits for the end: by order 9.5 the round has closed and the session ended by itself.
  'GET /api/staff/councils/{councilId}/sessions/{sessionId}/summary': { call: () => ({}), order: 9.5 },
  'GET /api/staff/councils/{councilId}/sessions/{sessionId}/summary.csv': { call: () => ({}), order: 9.5 },
  // Last: by now the round has closed, so the session has ended by itself and its counts can be checked.
  'POST /api/staff/councils/{councilId}/sessions/{sessionId}/confirm': { call: () => ({}), order: 9.5 },
  'GET /api/staff/councils/{councilId}/staff': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/staff': {
    call: () => ({ body: { email: `new-${Date.now()}@example.org`, roles: ['facilitator'] } }),
    order: 1,
  },
  'PUT /api/staff/councils/{councilId}/staff/{userId}/roles': {
    call: () => ({ body: { roles: ['moderator', 'board-member'] } }),
    order: 1,
  },
  'DELETE /api/staff/councils/{councilId}/staff/{userId}': { call: () => ({}), order: 2 },
  'GET /api/staff/councils/{councilId}/audit': { call: () => ({}) },
  'GET /api/staff/councils/{councilId}/settings': { call: () => ({}) },
  'PUT /api/staff/councils/{councilId}/settings': {
    call: async (ids, live) => ({ body: await live.settingsBody(ids) }),
    order: 1,
  },
  'GET /api/staff/councils/{councilId}/rounds/{roundId}/access-codes': { call: () => ({}) },
  'POST /api/staff/councils/{councilId}/rounds/{roundId}/access-codes': {
    call: () => ({ body: { count: 3, label: 'Oak House' } }),
    order: 1,
  },
};

/** Path parameters by name; `version` is the pledge version. */
const paramOf = (ids: Ids, name: string): string =>
  name === 'version'
    ? ids.pledgeVersion
    : String((ids as unknown as Record<string, string>)[name] ?? `unknown-${name}`);
const fill = (path: string, ids: Ids) =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(paramOf(ids, name)));

type Operation = { method: string; path: string; roles: Role[] | null; params: string[] };

let server: LocalServer;
let operations: Operation[];
const A: Ids = {
  councilId: 'c_alpha',
  slug: 'alpha',
  roundId: 'r_alpha_1',
  sessionId: '',
  commentId: '',
  promiseId: 'pa_reply',
  actionId: '',
  userId: '',
  pledgeVersion: '1',
  language: 'ar',
  textId: 'promise:pa_reply',
};
const B: Ids = {
  councilId: 'c_beta',
  slug: 'beta',
  roundId: 'r_beta_1',
  sessionId: '',
  commentId: '',
  promiseId: 'pb_reply',
  actionId: '',
  userId: '',
  pledgeVersion: '1',
  language: 'ar',
  textId: 'promise:pb_reply',
};

const who = (ids: Ids, roles: Role[], sub = `staff-${ids.councilId}`): DevIdentity => ({
  sub,
  email: `${roles.join('-')}@${ids.slug}.example`,
  roles,
  councilId: roles.includes('platform-operator') && roles.length === 1 ? null : ids.councilId,
});
const token = (identity: DevIdentity) => server.idp.issueToken(identity);
/** The version of the council's Arabic as stored now (0: nothing yet), which a write must name. */
const languageVersion = async (ids: Ids) => (await server.store.translations.get(ids.councilId, 'ar'))?.version ?? 0;

const send = async (method: string, path: string, call: Call, bearer?: string) => {
  const qs = call.query ? `?${new URLSearchParams(call.query)}` : '';
  const res = await fetch(`${server.url}${path}${qs}`, {
    method,
    headers: {
      ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return { status: res.status, text: await res.text() };
};
const json = async <T>(method: string, path: string, call: Call, bearer?: string): Promise<T> => {
  const r = await send(method, path, call, bearer);
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${r.text}`);
  return JSON.parse(r.text) as T;
};

/** Every id of `ids` swapped into a call's body and query, as text: another council's ids where this one's were. */
const swapIds = (call: Call, from: Ids, to: Ids): Call => {
  let text = JSON.stringify(call);
  for (const k of ['roundId', 'sessionId', 'commentId', 'promiseId', 'actionId', 'userId'] as const) {
    if (from[k]) text = text.split(from[k]).join(to[k]);
  }
  return JSON.parse(text) as Call;
};

/** A pledge whose ids and words are the council's own. */
const pledgeOf = (prefix: string, tag: string): PledgeContent => ({
  title: `${canary(tag)} pledge`,
  sections: DEMO_PLEDGE.sections.slice(0, 2).map((s) => ({
    ...s,
    sectionId: s.sectionId.replace(/^s_/, `s${prefix}_`),
    promises: s.promises.map((p) => ({
      ...p,
      promiseId: p.promiseId.replace(/^p_/, `p${prefix}_`),
      text: `${p.text} (${canary(tag)})`,
    })),
  })),
});

const live: Live = {
  async settingsBody(ids) {
    const { name, helpContacts, thresholds, commentRetentionDays, version } = (await server.store.councils.get(
      ids.councilId,
    ))!;
    return {
      name,
      helpContacts,
      thresholds: { ...thresholds, amber: thresholds.amber - 1 },
      commentRetentionDays,
      version: version ?? 0,
    };
  },
  async closedAlready(ids) {
    const round = (await server.store.rounds.get(ids.roundId))!;
    if (round.closesAt)
      await server.store.rounds.put({ ...round, closesAt: new Date(Date.now() - 1000).toISOString() });
  },
  async reopened(ids) {
    for (const round of await server.store.rounds.listForCouncil(ids.councilId)) {
      if (round.roundId === ids.roundId) await server.store.rounds.put({ ...round, closesAt: null });
      else if (!round.closesAt || round.closesAt > new Date().toISOString()) {
        const closesAt = new Date(Math.max(Date.now() - 1000, Date.parse(round.opensAt) + 1)).toISOString();
        await server.store.rounds.put({ ...round, closesAt });
      }
    }
  },
  async sessionVersion(ids) {
    const s = await json<{ state: { version: number } }>(
      'GET',
      `/api/staff/councils/${ids.councilId}/sessions/${ids.sessionId}`,
      {},
      await token(who(ids, ['facilitator'])),
    );
    return s.state.version;
  },
  async actionVersion(ids) {
    const { actions } = await json<{ actions: { actionId: string; version: number }[] }>(
      'GET',
      `/api/staff/councils/${ids.councilId}/rounds/${ids.roundId}/actions`,
      {},
      await token(who(ids, ['council-admin'])),
    );
    return actions.find((a) => a.actionId === ids.actionId)?.version ?? 1;
  },
  async pledgeBody(ids) {
    const { pledge } = await json<{ pledge: PledgeContent & { version: number } }>(
      'GET',
      `/api/staff/councils/${ids.councilId}/pledge`,
      {},
      await token(who(ids, ['council-admin'])),
    );
    return {
      title: pledge.title,
      basedOnVersion: pledge.version,
      sections: pledge.sections.map((s) => ({
        sectionId: s.sectionId,
        title: s.title,
        promises: s.promises.map((p) => ({ promiseId: p.promiseId, text: p.text, themes: p.themes })),
      })),
    };
  },
};

const seed = async (ids: Ids, prefix: string) => {
  const tag = ids.slug;
  await seedCouncil(server.store, {
    council: {
      councilId: ids.councilId,
      slug: ids.slug,
      name: `${canary(tag)} Council`,
      helpContacts: [{ name: 'Rights service', description: 'Help to be heard', phone: '020 7946 0321' }],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: `pl_${ids.slug}`,
    pledge: pledgeOf(prefix, tag),
    roundId: ids.roundId,
    roundName: `${canary(tag)} round`,
    now: new Date(),
  });
  // One young person's answers with a comment: below 5, so nothing of it may show anywhere public.
  await json('POST', `/api/public/rounds/${ids.roundId}/responses`, {
    body: {
      submissionId: crypto.randomUUID(),
      ratings: { [ids.promiseId]: 'no' },
      comments: [{ promiseId: ids.promiseId, text: `${canary(tag)} comment` }],
    },
  });
  const { comments } = await json<{ comments: { commentId: string }[] }>(
    'GET',
    `/api/staff/councils/${ids.councilId}/moderation/queue`,
    {},
    await token(who(ids, ['moderator'])),
  );
  ids.commentId = comments[0]!.commentId;
  const facilitator = await token(who(ids, ['facilitator']));
  const { session } = await json<{ session: { sessionId: string } }>(
    'POST',
    `/api/staff/councils/${ids.councilId}/sessions`,
    {
      body: {
        roundId: ids.roundId,
        name: `${canary(tag)} session`,
        promiseIds: [ids.promiseId],
        roomSize: 30,
        mode: 'phones-and-hands',
      },
    },
    facilitator,
  );
  ids.sessionId = session.sessionId;
  const admin = await token(who(ids, ['council-admin']));
  const action = await json<{ actionId: string }>(
    'POST',
    `/api/staff/councils/${ids.councilId}/rounds/${ids.roundId}/actions`,
    {
      body: { promiseId: ids.promiseId, action: `${canary(tag)} action` },
    },
    admin,
  );
  ids.actionId = action.actionId;
  const member = await server.users.invite(ids.councilId, {
    email: `${canary(tag)}@${ids.slug}.example`,
    roles: ['board-member'],
  });
  ids.userId = member.userId;
  // Codes need a round that asks for them: the round switches once its answers are in.
  const round = (await server.store.rounds.get(ids.roundId))!;
  await server.store.rounds.put({ ...round, access: 'one-time-codes' });
};

/** Audit entries of a council: a refused request must not add one (nor change anything else it records). */
const auditCount = async (ids: Ids) =>
  (
    await json<{ entries: unknown[] }>(
      'GET',
      `/api/staff/councils/${ids.councilId}/audit`,
      { query: { limit: '500' } },
      await token(who(ids, ['council-admin'])),
    )
  ).entries.length;

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  await seed(A, 'a');
  await seed(B, 'b');
  const doc = await json<{
    paths: Record<string, Record<string, { [ROLES_EXTENSION]?: Role[]; parameters?: { in: string; name: string }[] }>>;
  }>('GET', '/api/openapi.json', {});
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      roles: op[ROLES_EXTENSION] ?? null,
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
    })),
  );
});
afterAll(() => server.close());

describe('every staff route', () => {
  const counts = { routes: 0, requests: 0 };

  it('has a case in this walk, and no case names a route that is gone', () => {
    const staff = operations.filter((o) => o.roles);
    const keys = staff.map((o) => `${o.method} ${o.path}`);
    expect(
      keys.filter((k) => !CASES[k]),
      'staff routes the walk does not know how to call: add them to CASES',
    ).toEqual([]);
    expect(
      Object.keys(CASES).filter((k) => !keys.includes(k)),
      'cases for routes that no longer exist',
    ).toEqual([]);
    expect(staff.length).toBeGreaterThanOrEqual(35);
  });

  it('refuses no token, an expired token, a token of another key and the wrong role, and another council gets nothing of this one', async () => {
    const [auditA, auditB] = [await auditCount(A), await auditCount(B)];
    const stranger = await createDevIdentityProvider();
    for (const op of operations.filter((o) => o.roles)) {
      const roles = op.roles!;
      const key = `${op.method} ${op.path}`;
      const call = await CASES[key]!.call(A, live);
      const path = fill(op.path, A);
      const identity = who(A, roles);
      const expect401 = async (bearer: string | undefined, what: string) => {
        const r = await send(op.method, path, call, bearer);
        expect(r.status, `${key} with ${what}: ${r.text}`).toBe(401);
        counts.requests++;
      };
      await expect401(undefined, 'no token');
      await expect401(
        await server.idp.issueToken(identity, { issuedAt: Math.floor(Date.now() / 1000) - 7200, ttlSeconds: 3600 }),
        'an expired token',
      );
      await expect401(await stranger.issueToken(identity), 'a token signed by another key');
      await expect401('not-a-token', 'a malformed token');

      const wrongRoles = ROLES.filter((r) => !roles.includes(r) && r !== 'platform-operator');
      if (wrongRoles.length > 0) {
        const r = await send(op.method, path, call, await token(who(A, wrongRoles)));
        expect(r.status, `${key} with the roles ${wrongRoles.join(', ')}: ${r.text}`).toBe(403);
        counts.requests++;
      }
      if (!roles.includes('platform-operator')) {
        const r = await send(op.method, path, call, await token(who(A, ['platform-operator'])));
        expect(r.status, `${key} as the platform operator: ${r.text}`).toBe(403);
        counts.requests++;
      }

      if (op.params.includes('councilId')) {
        // Council B's staff with every role the route admits: A's council in the path…
        const other = await token(who(B, roles));
        const direct = await send(op.method, path, call, other);
        expect(direct.status, `${key} by another council: ${direct.text}`).toBe(403);
        expect(direct.text).not.toContain(canary(A.slug));
        counts.requests++;
        // …and B's own council in the path with A's round, session, comment, promise, action or user in the path, query or body.
        const mixedIds = { ...A, councilId: B.councilId, slug: B.slug, pledgeVersion: B.pledgeVersion };
        // A language names no data of a council; its texts and everything else do.
        const inPath = op.params.some((p) => p !== 'councilId' && p !== 'version' && p !== 'language');
        const inBody = /"(pa_|r_alpha)/.test(JSON.stringify(call));
        if (inPath || inBody) {
          const mixedCall = swapIds(await CASES[key]!.call(B, live), B, A);
          const mixed = await send(op.method, fill(op.path, mixedIds), mixedCall, other);
          // An id in the path names data: 403 or 404. An id only in a body is input to a write: refused (422 names only the id sent).
          const refusals = inPath ? [403, 404] : [403, 404, 422];
          expect(
            refusals,
            `${key} by another council naming this council's ids: ${mixed.status} ${mixed.text}`,
          ).toContain(mixed.status);
          expect(mixed.text).not.toContain(canary(A.slug));
          counts.requests++;
        }
      }
    }
    // Nothing a refused request did was recorded, so nothing was changed.
    expect([await auditCount(A), await auditCount(B)]).toEqual([auditA, auditB]);
  });

  it('lets the right user in, with their own council’s data only', async () => {
    const staff = operations
      .filter((o) => o.roles)
      .sort((a, b) => (CASES[`${a.method} ${a.path}`]!.order ?? 0) - (CASES[`${b.method} ${b.path}`]!.order ?? 0));
    for (const op of staff) {
      const key = `${op.method} ${op.path}`;
      const r = await send(
        op.method,
        fill(op.path, A),
        await CASES[key]!.call(A, live),
        await token(who(A, op.roles!)),
      );
      expect(r.status, `${key} by the right user: ${r.text}`).toBeGreaterThanOrEqual(200);
      expect(r.status, `${key} by the right user: ${r.text}`).toBeLessThan(300);
      expect(r.text, `${key} answered with another council's data`).not.toContain(canary(B.slug));
      counts.routes++;
      counts.requests++;
    }
    console.log(`isolation walk: ${counts.routes} staff routes, ${counts.requests} requests`);
  });
});

describe('every public route', () => {
  const code = async (ids: Ids) =>
    (
      await json<{ session: { joinCode: string } }>(
        'GET',
        `/api/staff/councils/${ids.councilId}/sessions/${ids.sessionId}`,
        {},
        await token(who(ids, ['facilitator'])),
      )
    ).session.joinCode;

  it('shows a young person nothing private: no comments, no counts of one, no other council, no staff', async () => {
    const publicOps = operations.filter((o) => !o.roles && o.path.startsWith('/api/public/'));
    const joinCode = await code(A);
    const participantToken = crypto.randomUUID();
    const calls: Record<string, Call> = {
      'GET /api/public/councils/{slug}': {},
      'GET /api/public/councils/{slug}/actions': {},
      'GET /api/public/sessions/by-code/{code}': {},
      'POST /api/public/sessions/{sessionId}/participants': { body: { participantToken } },
      'GET /api/public/sessions/{sessionId}/state': {},
      'PUT /api/public/sessions/{sessionId}/votes/{promiseId}': { body: { participantToken, rating: 'yes', seq: 1 } },
      'POST /api/public/rounds/{roundId}/responses': {
        body: { submissionId: crypto.randomUUID(), ratings: { [A.promiseId]: 'yes' }, accessCode: 'AAAA-BBBB' },
      },
      'POST /api/public/rounds/{roundId}/access-codes/check': { body: { code: 'AAAA-BBBB' } },
      'GET /api/public/rounds/{roundId}/coverage': {},
    };
    const keys = publicOps.map((o) => `${o.method} ${o.path}`);
    expect(
      keys.filter((k) => !calls[k]),
      'public routes this walk does not read: add them',
    ).toEqual([]);
    for (const op of publicOps) {
      const key = `${op.method} ${op.path}`;
      const r = await send(op.method, fill(op.path, { ...A, code: joinCode } as Ids & { code: string }), calls[key]!);
      expect(r.status, `${key}: ${r.text}`).toBeLessThan(500);
      // A's own public words may show (its name, its promises, a session's name in the room); its comments, unpublished actions, staff and B never.
      for (const secret of [
        `${canary(A.slug)} comment`,
        `${canary(A.slug)} action`,
        `${canary(A.slug)}@`,
        canary(B.slug),
        'commentId',
        'email',
      ]) {
        expect(r.text, `${key} shows "${secret}"`).not.toContain(secret);
      }
      // One answer and one vote: no figure from them may appear.
      expect(r.text, `${key} shows a count`).not.toMatch(/"(yes|no|sometimes|n|count|votes|responses)":\s*[1-4]\b/);
    }
  });
});
