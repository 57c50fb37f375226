import { inject } from 'vitest';
import { DEMO_COUNCIL, DEMO_PASSWORD, DEMO_STAFF } from '../../functions/local/demo-council';
import { type DemoShape, seedDemo } from '../../functions/local/seed';
import { type LocalServer, type LocalServerOptions, startLocalServer } from '../../functions/local/server';

/**
 * The real local server (API, local sign-in and, unless `pages: false`, the built pages) on a free port,
 * against the run's DynamoDB Local, in a fresh table seeded with the Riverside demo.
 */
export const startTestServer = async (
  options: Partial<LocalServerOptions> = {},
  demo: DemoShape = 'fixture',
): Promise<LocalServer> => {
  const server = await startLocalServer({
    endpoint: inject('dynamoEndpoint'),
    tableName: `srv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    quiet: true,
    ...options,
  });
  await seedDemo(server.store, server.users, new Date(), DEMO_PASSWORD, demo);
  return server;
};

export const demoEmail = (role: (typeof DEMO_STAFF)[number]['roles'][number]) =>
  DEMO_STAFF.find((s) => s.roles.includes(role))!.email;

/** A bearer token for a demo staff member, through the same login endpoint the sign-in page uses. */
export const loginToken = async (server: LocalServer, email: string, password = DEMO_PASSWORD): Promise<string> => {
  const res = await fetch(`${server.url}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
};

export { DEMO_COUNCIL, DEMO_PASSWORD, DEMO_STAFF };
