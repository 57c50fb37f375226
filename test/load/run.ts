/**
 * `npm run test:load`: a county answering at once, with the store falling over mid-way.
 *
 * Starts its own DynamoDB Local with its data on disk in a temporary folder and the local server in a
 * process of its own (so its memory is measured alone), gives it a council whose 65-promise pledge is a
 * real document put through the importer, and one open round. Then LOAD_PEOPLE simulated young people
 * (default 1,000; LOAD_CONCURRENCY at once, default 50) open the survey, answer at random, comment one
 * time in ten and send as the page does, while one LOAD_ROOM-phone session (default 60) votes promise
 * after promise. When half of them have been answered, DynamoDB Local is stopped for LOAD_OUTAGE_MS
 * (default 10 s) and started again on the same data.
 *
 * Afterwards it checks, prints and exits 1 on any failure: no 500; a Retry-After on every 503; every
 * answer sent within the phone's own timeout by the server's clock, none left unanswered (the phones'
 * own timeouts are printed beside it: on a crowded machine they include its scheduling); recovery without help, every submission a phone believes
 * sent stored exactly once, the counters equal to what the phones were told, the scorecard equal to a
 * recount of the raw records, `npm run reconcile` finding nothing, and the server's heap (after a full
 * garbage collection) within 20% of what it was before the run.
 * Flags override the variables: --people 300 --concurrency 50 --room 30 --outage-ms 10000.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type DynamoLocal, startDynamoLocal } from '../../functions/local/dynamo-local';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import type { Submission } from '../../shared/schemas/response';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { SEND_TIMEOUT_MS } from '../../web/src/survey/outbox';
import { fmt, runPool, summarise } from '../bench/support';
import {
  type Check,
  countsMatchPhones,
  expectedCounts,
  rawResponses,
  reconcileCommand,
  recount,
  scorecardMatchesRecount,
  storedExactlyOnce,
} from './checks';
import type { FromServer, Ready, ToServer } from './messages';
import { inFlight, request, samples, sleep } from './meter';
import { type RoomResult, runRoom, VOTE_TIMEOUT_MS } from './session-room';
import { type Sent, youngPerson } from './young-person';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values: flags } = parseArgs({
  options: {
    people: { type: 'string' },
    concurrency: { type: 'string' },
    room: { type: 'string' },
    'outage-ms': { type: 'string' },
  },
});
const setting = (flag: string | undefined, env: string, fallback: number, min: number) => {
  const raw = flag ?? process.env[env];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${env} (or its flag) must be a whole number of at least ${min}; it is "${raw}".`);
    process.exit(2);
  }
  return value;
};
const PEOPLE = setting(flags.people, 'LOAD_PEOPLE', 1_000, 10);
const CONCURRENCY = setting(flags.concurrency, 'LOAD_CONCURRENCY', 50, 1);
const ROOM = setting(flags.room, 'LOAD_ROOM', 60, 1);
const OUTAGE_MS = setting(flags['outage-ms'], 'LOAD_OUTAGE_MS', 10_000, 0);
/** Enough at full concurrency that the server's connection pools and compiled code are as a running server's are. */
const WARM_UP_PEOPLE = 50;
const WARM_UP_ROOM = 5;
const MEMORY_TOLERANCE = 0.2;
/** The store restarts cold (Java warming up); the server must answer from it again within this. */
const RECOVERY_LIMIT_MS = 30_000;
const OUTAGE_TAIL_MS = 10_000;
/** Past this the run is stuck, which is a failure of its own: generous, as a busy machine runs DynamoDB Local slowly. */
const WHOLE_RUN_LIMIT_MS = 5 * 60_000 + PEOPLE * 2_000;
const TABLE = 'load-test';

const started = performance.now();
const since = (t: number) => `${fmt((t - started) / 1000, 1)} s`;
const log = (line: string) => console.log(`[${since(performance.now())}] ${line}`);
const watchdog = setTimeout(() => {
  console.error(`The load run did not finish within ${WHOLE_RUN_LIMIT_MS / 60_000} minutes: something hangs.`);
  process.exit(1);
}, WHOLE_RUN_LIMIT_MS);
watchdog.unref();

// --- The store, on disk, and the server in its own process.
const dataDir = mkdtempSync(join(tmpdir(), 'promise-check-load-'));
// However the run ends (a failed check, the watchdog, an error), its data goes with it.
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
let dynamo: DynamoLocal = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb') });
const port = dynamo.port;
log(`DynamoDB Local on port ${port}, data on disk in ${dataDir}`);

const child = fork(new URL('./server-process.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, LOAD_DYNAMO_ENDPOINT: dynamo.endpoint, LOAD_TABLE: TABLE },
  stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
});
// The SDK warns on stderr for every store call past its timeout while the store is away or slow: counted, not printed.
let sdkTimeoutWarnings = 0;
child.stderr?.on('data', (d: Buffer) => {
  for (const line of d.toString().split('\n').filter(Boolean)) {
    if (line.includes('exceeded the configured') && line.includes('requestTimeout')) sdkTimeoutWarnings++;
    else process.stderr.write(`[server] ${line}\n`);
  }
});
const replies: ((m: FromServer) => void)[] = [];
child.on('message', (m: FromServer) => replies.shift()?.(m));
const ask = <K extends FromServer['kind']>(kind: K, message?: ToServer) =>
  new Promise<Extract<FromServer, { kind: K }>>((done, fail) => {
    const onExit = () => fail(new Error('The server process stopped'));
    child.once('exit', onExit);
    replies.push((m) => {
      child.off('exit', onExit);
      if (m.kind === kind) done(m as Extract<FromServer, { kind: K }>);
      else fail(new Error(`Expected ${kind} from the server, got ${m.kind}`));
    });
    if (message) child.send(message);
  });
const ready: Ready = await ask('ready');
const base = ready.url;
log(`Server up at ${base}: ${ready.pledgeName}, ${ready.promiseIds.length} promises, round ${ready.roundId}`);

const snapshots = process.env.LOAD_HEAP_SNAPSHOTS;
const memory = async (label: string) => {
  const m = await ask('memory', {
    kind: 'memory',
    ...(snapshots ? { snapshot: join(snapshots, `server-${label}.heapsnapshot`) } : {}),
  });
  if (!m.gcRan) throw new Error('The server process was not started with --expose-gc');
  return m;
};

// --- The phones: every submission is kept with what its phone was told.
const sent: Sent[] = [];
const attempted = new Set<string>();
let retries = 0;
const person = async (comment: boolean) => {
  const result = await youngPerson(base, ready.slug, comment, (retry) => void (retry && retries++));
  attempted.add(result.submission.submissionId);
  sent.push(result);
};

// A warm-up first, over every route the run uses (a small session, a scorecard read), so the heap measured
// "before" already holds what a running server always holds: compiled code, pooled connections.
const [warmRoom] = await Promise.all([
  runRoom({
    base,
    councilId: ready.councilId,
    roundId: ready.roundId,
    token: ready.staffToken,
    phones: WARM_UP_ROOM,
    promiseIds: ready.promiseIds.slice(0, 2),
    keepGoing: () => true,
  }),
  runPool(WARM_UP_PEOPLE, CONCURRENCY, (i) => person(i % 10 === 0)),
]);
await request(base, 'staff', `/api/staff/councils/${ready.councilId}/rounds/${ready.roundId}/scorecard`, {
  token: ready.staffToken,
  timeoutMs: 30_000,
});
const before = await memory('before');
log(
  `Warm-up: ${WARM_UP_PEOPLE} people sent, a ${WARM_UP_ROOM}-phone session, a scorecard read; server heap after GC ${fmt(before.heapUsed / 2 ** 20)} MiB`,
);

// --- The run. The phones' own process is watched too: a late answer may be its own lateness.
const phonesLoopDelay = monitorEventLoopDelay({ resolution: 20 });
phonesLoopDelay.enable();
let surveyDone = false;
const roomRun: Promise<RoomResult> = runRoom({
  base,
  councilId: ready.councilId,
  roundId: ready.roundId,
  token: ready.staffToken,
  phones: ROOM,
  promiseIds: ready.promiseIds,
  keepGoing: () => !surveyDone,
});

roomRun.catch((e: Error) => {
  console.error(`The session failed: ${e.message}`);
  process.exit(1);
});

let answered = 0;
// Every 15 s, a line on progress: what was answered lately and what is still waiting for an answer.
let seen = samples.length;
const heartbeat = setInterval(() => {
  const lately = new Map<string, number>();
  for (const s of samples.slice(seen))
    lately.set(`${s.kind} ${s.result}`, (lately.get(`${s.kind} ${s.result}`) ?? 0) + 1);
  seen = samples.length;
  const waiting =
    [...inFlight]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  log(
    `${answered} of ${PEOPLE} answered; last 15 s: ${[...lately].map(([k, n]) => `${k}×${n}`).join(', ') || 'nothing'}; waiting: ${waiting}`,
  );
  void ask('requests', { kind: 'requests' }).then((r) => {
    const stuck = r.unanswered.filter((u) => u.ageMs > SEND_TIMEOUT_MS);
    if (stuck.length > 0)
      log(
        `  the server has not answered ${stuck.length} request(s) for over ${SEND_TIMEOUT_MS / 1000} s: ${stuck
          .slice(0, 3)
          .map((u) => `${u.request} (${fmt(u.ageMs / 1000, 0)} s)`)
          .join(', ')}`,
      );
  });
}, 15_000);
const outage = { triggered: false, stoppedAt: NaN, backAt: NaN, done: Promise.resolve() };
const runStart = performance.now();
const survey = runPool(PEOPLE, CONCURRENCY, async (i) => {
  // Reading and tapping takes people a moment; a little of it keeps the phones from moving in lockstep.
  await sleep(Math.random() * 300);
  await person(i % 10 === 0);
  answered++;
  if (!outage.triggered && answered >= PEOPLE / 2) {
    outage.triggered = true;
    outage.done = (async () => {
      log(`${answered} people answered: stopping DynamoDB Local for ${OUTAGE_MS / 1000} s`);
      outage.stoppedAt = performance.now();
      await dynamo.stop();
      await sleep(OUTAGE_MS);
      dynamo = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb'), port });
      outage.backAt = performance.now();
      log(
        `DynamoDB Local back on port ${port} with the same data (away ${fmt((outage.backAt - outage.stoppedAt) / 1000)} s)`,
      );
    })();
  }
});
await survey;
await outage.done;
const surveyEnd = performance.now();
surveyDone = true;
log(`All ${PEOPLE} people done; waiting for the room to finish its promise`);
const room = await roomRun;
const runEnd = performance.now();
clearInterval(heartbeat);
log(`Room ended after ${room.promisesVoted.length} promises`);

// --- Checks.
const client = createDynamoClient({ endpoint: dynamo.endpoint });
const db = documentClient(client);
const believedSent: Submission[] = sent.filter((s) => s.outcome === 'sent').map((s) => s.submission);
const refused = sent.filter((s) => s.outcome === 'refused');
const raw = await rawResponses(db, TABLE, ready.roundId);
const rooms = [warmRoom, room];
const { tally, parts } = await recount(
  db,
  TABLE,
  raw,
  rooms.map((r) => r.sessionId),
);
// The board reads a round's figures once it is final: the round's close is moved back first.
await ask('finalised', { kind: 'finalise' });
const card = await request<Scorecard>(
  base,
  'staff',
  `/api/staff/councils/${ready.councilId}/rounds/${ready.roundId}/scorecard`,
  { token: ready.staffToken, timeoutMs: 30_000 },
);
const serverSide = await ask('requests', { kind: 'requests' });
const after = await memory('after');
const reconciled = await reconcileCommand(ready.roundId, dynamo.endpoint, TABLE);
client.destroy();

const during = (s: (typeof samples)[number]) => s.startedAt >= runStart;
const run = samples.filter(during);
const fiveHundreds = run.filter((s) => typeof s.result === 'number' && s.result >= 500 && s.result !== 503);
const unavailable = run.filter((s) => s.result === 503);
const timeouts = run.filter((s) => s.result === 'timeout');
/** While the store is away and coming back (and a little after): what the issue asks never to hang. */
const outageWindow = (s: (typeof samples)[number]) =>
  s.startedAt + s.ms >= outage.stoppedAt && s.startedAt <= outage.backAt + OUTAGE_TAIL_MS;
const outageTimeouts = timeouts.filter(outageWindow);
const longest = run.reduce((m, s) => Math.max(m, s.ms), 0);
/** The first answer from the store after it came back (phones' polls read it every second), and the first survey answers sent. */
const firstAfter = (kinds: string[]) =>
  run
    .filter((s) => kinds.includes(s.kind) && s.startedAt >= outage.backAt && s.result === 200)
    .reduce((m, s) => Math.min(m, s.startedAt + s.ms), Infinity) - outage.backAt;
const serverBack = firstAfter(['poll', 'vote', 'submit', 'join']);
const submitBack = firstAfter(['submit']);
const lastSent = sent.reduce((m, s) => Math.max(m, s.endedAt), 0) - outage.backAt;
const phase = (s: (typeof samples)[number]) =>
  s.startedAt + s.ms < outage.stoppedAt ? 'before' : s.startedAt <= outage.backAt ? 'during' : 'after';
const rateOf = (which: string) => {
  const inPhase = run.filter((s) => phase(s) === which);
  const n = inPhase.filter((s) => s.result === 503).length;
  return `${which} ${n} of ${inPhase.length} (${fmt((100 * n) / Math.max(1, inPhase.length))}%)`;
};
const growth = (after.heapUsed - before.heapUsed) / before.heapUsed;

const checks: Check[] = [
  {
    name: 'the store was stopped mid-way and started again',
    ok: outage.triggered && Number.isFinite(outage.backAt),
    detail: `away ${fmt((outage.backAt - outage.stoppedAt) / 1000)} s`,
  },
  {
    name: 'no 500 (or other 5xx than 503) was answered',
    ok: fiveHundreds.length === 0,
    detail: `${fiveHundreds.length} seen`,
  },
  {
    name: 'the server answered 503 while the store was away, each with Retry-After',
    ok: unavailable.length > 0 && unavailable.every((s) => s.retryAfter !== null),
    detail: `${unavailable.length} 503s, ${unavailable.filter((s) => s.retryAfter === null).length} without Retry-After`,
  },
  {
    name: `the server answered every request within the phone's timeout (session ${VOTE_TIMEOUT_MS / 1000} s, others ${SEND_TIMEOUT_MS / 1000} s), by its own clock`,
    ok:
      serverSide.slowestSessionMs < VOTE_TIMEOUT_MS &&
      serverSide.slowestMs < SEND_TIMEOUT_MS &&
      serverSide.unanswered.length === 0,
    detail: `${serverSide.answered} answered, slowest ${fmt(serverSide.slowestMs / 1000, 2)} s (${serverSide.slowest}), slowest session call ${fmt(serverSide.slowestSessionMs / 1000, 2)} s; ${serverSide.unanswered.length} unanswered${serverSide.unanswered[0] ? ` (${serverSide.unanswered[0].request}, ${fmt(serverSide.unanswered[0].ageMs / 1000, 0)} s)` : ''}`,
  },
  {
    name: `the server recovered by itself once the store was back (answers again within ${RECOVERY_LIMIT_MS / 1000} s)`,
    ok: serverBack <= RECOVERY_LIMIT_MS,
    detail: `first store-backed answer ${fmt(serverBack / 1000, 2)} s after the store was back; first survey sent ${fmt(submitBack / 1000, 2)} s after; the last waiting phone sent ${fmt(lastSent / 1000, 1)} s after`,
  },
  {
    name: 'every phone was in the end told its answers arrived',
    ok: refused.length === 0 && believedSent.length === PEOPLE + WARM_UP_PEOPLE,
    detail: `${believedSent.length} sent, ${refused.length} refused${refused[0] ? ` (first: ${refused[0].message})` : ''}`,
  },
  storedExactlyOnce(believedSent, attempted, raw),
  countsMatchPhones(tally, expectedCounts(believedSent, rooms), ready.promiseIds),
  card.result === 200 && card.body
    ? scorecardMatchesRecount(card.body, parts)
    : { name: 'the scorecard equals the recount', ok: false, detail: `the scorecard answered ${card.result}` },
  reconciled,
  {
    name: `the server's heap after the run is within ${MEMORY_TOLERANCE * 100}% of before`,
    ok: Math.abs(growth) <= MEMORY_TOLERANCE,
    detail: `${fmt(before.heapUsed / 2 ** 20)} MiB → ${fmt(after.heapUsed / 2 ** 20)} MiB (${growth >= 0 ? '+' : ''}${fmt(growth * 100)}%); rss ${fmt(before.rss / 2 ** 20, 0)} → ${fmt(after.rss / 2 ** 20, 0)} MiB`,
  },
];

// --- Figures.
const submits = run.filter((s) => s.kind === 'submit');
const latency = summarise(submits.map((s) => s.ms));
const calm = summarise(
  submits.filter((s) => s.startedAt + s.ms < outage.stoppedAt || s.startedAt > outage.backAt + 5_000).map((s) => s.ms),
);
const byKind = new Map<string, number>();
for (const s of run)
  if (s.result !== 200 && s.result !== 201 && s.result !== 304)
    byKind.set(`${s.kind} ${s.result}`, (byKind.get(`${s.kind} ${s.result}`) ?? 0) + 1);
const ends = sent.map((s) => s.ms);
const surveySeconds = (surveyEnd - runStart) / 1000;

console.log(`
Load and fault run: ${PEOPLE} young people (+${WARM_UP_PEOPLE} warm-up) at ${CONCURRENCY} at once, ${ready.promiseIds.length} promises (${ready.pledgeName}), one ${ROOM}-phone session; store stopped ${OUTAGE_MS / 1000} s mid-way
  duration                 ${fmt((runEnd - runStart) / 1000)} s (survey ${fmt(surveySeconds)} s, then the room's last promise); whole command ${since(performance.now())}
  submissions sustained    ${fmt(PEOPLE / surveySeconds)} per second over the whole survey phase, outage included
  requests                 ${run.length} (submit ${submits.length}, survey ${run.filter((s) => s.kind === 'survey').length}, session polls ${run.filter((s) => s.kind === 'poll').length}, votes ${run.filter((s) => s.kind === 'vote').length}, staff ${run.filter((s) => s.kind === 'control' || s.kind === 'staff').length})
  submit latency           p50 ${fmt(latency.p50, 0)} ms, p95 ${fmt(latency.p95, 0)} ms, p99 ${fmt(latency.p99, 0)} ms, max ${fmt(latency.max, 0)} ms (outside the outage: p50 ${fmt(calm.p50, 0)}, p95 ${fmt(calm.p95, 0)}, p99 ${fmt(calm.p99, 0)} ms)
  answers other than 2xx   ${byKind.size === 0 ? 'none' : [...byKind].map(([k, n]) => `${k}: ${n}`).join(', ')}
  503s seen                ${unavailable.length} (all with Retry-After: ${unavailable.every((s) => s.retryAfter !== null) ? 'yes' : 'NO'})
  retries                  ${retries} survey resends (same submission id); session: ${room.voteRetries} vote resends (same vote number), ${room.retaps} taps again after the page gave up
  max client wait          ${fmt(longest / 1000, 2)} s for one request; ${fmt(Math.max(...ends) / 1000, 1)} s from first try to "sent" for the unluckiest phone
  recovery                 server answering ${fmt(serverBack / 1000, 2)} s after the store was back; first survey sent ${fmt(submitBack / 1000, 2)} s after; last waiting phone sent ${fmt(lastSent / 1000, 1)} s after
  503s by phase            ${rateOf('before')}; ${rateOf('during')}; ${rateOf('after')} (outside the outage: the answer deadline shedding load)
  store calls past the SDK's timeout (its warnings)  ${sdkTimeoutWarnings}
  event loop delay         server p99 ${serverSide.loopDelayP99Ms} ms, max ${serverSide.loopDelayMaxMs} ms; the phones' process p99 ${fmt(phonesLoopDelay.percentile(99) / 1e6, 0)} ms, max ${fmt(phonesLoopDelay.max / 1e6, 0)} ms
  phone timeouts           ${timeouts.length} (${[...new Set(timeouts.map((t) => t.kind))].join(', ') || 'none'}), ${outageTimeouts.length} of them while the store was away or coming back; longest answer a phone waited for ${fmt(longest / 1000, 2)} s
                           (the server's own clock is the check: a phone's timeout beyond it is this machine's scheduling, shown by the event loop delays)
  session                  ${room.phones} phones, ${room.promisesVoted.length} promises, ${room.voteTaps} taps
  server heap after GC     before ${fmt(before.heapUsed / 2 ** 20)} MiB, after ${fmt(after.heapUsed / 2 ** 20)} MiB
  recount                  ${raw.length} raw survey responses + ${room.phones + warmRoom.phones} session phones (two sessions) = ${card.body?.people?.youngPeople ?? '?'} young people on the scorecard
`);
for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);

child.send({ kind: 'close' } satisfies ToServer);
await new Promise((done) => child.once('exit', done));
await dynamo.stop();
rmSync(dataDir, { recursive: true, force: true });
const failed = checks.filter((c) => !c.ok).length;
console.log(failed === 0 ? '\nAll checks passed.' : `\n${failed} check(s) FAILED.`);
process.exit(failed === 0 ? 0 : 1);
