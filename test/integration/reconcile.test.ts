import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseReconcileArgs, runReconcileCommand } from '../../functions/cli/reconcile';
import { formatReport } from '../../functions/jobs/reconcile-report';
import { type ReconcileDeps, reconcileRound } from '../../functions/jobs/reconcile-round';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { inPartitionFrom } from '../../functions/store/dynamo/expressions';
import { dynamoReconcile } from '../../functions/store/dynamo/reconcile';
import { responseItem } from '../../functions/store/dynamo/responses';
import { keys } from '../../functions/store/keys';
import { TABLE as DESIGN } from '../../functions/store/table-design';
import { RATINGS, type Rating } from '../../shared/rating';
import { promisesOf } from '../../shared/schemas/pledge';
import { differencesOf } from '../../shared/scoring/reconcile';
import type { Joined, SessionWithState } from '../../shared/sessions/schemas';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const TABLE = `reconcile-${Date.now().toString(36)}`;
const PROMISES = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
let server: LocalServer;
let facilitator: string;
const db = documentClient(createDynamoClient({ endpoint: inject('dynamoEndpoint') }));
// A small page size, so even this small round is read in many pages.
const reconcile = dynamoReconcile(db, TABLE, { pageSize: 7 });
const deps = (): ReconcileDeps => ({ store: server.store, reconcile, now: () => new Date() });
const check = (repair = false) => reconcileRound(deps(), ROUND, { repair });

const call = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
  fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
const expectOk = async <T>(res: Promise<Response>, status = 200) => {
  const r = await res;
  const body = (await r.json()) as T;
  expect(r.status, JSON.stringify(body)).toBe(status);
  return body;
};
const pick = (i: number): Rating => RATINGS[i % RATINGS.length]!;
const submit = (i: number) =>
  expectOk(
    call(`/api/public/rounds/${ROUND}/responses`, {
      method: 'POST',
      body: {
        submissionId: crypto.randomUUID(),
        ratings: Object.fromEntries(PROMISES.slice(0, 5 + (i % 10)).map((id, j) => [id, pick(i + j)])),
        ...(i % 3 ? { about: { ageGroup: i % 2 ? '8-13' : '18-25' } } : {}),
      },
    }),
  );

/** Adds to one counter of an item directly, as a bug or a hand edit might. */
const nudge = (key: Record<string, string>, counter: string, by: number) =>
  db.send(
    new UpdateCommand({
      TableName: TABLE,
      Key: key,
      UpdateExpression: 'ADD #c :by',
      ExpressionAttributeNames: { '#c': counter },
      ExpressionAttributeValues: { ':by': by },
    }),
  );

let sessionId = '';
let phoneTokens: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ pages: false, tableName: TABLE });
  facilitator = await loginToken(server, demoEmail('facilitator'));
  for (let i = 0; i < 30; i++) await submit(i);

  // A session: five phones vote on two promises, two change their minds, one rejoins; then a show of hands.
  const base = `/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`;
  const { session, state } = await expectOk<SessionWithState>(
    call(base, {
      method: 'POST',
      token: facilitator,
      body: {
        roundId: ROUND,
        promiseIds: ['p_reply', 'p_plan'],
        room: 'senior',
        roomSize: 30,
        mode: 'phones-and-hands',
      },
    }),
    201,
  );
  sessionId = session.sessionId;
  let version = state.version;
  const control = async (action: string) => {
    version = (
      await expectOk<{ version: number }>(
        call(`${base}/${sessionId}/control`, { method: 'POST', token: facilitator, body: { action, version } }),
      )
    ).version;
  };
  phoneTokens = Array.from({ length: 5 }, () => crypto.randomUUID());
  for (const [i, participantToken] of phoneTokens.entries()) {
    await expectOk<Joined>(
      call(`/api/public/sessions/${sessionId}/participants`, {
        method: 'POST',
        body: { participantToken, ...(i % 2 ? { group: 'junior' } : {}) },
      }),
    );
  }
  const vote = (token: string, promiseId: string, rating: Rating, seq: number) =>
    expectOk(
      call(`/api/public/sessions/${sessionId}/votes/${promiseId}`, {
        method: 'PUT',
        body: { participantToken: token, rating, seq },
      }),
    );
  await control('next');
  for (const [i, t] of phoneTokens.entries()) await vote(t, 'p_reply', pick(i), 1);
  await vote(phoneTokens[0]!, 'p_reply', 'no', 2);
  await control('close-voting');
  await control('next');
  for (const [i, t] of phoneTokens.slice(0, 3).entries()) await vote(t, 'p_plan', pick(i + 1), 3);
  await vote(phoneTokens[1]!, 'p_plan', 'yes', 4);
  await expectOk(
    call(`/api/public/sessions/${sessionId}/participants`, {
      method: 'POST',
      body: { participantToken: phoneTokens[2] },
    }),
  );
  await expectOk(
    call(`${base}/${sessionId}/tallies/p_plan`, {
      method: 'PUT',
      token: facilitator,
      body: { counts: { yes: 4, sometimes: 2, no: 1, dontknow: 0 } },
    }),
  );
  await expectOk(
    call(`${base}/${sessionId}/tallies/p_plan`, {
      method: 'PUT',
      token: facilitator,
      body: { counts: { yes: 5, sometimes: 2, no: 1, dontknow: 0 } },
    }),
  );
});
afterAll(() => server.close());

describe('reconciling a round', () => {
  it('finds no difference after real survey answers, live votes, changed votes, a rejoin and a corrected show of hands', async () => {
    const report = await check();
    expect(formatReport(report)).toContain('no difference');
    expect(report.differences).toBe(0);
    expect(report.busy).toBe(false);
    // 30 survey responses, 5 phones and 8 hands.
    expect(report.recount).toMatchObject({ surveyResponses: 30, sessionPeople: 13, responses: 43 });
    expect(report.stored).toEqual(report.recount);
    const session = report.scopes.find((s) => s.sessionId === sessionId)!;
    expect(session).toMatchObject({ records: 5, joined: { stored: 5, recounted: 5 }, countersTakenAsStored: false });
    expect(await reconcile.roundIds()).toContain(ROUND);
  });

  it('lists every difference after counters are damaged and a response is stored without its counters, and repairs them once', async () => {
    await nudge(keys.aggregate(ROUND, 3, 0), '#.s=survey', 2);
    const orphan = responseItem({
      round: (await server.store.rounds.get(ROUND))!,
      submissionId: crypto.randomUUID(),
      ratings: { p_reply: 'no' },
      cohort: { age: '14-17', care: 'in-care', source: 'survey' },
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    await db.send(new PutCommand({ TableName: TABLE, Item: orphan }));

    const found = await check();
    const lines = formatReport(found);
    expect(found.differences).toBe(7);
    expect(lines).toContain('responses, source survey: stored 32, recounted 31 (-1)');
    // The count the board's response rates by group are read from.
    expect(lines).toContain('responses, care and age in-care:14-17: stored');
    expect(lines).toContain('p_reply no, age 14-17: stored');
    expect(lines).toContain('p_reply no, care in-care: stored');
    expect(found.repair).toBe('not-asked');

    const repaired = await check(true);
    expect(repaired.repair).toBe('written');
    expect(repaired.afterRepair).toEqual({ differences: 0, busy: false });
    // The scorecard reads every counter item of the round, the repair included: it now equals the recount.
    expect(differencesOf(await server.store.aggregates.read(ROUND), await recountOnly())).toEqual([]);

    const versionOf = async () =>
      (await db.send(new GetCommand({ TableName: TABLE, Key: keys.counterRepair(ROUND, null, 0) }))).Item?.version;
    const before = await versionOf();
    const again = await check(true);
    expect(again.repair).toBe('not-needed');
    expect(await versionOf()).toBe(before);
  });

  it('two repairs planned from the same reading write once: the second finds the repair item moved and writes nothing', async () => {
    await nudge(keys.aggregate(ROUND, 5, 1), 'p_reply.y.s=survey', -1);
    const counters = await reconcile.counters(ROUND);
    const recount = await recountOnly();
    const stored = counters.survey.tally;
    const { tallyDifference } = await import('../../shared/scoring/reconcile');
    const repair = {
      sessionId: null,
      deltas: tallyDifference(stored, recount.survey),
      joined: 0,
      expectedVersion: counters.survey.repairVersion,
    };
    const [a, b] = await Promise.all([reconcile.repair(ROUND, [repair]), reconcile.repair(ROUND, [repair])]);
    expect([a, b].sort()).toEqual(['raced', 'written']);
    expect((await check()).differences).toBe(0);

    // Two whole commands at once also end with exact counters, whichever of them wrote.
    await nudge(keys.aggregate(ROUND, 2, 0), '#.a=8-13', 3);
    const both = await Promise.all([check(true), check(true)]);
    expect(both.filter((r) => r.repair === 'written').length).toBeGreaterThanOrEqual(1);
    expect((await check()).differences).toBe(0);
  });

  it("repairs a session's own counters where the session's summary reads them", async () => {
    await nudge(keys.sessionCounters(ROUND, sessionId, 4), 'p_plan.y.s=session-vote', 1);
    await nudge(keys.sessionCounters(ROUND, sessionId, 6), 'joined', -1);
    const found = await check();
    const scope = found.scopes.find((s) => s.sessionId === sessionId)!;
    expect(
      scope.differences.map((d) => `${d.promiseId} ${d.rating} ${d.way} ${d.value} ${d.stored}→${d.recounted}`),
    ).toEqual(['p_plan yes source session-vote 2→1']);
    expect(scope.joined).toEqual({ stored: 4, recounted: 5 });
    expect(found.differences).toBe(2);
    expect((await check(true)).afterRepair?.differences).toBe(0);
    const counts = await server.store.sessions.counts(ROUND, sessionId);
    expect(counts.joined).toBe(5);
    expect(counts.tally.promises.get('p_plan')!.bySource['session-vote'].yes).toBe(1);
  });

  it('notes a session whose participant records are gone and takes its counters as stored instead of calling them wrong', async () => {
    const parts = await db.send(
      new QueryCommand({
        TableName: TABLE,
        ...inPartitionFrom(keys.sessionPartition(sessionId), keys.sessionParticipantPrefix),
      }),
    );
    const gone = parts.Items![0]!;
    await db.send(
      new DeleteCommand({
        TableName: TABLE,
        Key: { [DESIGN.partitionKey]: gone[DESIGN.partitionKey], [DESIGN.sortKey]: gone[DESIGN.sortKey] },
      }),
    );
    const report = await check(true);
    const scope = report.scopes.find((s) => s.sessionId === sessionId)!;
    expect(scope).toMatchObject({ countersTakenAsStored: true, differences: [], joined: { stored: 5, recounted: 4 } });
    expect(report.differences).toBe(0);
    expect(report.repair).toBe('not-needed');
    expect(report.recount.responses).toBe(report.stored.responses);
    expect(formatReport(report)).toContain('participant records are missing, so its counters are taken as stored');
    await db.send(new PutCommand({ TableName: TABLE, Item: gone }));
  });

  it('checks again when answers arrive during a pass, and reports the round quiet once they stop', async () => {
    let inject = true;
    const busy: ReconcileDeps = {
      ...deps(),
      reconcile: {
        ...reconcile,
        scanResponses: async (roundId, onPage) => {
          if (inject) {
            inject = false;
            await submit(99);
          }
          return reconcile.scanResponses(roundId, onPage);
        },
      },
    };
    const report = await reconcileRound(busy, ROUND, { repair: true });
    expect(report.passes).toBe(2);
    expect(report.busy).toBe(false);
    expect(report.differences).toBe(0);
    expect(report.repair).toBe('not-needed');
  });

  it('refuses to repair while answers keep arriving, rather than write a difference that is only in flight', async () => {
    const busy: ReconcileDeps = {
      ...deps(),
      // Each pass, an answer lands just after the responses were read: the counters have it, the recount not.
      reconcile: {
        ...reconcile,
        scanResponses: async (roundId, onPage) =>
          (await reconcile.scanResponses(roundId, onPage)) + Number(await submit(7)) * 0,
      },
    };
    const report = await reconcileRound(busy, ROUND, { repair: true });
    expect(report.busy).toBe(true);
    expect(report.passes).toBe(3);
    expect(report.differences).toBeGreaterThan(0);
    expect(report.repair).toBe('refused-busy');
    expect(formatReport(report)).toContain('answers were arriving: some may be in flight');
    expect((await check()).differences).toBe(0);
  });
});

/** Only the recount (survey scope), read the way the command reads it. */
async function recountOnly() {
  const { addResponse, emptyRoundTally } = await import('../../shared/scoring/tally');
  const { mergeTally } = await import('../../shared/scoring/reconcile');
  const survey = emptyRoundTally();
  await reconcile.scanResponses(ROUND, (page) => {
    for (const r of page) addResponse(survey, r.ratings, r.cohort);
  });
  const counters = await reconcile.counters(ROUND);
  const whole = mergeTally(emptyRoundTally(), survey);
  for (const s of counters.sessions.values()) mergeTally(whole, s.tally);
  return Object.assign(whole, { survey });
}

describe('the reconcile command', () => {
  it('reads its arguments and refuses what it cannot use, saying how to call it', () => {
    expect(parseReconcileArgs(['r_x', '--repair', '--endpoint', 'http://127.0.0.1:1'])).toMatchObject({
      roundId: 'r_x',
      repair: true,
      endpoint: 'http://127.0.0.1:1',
      table: 'promise-check',
    });
    expect(() => parseReconcileArgs([])).toThrow(/Name one round/);
    expect(() => parseReconcileArgs(['r x'])).toThrow(/not a round id/);
    expect(() => parseReconcileArgs(['r_x', '--aws', '--endpoint', 'http://x'])).toThrow(/not both/);
  });

  it('prints the report and exits 0 with no difference, 1 with differences, 0 again after --repair', async () => {
    const out: string[] = [];
    const run = (repair: boolean) =>
      runReconcileCommand(
        { roundId: ROUND, repair, json: false, aws: false, endpoint: inject('dynamoEndpoint'), table: TABLE },
        (t) => out.push(t),
      );
    expect(await run(false)).toBe(0);
    expect(out.at(-1)).toMatch(/^Round r_riverside_1 "Autumn 2026" \(open\).*no difference/);
    await nudge(keys.aggregate(ROUND, 1, 2), '#.c=in-care', 1);
    expect(await run(false)).toBe(1);
    expect(await run(true)).toBe(0);
    expect(out.at(-1)).toContain('check after repair: no difference');
    const missing = await runReconcileCommand(
      {
        roundId: 'r_nothing',
        repair: false,
        json: false,
        aws: false,
        endpoint: inject('dynamoEndpoint'),
        table: TABLE,
      },
      (t) => out.push(t),
    );
    expect(missing).toBe(2);
    expect(out.at(-1)).toMatch(/There is no round r_nothing/);
  });
});
