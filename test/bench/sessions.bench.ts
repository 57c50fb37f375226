/**
 * One In Care Council session of 60 phones against the local server (DynamoDB Local), driven the way
 * the pages drive it: every phone polls the state every PARTICIPANT_POLL_MS with If-None-Match, the
 * presenter polls its live counts every PRESENTER_POLL_MS, the facilitator steps through 10 promises,
 * each phone votes, a third change their vote, some resend a vote. Prints:
 *  - vote sent → the presenter's count includes it (p50/p95): the first presenter poll that began after the
 *    vote was acknowledged, so an upper bound of what the screen shows;
 *  - "next" sent → each phone shows the new promise (p50/p95), and → all 60 show it;
 *  - errors, whether the final counts are exact, and what one session costs: HTTP requests and DynamoDB
 *    reads per minute (the document client's send is wrapped here to count them, with the read units
 *    DynamoDB reports). Goal: both p95 under 1.5 s.
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEMO_COUNCIL, DEMO_PLEDGE, DEMO_STAFF } from '../../functions/local/demo-council';
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { seedDemo } from '../../functions/local/seed';
import { startLocalServer } from '../../functions/local/server';
import { emptyCounts, RATINGS, type Rating, type RatingCounts } from '../../shared/rating';
import { LARGEST_ROOM } from '../../shared/room';
import { promisesOf } from '../../shared/schemas/pledge';
import { SESSION_GROUPS } from '../../shared/sessions/groups';
import type { Joined, Live, PublicState, SessionWithState } from '../../shared/sessions/schemas';
import { PARTICIPANT_POLL_MS, PRESENTER_POLL_MS } from '../../shared/sessions/timing';
import { fmt, summarise } from './support';

const PHONES = 60;
const PROMISE_COUNT = 10;
const VOTE_WINDOW_MS = 3_000;
const CHANGE_SHARE = 1 / 3;
const REPLAY_SHARE = 0.1;
const GOAL_MS = 1_500;
const ROUND = 'r_riverside_1';

// --- Count every DynamoDB call the server makes, and the read units DynamoDB reports for each read.
const READS = new Set(['GetCommand', 'QueryCommand', 'BatchGetCommand', 'ScanCommand', 'TransactGetCommand']);
const calls = new Map<string, number>();
let readUnits = 0;
let counting = false;
type Send = (
  command: { constructor: { name: string }; input: Record<string, unknown> },
  ...rest: unknown[]
) => Promise<Record<string, unknown>>;
const proto = DynamoDBDocumentClient.prototype as unknown as { send: Send };
const send = proto.send;
proto.send = async function (this: unknown, command, ...rest) {
  const name = command.constructor.name;
  const read = READS.has(name);
  if (read) command.input.ReturnConsumedCapacity = 'TOTAL';
  const out = await send.call(this, command, ...rest);
  if (counting) {
    calls.set(name, (calls.get(name) ?? 0) + 1);
    const used = out.ConsumedCapacity as { CapacityUnits?: number } | undefined;
    if (read) readUnits += used?.CapacityUnits ?? 0;
  }
  return out;
};
const snapshot = () => ({ calls: new Map(calls), readUnits, requests: requests.total, at: performance.now() });
const reads = (m: Map<string, number>) => [...m].filter(([k]) => READS.has(k)).reduce((a, [, n]) => a + n, 0);

// --- HTTP, counted by kind; anything but 2xx/304 is an error.
const requests = { total: 0, polls: 0, notModified: 0, live: 0, votes: 0, control: 0, errors: [] as string[] };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const dynamo = await startDynamoLocal();
const server = await startLocalServer({
  endpoint: dynamo.endpoint,
  tableName: 'bench-sessions',
  pages: false,
  quiet: true,
});
await seedDemo(server.store, server.users);
const facilitator = DEMO_STAFF.find((s) => s.roles.includes('facilitator'))!;
const token = await server.idp.issueToken({
  sub: 'bench',
  email: facilitator.email,
  roles: facilitator.roles,
  councilId: facilitator.councilId,
});

const http = async (
  path: string,
  init: { method?: string; body?: unknown; token?: string; etag?: string | null } = {},
) => {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.etag) headers['if-none-match'] = init.etag;
  requests.total++;
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok && res.status !== 304)
    requests.errors.push(`${init.method ?? 'GET'} ${path} → ${res.status} ${await res.text()}`);
  return res;
};

const base = `/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`;
const promiseIds = promisesOf(DEMO_PLEDGE)
  .slice(0, PROMISE_COUNT)
  .map((p) => p.promiseId);
const created = (await (
  await http(base, {
    method: 'POST',
    token,
    body: { roundId: ROUND, promiseIds, roomSize: LARGEST_ROOM, mode: 'phones' },
  })
).json()) as SessionWithState;
const sessionId = created.session.sessionId;
let version = created.state.version;
const control = async (action: string) => {
  requests.control++;
  const res = await http(`${base}/${sessionId}/control`, { method: 'POST', token, body: { action, version } });
  version = ((await res.json()) as PublicState).version;
};

// --- The phones.
interface Phone {
  token: string;
  seq: number;
  etag: string | null;
  promiseId: string | null;
  /** When this phone first showed each promise. */
  shownAt: Map<string, number>;
  final: Map<string, Rating>;
  timer?: ReturnType<typeof setTimeout>;
}
const phones: Phone[] = [];
await Promise.all(
  Array.from({ length: PHONES }, async (_, i) => {
    const phone: Phone = {
      token: crypto.randomUUID(),
      seq: 0,
      etag: null,
      promiseId: null,
      shownAt: new Map(),
      final: new Map(),
    };
    const group = SESSION_GROUPS[i % SESSION_GROUPS.length];
    await http(`/api/public/sessions/${sessionId}/participants`, {
      method: 'POST',
      body: { participantToken: phone.token, group },
    }).then((r) => r.json() as Promise<Joined>);
    phones.push(phone);
  }),
);

let polling = true;
const pollPhone = async (phone: Phone) => {
  requests.polls++;
  const res = await http(`/api/public/sessions/${sessionId}/state`, { etag: phone.etag });
  if (res.status === 304) requests.notModified++;
  else if (res.ok) {
    phone.etag = res.headers.get('etag');
    const state = (await res.json()) as PublicState;
    if (state.promiseId && state.promiseId !== phone.promiseId) phone.shownAt.set(state.promiseId, performance.now());
    phone.promiseId = state.promiseId;
  }
  if (polling) phone.timer = setTimeout(() => void pollPhone(phone), PARTICIPANT_POLL_MS);
};
// Phones opened the page at different moments: their polls are spread over the interval.
for (const phone of phones) phone.timer = setTimeout(() => void pollPhone(phone), Math.random() * PARTICIPANT_POLL_MS);

// --- The presenter's screen: every poll's start, end and what it showed.
const presenterLog: { start: number; end: number; live: Live }[] = [];
let liveEtag: string | null = null;
let lastLive: Live | null = null;
const pollPresenter = async () => {
  while (polling) {
    const start = performance.now();
    requests.live++;
    const res = await http(`${base}/${sessionId}/live`, { token, etag: liveEtag });
    if (res.ok) {
      liveEtag = res.headers.get('etag');
      lastLive = (await res.json()) as Live;
    }
    if (lastLive) presenterLog.push({ start, end: performance.now(), live: lastLive });
    await sleep(PRESENTER_POLL_MS);
  }
};
const presenter = pollPresenter();

// --- Lobby: 10 s of nothing but polling, the floor of what a session costs.
await sleep(1_500);
counting = true;
const lobbyStart = snapshot();
await sleep(10_000);
const lobbyEnd = snapshot();

// --- The session.
const nextSent: { promiseId: string; at: number }[] = [];
const votes: { promiseId: string; sent: number; acked: number }[] = [];
const vote = async (phone: Phone, promiseId: string, rating: Rating, replay = false) => {
  const seq = replay ? phone.seq : ++phone.seq;
  const sent = performance.now();
  requests.votes++;
  const res = await http(`/api/public/sessions/${sessionId}/votes/${promiseId}`, {
    method: 'PUT',
    body: { participantToken: phone.token, rating, seq },
  });
  await res.arrayBuffer();
  if (res.ok && !replay) {
    votes.push({ promiseId, sent, acked: performance.now() });
    phone.final.set(promiseId, rating);
  }
};
const pick = () => RATINGS[Math.floor(Math.random() * RATINGS.length)]!;

const sessionStart = snapshot();
for (const promiseId of promiseIds) {
  nextSent.push({ promiseId, at: performance.now() });
  await control('next');
  // The room reads the promise, then votes over a few seconds; some change their mind, some phones resend.
  await Promise.all(
    phones.map(async (phone) => {
      await sleep(300 + Math.random() * VOTE_WINDOW_MS);
      const first = pick();
      await vote(phone, promiseId, first);
      if (Math.random() < REPLAY_SHARE) await vote(phone, promiseId, first, true);
      if (Math.random() < CHANGE_SHARE) {
        await sleep(300 + Math.random() * 700);
        await vote(phone, promiseId, RATINGS[(RATINGS.indexOf(first) + 1) % RATINGS.length]!);
      }
    }),
  );
  await sleep(PRESENTER_POLL_MS * 2);
  await control('close-voting');
}
await sleep(PARTICIPANT_POLL_MS * 2);
const sessionEnd = snapshot();
const liveBeforeEnd = ((await (await http(`${base}/${sessionId}/live`, { token })).json()) as Live).counts ?? {};
await control('end');
counting = false;
polling = false;
for (const phone of phones) clearTimeout(phone.timer);
await presenter;

// --- Figures.
const expected = new Map<string, RatingCounts>(promiseIds.map((id) => [id, emptyCounts()]));
for (const phone of phones) for (const [id, r] of phone.final) expected.get(id)![r]++;

const voteLatency = votes.map((v) => {
  const seen = presenterLog.find((p) => p.start >= v.acked);
  return seen ? seen.end - v.sent : NaN;
});
const followEach: number[] = [];
const followAll: number[] = [];
for (const { promiseId, at } of nextSent) {
  const each = phones.map((p) => (p.shownAt.get(promiseId) ?? NaN) - at);
  followEach.push(...each);
  followAll.push(Math.max(...each));
}

const round = await server.store.aggregates.read(ROUND);
const exactLive = promiseIds.every((id) =>
  RATINGS.every((r) => liveBeforeEnd[id]?.phones?.[r] === expected.get(id)![r]),
);
const exactRound = promiseIds.every((id) =>
  RATINGS.every((r) => round.promises.get(id)?.bySource['session-vote'][r] === expected.get(id)![r]),
);
const people = round.responses.bySource['session-vote'];
const exact = exactLive && exactRound && people === PHONES;

const perMinute = (from: ReturnType<typeof snapshot>, to: ReturnType<typeof snapshot>) => {
  const minutes = (to.at - from.at) / 60_000;
  const diff = new Map([...to.calls].map(([k, n]) => [k, n - (from.calls.get(k) ?? 0)]));
  return {
    minutes,
    requests: (to.requests - from.requests) / minutes,
    reads: reads(diff) / minutes,
    readUnits: (to.readUnits - from.readUnits) / minutes,
    calls: [...diff]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k.replace('Command', '')} ${fmt(n / minutes, 0)}`)
      .join(', '),
  };
};
const lobby = perMinute(lobbyStart, lobbyEnd);
const live = perMinute(sessionStart, sessionEnd);
const v = summarise(voteLatency);
const e = summarise(followEach);
const a = summarise(followAll);

console.log(
  `One session: ${PHONES} phones, ${PROMISE_COUNT} promises, the presenter's screen; local server and DynamoDB Local`,
);
console.log(
  `  phones poll every ${PARTICIPANT_POLL_MS} ms, the presenter every ${PRESENTER_POLL_MS} ms, both with If-None-Match`,
);
console.log(
  `  vote sent → presenter's count includes it   p50 ${fmt(v.p50, 0)} ms   p95 ${fmt(v.p95, 0)} ms   max ${fmt(v.max, 0)} ms   (${v.n} votes)   goal p95 < ${GOAL_MS} ms: ${v.p95 < GOAL_MS ? 'met' : 'NOT MET'}`,
);
console.log(
  `  "next" sent → a phone shows the promise      p50 ${fmt(e.p50, 0)} ms   p95 ${fmt(e.p95, 0)} ms   max ${fmt(e.max, 0)} ms   (${e.n} phone-steps)   goal p95 < ${GOAL_MS} ms: ${e.p95 < GOAL_MS ? 'met' : 'NOT MET'}`,
);
console.log(
  `  "next" sent → all ${PHONES} phones show it        p50 ${fmt(a.p50, 0)} ms   p95 ${fmt(a.p95, 0)} ms   max ${fmt(a.max, 0)} ms   (${a.n} steps)`,
);
console.log(`  errors: ${requests.errors.length}${requests.errors.length ? ` (first: ${requests.errors[0]})` : ''}`);
console.log(
  `  final counts exact: ${exact ? 'yes' : 'NO'} (presenter ${exactLive ? 'matches' : 'differs'}, round counters ${exactRound ? 'match' : 'differ'}, ${people} of ${PHONES} people counted once)`,
);
console.log(
  `  cost while voting (${fmt(live.minutes, 2)} min): ${fmt(live.requests, 0)} requests/min, ${fmt(live.reads, 0)} DynamoDB reads/min (${fmt(live.readUnits, 0)} read units/min)`,
);
console.log(`      DynamoDB calls/min: ${live.calls}`);
console.log(
  `  cost while waiting in the lobby (${fmt(lobby.minutes, 2)} min): ${fmt(lobby.requests, 0)} requests/min, ${fmt(lobby.reads, 0)} DynamoDB reads/min (${fmt(lobby.readUnits, 0)} read units/min)`,
);
console.log(
  `  phone polls answered 304: ${fmt((100 * requests.notModified) / requests.polls, 1)}% of ${requests.polls}`,
);

await server.close();
await dynamo.stop();
process.exit(requests.errors.length === 0 && exact && Number.isFinite(v.p95) && Number.isFinite(e.p95) ? 0 : 1);
