/**
 * What `npm start` lets other machines reach, and the demo password of this install. The runner serves
 * real-looking data with no TLS, and DynamoDB Local has no authentication at all, so by default nothing
 * but this machine may reach either.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname } from 'node:path';

/** `npm start -- --listen-on-network`: serve the pages and API on a non-loopback HOST. */
export const LISTEN_ON_NETWORK_FLAG = '--listen-on-network';
/** `npm start -- --allow-open-dynamodb`: start even though DynamoDB Local answers from other machines. */
export const ALLOW_OPEN_DYNAMODB_FLAG = '--allow-open-dynamodb';

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

/** Why a HOST may not be used as asked, or null when it may. */
export const refusedHost = (host: string, flags: readonly string[]): string | null =>
  isLoopback(host) || flags.includes(LISTEN_ON_NETWORK_FLAG)
    ? null
    : `HOST=${host} would let other machines on the network open the survey, the staff pages and the API of this ` +
      `demo (plain HTTP, local sign-in). Leave HOST out to keep it on this machine, or start with ` +
      `"npm start -- ${LISTEN_ON_NETWORK_FLAG}" if that is what you want.`;

/** This machine's own addresses other than loopback (where another machine would reach it). */
export const outsideAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => a!.address);

const answers = (host: string, port: number, timeoutMs = 500): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });

/** Which of `addresses` a TCP port answers on. */
export const reachableOn = async (port: number, addresses: readonly string[]): Promise<string[]> => {
  const open = await Promise.all(addresses.map(async (a) => ((await answers(a, port)) ? a : null)));
  return open.filter((a): a is string => a !== null);
};

/**
 * DynamoDB Local (3.x) has no option to listen on loopback only (its options are -port, -inMemory,
 * -dbPath, -sharedDb, -cors, -delayTransientStatuses, -optimizeDbBeforeStartup, -disableTelemetry). With a JDK
 * our launcher keeps it on 127.0.0.1 (functions/local/dynamo-local.ts); in any case the runner checks where it
 * answers and refuses to go on when another machine could reach it.
 */
export const refusedOpenDynamo = (open: readonly string[], port: number, flags: readonly string[]): string | null =>
  open.length === 0 || flags.includes(ALLOW_OPEN_DYNAMODB_FLAG)
    ? null
    : `DynamoDB Local answers on port ${port} at ${open.join(', ')}, so any machine on this network could read and ` +
      `change every answer and comment without a password. This Java is a runtime without its compiler, so DynamoDB ` +
      `Local cannot be kept on this machine only: install a JDK (Debian/Ubuntu: sudo apt-get install -y ` +
      `openjdk-17-jdk-headless) and start again, or block incoming connections to port ${port} with a firewall. ` +
      `To start anyway, knowing this: "npm start -- ${ALLOW_OPEN_DYNAMODB_FLAG}".`;

/** This install's demo password: made at random the first time and kept (readable by this user only) in `file`. */
export const demoPasswordOf = (file: string): { password: string; made: boolean } => {
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), made: false };
  mkdirSync(dirname(file), { recursive: true });
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { password, made: true };
};
