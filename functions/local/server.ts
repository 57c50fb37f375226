import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { API_PREFIX } from '../../shared/api-paths';
import type { RateLimitPolicies } from '../../shared/rate-limits';
import { createApp } from '../api/app';
import type { AppDeps } from '../api/deps';
import { errorHandler, notFoundHandler } from '../api/middleware/errors';
import { PAGE_SECURITY_HEADERS } from '../api/security-headers';
import { cachedStore } from '../store/cached-store';
import { createDynamoClient, documentClient } from '../store/client';
import { ensureTable } from '../store/create-table';
import { dynamoStore } from '../store/dynamo';
import type { Store } from '../store/store';
import { TABLE } from '../store/table-design';
import { DEMO_PASSWORD } from './demo-council';
import { createDevIdentityProvider, type DevIdentityProvider } from './dev-idp';
import { DEV_LOGIN_PATH, devLoginRoutes } from './dev-routes';
import { type DevUserDirectory, devUserDirectory } from './dev-users';
import { outboxNotifier } from './outbox-notifier';
import { mountPages } from './pages';

export interface LocalServerOptions {
  /** DynamoDB Local (or any DynamoDB) endpoint. */
  endpoint: string;
  tableName?: string;
  port?: number;
  host?: string;
  /** Where the development identity provider keeps its signing key; a fresh key each start when absent. */
  keyFile?: string;
  /** Serve the built pages too (the runner and browser tests do; API-only tests and benchmarks need not). */
  pages?: boolean;
  now?: () => Date;
  quiet?: boolean;
  /**
   * The password of every invited account: DEMO_PASSWORD unless told (tests sign in with it); `npm start`
   * passes 'each-their-own', and each invited person's password is printed in the server log.
   */
  invitePassword?: string | 'each-their-own';
  /** Limits on anonymous writes: none unless given (tests and benchmarks send a room's worth from one address); `npm start` gives RATE_LIMITS. */
  rateLimits?: RateLimitPolicies | false;
  /**
   * Every API answer this much later, as a function's cold start makes it in AWS: to see the pages cope
   * with a slow API (`API_DELAY_MS=800 npm start`, and the tests and benchmarks that need it). Pages are
   * never delayed: CloudFront serves them from its cache.
   */
  apiDelayMs?: number;
}

export interface LocalServer {
  url: string;
  port: number;
  store: Store;
  users: DevUserDirectory;
  idp: DevIdentityProvider;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The whole product on one port: the Hono app, local sign-in and the pages. */
export const startLocalServer = async (options: LocalServerOptions): Promise<LocalServer> => {
  const client = createDynamoClient({ endpoint: options.endpoint });
  const tableName = options.tableName ?? TABLE.defaultName;
  await ensureTable(client, tableName);
  const db = documentClient(client);
  const store = cachedStore(dynamoStore(db, tableName));
  const log = (line: string) => options.quiet || console.log(line);
  const invitePassword = options.invitePassword ?? DEMO_PASSWORD;
  const users = devUserDirectory(db, tableName, {
    ...(invitePassword === 'each-their-own' ? {} : { invitePassword }),
    onInvite: (email, password) =>
      log(`Invited ${email}: locally they sign in with the password ${password} (Cognito e-mails one in AWS).`),
    ...(options.now ? { now: options.now } : {}),
  });
  const idp = await createDevIdentityProvider({
    ...(options.keyFile ? { keyFile: options.keyFile } : {}),
    current: (identity) => users.identity(identity.email),
  });
  const deps: AppDeps = {
    store,
    verifyStaffToken: idp.verifier,
    now: options.now ?? (() => new Date()),
    logger: { error: (message, extra) => log(JSON.stringify({ level: 'error', message, ...extra })) },
    notifier: outboxNotifier(db, tableName, log),
    directory: users,
    // One process locally, so a secret of its own per start; limits start afresh with it.
    clientKeySecret: randomBytes(32).toString('base64url'),
    rateLimits: options.rateLimits ?? false,
  };

  const root = new Hono();
  root.onError(errorHandler(deps.logger));
  // The same JSON 404 as the app's own (in Lambda the app is the root), not Hono's plain text.
  root.notFound(notFoundHandler);
  root.use('*', compress());
  root.route('/', devLoginRoutes(idp, users));
  // The pages read how staff sign in from /config.json; in AWS the stack writes it with the user pool's ids.
  root.get('/config.json', (c) => {
    // Answered before the pages' own header middleware runs, so it sets the same headers itself (CloudFront does in AWS).
    for (const [k, v] of Object.entries(PAGE_SECURITY_HEADERS)) c.header(k, v);
    return c.json({ auth: { kind: 'dev', loginPath: DEV_LOGIN_PATH } });
  });
  const delay = options.apiDelayMs ?? 0;
  if (delay > 0)
    root.use(`${API_PREFIX}/*`, async (_c, next) => {
      await new Promise((done) => setTimeout(done, delay));
      await next();
    });
  root.route('/', createApp(deps));
  if (options.pages !== false) mountPages(root);

  const server: ServerType = await new Promise((done) => {
    const s = serve({ fetch: root.fetch, port: options.port ?? 0, hostname: options.host ?? '127.0.0.1' }, () =>
      done(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    users,
    idp,
    deps,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        client.destroy();
      }),
  };
};

export const dataDirOf = (repoRoot: string) => join(repoRoot, '.data');
