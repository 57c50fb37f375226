/**
 * The server under load, in a process of its own so that its memory is measured apart from the simulated
 * phones: the local server (the real Hono app) against the DynamoDB Local whose endpoint it is given, with a
 * council whose pledge is a real document put through the importer and one open round. It answers the
 * runner's messages: `memory` (heap after a full garbage collection) and `close`.
 */
import { readdirSync } from 'node:fs';
import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import { startLocalServer } from '../../functions/local/server';
import {
  DEFAULT_COMMENT_RETENTION_DAYS,
  DEFAULT_THRESHOLDS,
  STAFF_TOKEN_MAX_LIFETIME_SECONDS,
} from '../../shared/limits';
import { promisesOf } from '../../shared/schemas/pledge';
import { finaliseRound } from '../support/board';
import { havePledges, PLEDGES_DIR, seedPledgeCouncil } from '../support/pledge-council';
import type { FromServer, ToServer } from './messages';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const endpoint = process.env.LOAD_DYNAMO_ENDPOINT;
const tableName = process.env.LOAD_TABLE;
if (!endpoint || !tableName || !process.send)
  throw new Error('Start this from test/load/run.ts (it needs LOAD_DYNAMO_ENDPOINT, LOAD_TABLE and an IPC channel).');
const send = (m: FromServer) => process.send!(m);
const gc = (globalThis as { gc?: () => void }).gc;

// Every request the server receives is timed from its arrival until its answer is sent or its connection
// closes, below the app, so a request stuck anywhere in it shows here.
const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();
const open = new Map<ServerResponse, { request: string; at: number }>();
let answered = 0;
let slowest = { ms: 0, request: '' };
let slowestSession = { ms: 0, request: '' };
const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const entry = { request: `${req.method} ${req.url}`, at: performance.now() };
    open.set(res, entry);
    res.once('close', () => {
      open.delete(res);
      answered++;
      const ms = performance.now() - entry.at;
      if (ms > slowest.ms) slowest = { ms, request: entry.request };
      if (entry.request.includes('/api/public/sessions/') && ms > slowestSession.ms)
        slowestSession = { ms, request: entry.request };
    });
  }
  return (emit as (this: Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
} as typeof Server.prototype.emit;

const ids = { councilId: 'c_loadshire', slug: 'loadshire', roundId: 'r_loadshire_1' };
const server = await startLocalServer({ endpoint, tableName, pages: false, quiet: true });

// The 65-promise pledge when the pledge documents sit beside the project; otherwise the demo pledge, said aloud.
const pledgeFile = havePledges()
  ? readdirSync(PLEDGES_DIR).find((f) => f.startsWith('003_') && f.endsWith('.txt'))
  : undefined;
let pledgeName: string;
let promiseIds: string[];
if (pledgeFile) {
  const seeded = await seedPledgeCouncil(server, pledgeFile, ids);
  pledgeName = pledgeFile;
  promiseIds = promisesOf(seeded.pledge).map((p) => p.promiseId);
} else {
  await seedCouncil(server.store, {
    council: {
      councilId: ids.councilId,
      slug: ids.slug,
      name: 'Loadshire',
      helpContacts: [],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: 'pl_loadshire',
    pledge: DEMO_PLEDGE,
    roundId: ids.roundId,
    roundName: 'Load round',
    now: new Date(),
  });
  pledgeName = 'the demo pledge (../shared/pledges is not beside this checkout)';
  promiseIds = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
}
const staffToken = await server.idp.issueToken(
  {
    sub: 'load-staff',
    email: 'staff@loadshire.example',
    roles: ['facilitator', 'board-member', 'council-admin'],
    councilId: ids.councilId,
  },
  // The longest lifetime the API takes (a load run lasts minutes).
  { ttlSeconds: STAFF_TOKEN_MAX_LIFETIME_SECONDS },
);

process.on('message', (m: ToServer) => {
  if (m.kind === 'memory') {
    // Twice: the first collection can leave work for the second (weak references, finalisers).
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    // LOAD_HEAP_SNAPSHOTS: a heap snapshot beside each figure, to see what a growth is made of.
    if (m.snapshot) writeHeapSnapshot(m.snapshot);
    send({ kind: 'memory', heapUsed, rss, gcRan: gc !== undefined });
  }
  if (m.kind === 'requests') {
    const now = performance.now();
    const unanswered = [...open.values()].map((o) => ({ request: o.request, ageMs: Math.round(now - o.at) }));
    send({
      kind: 'requests',
      answered,
      slowestMs: Math.round(slowest.ms),
      slowest: slowest.request,
      slowestSessionMs: Math.round(slowestSession.ms),
      slowestSession: slowestSession.request,
      unanswered,
      loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
      loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    });
  }
  if (m.kind === 'finalise') void finaliseRound(server.store, ids.roundId).then(() => send({ kind: 'finalised' }));
  if (m.kind === 'close') void server.close().then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));

send({ kind: 'ready', url: server.url, ...ids, pledgeName, promiseIds, staffToken });
