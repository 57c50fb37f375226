import type { Browser, BrowserContext } from 'playwright-core';
import type { LocalServer } from '../../functions/local/server';
import { STAFF_SESSION_KEYS } from '../../web/src/staff/session';
import { desktopContext } from './browser';
import { demoEmail, loginToken } from './local-server';

/** A laptop browser signed in as the demo council's staff member with this role, as the sign-in page leaves it. */
export const signedInAs = async (
  browser: Browser,
  server: LocalServer,
  role: Parameters<typeof demoEmail>[0],
): Promise<BrowserContext> => {
  const context = await desktopContext(browser);
  await context.addInitScript(([key, token]) => sessionStorage.setItem(key, token), [
    STAFF_SESSION_KEYS.idToken,
    await loginToken(server, demoEmail(role)),
  ] as const);
  return context;
};

/** Closes the demo council's open round a minute ago, so a test can open the next one from the rounds page. */
export const closeDemoRound = async (server: LocalServer): Promise<void> => {
  const round = (await server.store.rounds.get('r_riverside_1'))!;
  await server.store.rounds.put({ ...round, closesAt: new Date(Date.now() - 60_000).toISOString() });
};
