/**
 * `npm start`: DynamoDB Local with its data on disk in .data/, the tables, the Riverside demo council,
 * the pages and the API on one port (3000, or PORT). Ctrl-C stops everything, DynamoDB Local included.
 * It stays on this machine: a non-loopback HOST needs --listen-on-network, and it will not run while
 * DynamoDB Local (no password, cannot listen on loopback only) answers from the network.
 */
import { join } from 'node:path';

// The SDK warns that releases after January 2027 will need Node 22; the versions pinned here run on 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { RATE_LIMITS } from '../../shared/rate-limits';
import { DEMO_COUNCIL, DEMO_STAFF } from './demo-council';
import { startDynamoLocal } from './dynamo-local';
import { demoPasswordOf, outsideAddresses, reachableOn, refusedHost, refusedOpenDynamo } from './exposure';
import { ensurePrerequisites } from './prerequisites/step';
import { realSystem } from './prerequisites/system';
import { seedDemo, seedDemoHistory, setDemoPasswords } from './seed';
import { dataDirOf, startLocalServer } from './server';
import { buildWebIfStale, REPO_ROOT } from './web-build';

const flags = process.argv.slice(2);
const host = process.env.HOST ?? '127.0.0.1';
const hostRefusal = refusedHost(host, flags);
if (hostRefusal) {
  console.error(hostRefusal);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number; it is "${process.env.PORT}".`);
  process.exit(1);
}
// API_DELAY_MS=800 npm start: every API answer that much later, as after a cold start in AWS.
const apiDelayMs = Number(process.env.API_DELAY_MS ?? 0);
if (!Number.isInteger(apiDelayMs) || apiDelayMs < 0 || apiDelayMs > 60_000) {
  console.error(
    `API_DELAY_MS must be a whole number of milliseconds up to 60000; it is "${process.env.API_DELAY_MS}".`,
  );
  process.exit(1);
}

// Java 17+ for DynamoDB Local: installed as root with apt-get where it is missing, else one line saying how.
if (!ensurePrerequisites('npm start', realSystem(), console.log, console.error).ok) process.exit(1);

const dataDir = dataDirOf(REPO_ROOT);
const started = Date.now();
console.log('Starting Promise Check…');
await buildWebIfStale();
const dynamo = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb') });
const dynamoRefusal = refusedOpenDynamo(await reachableOn(dynamo.port, outsideAddresses()), dynamo.port, flags);
if (dynamoRefusal) {
  console.error(dynamoRefusal);
  await dynamo.stop();
  process.exit(1);
}
const demo = demoPasswordOf(join(dataDir, 'demo-password'));

let shuttingDown = false;
const shutdown = async (code: number) => {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping… (DynamoDB Local too)');
  await server?.close().catch(() => {});
  await dynamo.stop();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('uncaughtException', (e) => {
  console.error(e);
  void shutdown(1);
});

let server: Awaited<ReturnType<typeof startLocalServer>> | undefined;
try {
  server = await startLocalServer({
    endpoint: dynamo.endpoint,
    port,
    host,
    invitePassword: 'each-their-own',
    keyFile: join(dataDir, 'dev-idp-key.json'),
    rateLimits: RATE_LIMITS,
    apiDelayMs,
  });
} catch (e) {
  const busy = (e as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(busy ? `Port ${port} is in use. Start on another with PORT=3001 npm start.` : e);
  await shutdown(1);
}
const seeded = await seedDemo(server!.store, server!.users, new Date(), demo.password, 'as-a-council-would');
// Demo data from before each install had its own password gets this install's.
if (seeded === 'present' && demo.made) await setDemoPasswords(server!.users, demo.password);
// An earlier round with final figures, so the demo board has something to read (not in tests' seed).
if (seeded === 'seeded') await seedDemoHistory(server!.store);
const url = server!.url;

console.log(`
Promise Check is running (${((Date.now() - started) / 1000).toFixed(1)} s, demo council ${seeded === 'seeded' ? 'created' : 'kept from last time'}; data in .data/).

  Young person's survey   ${url}/c/${DEMO_COUNCIL.slug}
  Join a live session     ${url}/join
  Staff sign-in           ${url}/staff/sign-in
  Scorecard               ${url}/staff/scorecard
  Live sessions (staff)   ${url}/staff/sessions
  API description         ${url}/api/openapi.json

Demo staff (password for all, this install's own, kept in .data/demo-password: ${demo.password})
${DEMO_STAFF.map((s) => `  ${s.label.padEnd(30)} ${s.email}`).join('\n')}

Press Ctrl-C to stop.`);
