/**
 * A staff sign-in in Chromium against the real local server, outliving its ID token: the page renews the
 * token itself (before a call when it has run out, and once when the server refuses it), sign-out revokes
 * the refresh token, and an ended sign-in says so plainly, without throwing away what was being typed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM } from '../../functions/api/auth/claims';
import { createDevIdentityProvider, DEV_TOKEN_TTL_SECONDS, type DevIdentity } from '../../functions/local/dev-idp';
import { DEV_REFRESH_PATH, DEV_REVOKE_PATH } from '../../functions/local/dev-routes';
import type { LocalServer } from '../../functions/local/server';
import { SIGNED_OUT_MESSAGE } from '../../web/src/staff/signed-out-message';
import { desktopContext, launchBrowser, screenshot } from '../support/browser';
import { DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

const ID_KEY = 'promise-check:staff-token';
const REFRESH_KEY = 'promise-check:staff-refresh';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

/** Signs in through the sign-in page; counts the page's renewals and the API's refusals. */
const signIn = async (role: 'board-member' | 'council-admin', next: string) => {
  const context = await desktopContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  const seen = { renewals: 0, refusals: 0, revocations: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith(DEV_REFRESH_PATH)) seen.renewals++;
    if (r.url().endsWith(DEV_REVOKE_PATH)) seen.revocations++;
  });
  page.on('response', (r) => r.url().includes('/api/staff/') && r.status() === 401 && seen.refusals++);
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}${next}`);
  return { page, seen };
};

const stored = (page: Page) =>
  page.evaluate(
    ([id, refresh]) => ({
      idToken: sessionStorage.getItem(id!),
      refreshToken: sessionStorage.getItem(refresh!),
      keys: Object.keys(sessionStorage),
    }),
    [ID_KEY, REFRESH_KEY],
  );
const putIdToken = (page: Page, token: string) =>
  page.evaluate(([key, t]) => sessionStorage.setItem(key!, t!), [ID_KEY, token]);

/** The identity inside the tab's token (the server verified it when it was issued). */
const identityOf = (token: string): DevIdentity => {
  const p = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
  return {
    sub: String(p.sub),
    email: String(p.email),
    roles: p[CLAIM.groups] as DevIdentity['roles'],
    councilId: (p[CLAIM.councilId] as string | undefined) ?? null,
  };
};
const expiryOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;
/** The same person's token, as it is an hour after it ran out. */
const expiredCopy = (token: string) =>
  server.idp.issueToken(identityOf(token), { issuedAt: Math.floor(Date.now() / 1000) - 2 * 3600, ttlSeconds: 3600 });

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

const scorecardHeading = (page: Page) =>
  page.getByRole('heading', { name: /Riverside Council: are we keeping our promises\?/ });

describe('staff sign-in that outlives its ID token', () => {
  it('renews an expired ID token before the call, and once after a refusal, and the scorecard still loads', async () => {
    const { page, seen } = await signIn('board-member', '/staff/scorecard');
    await scorecardHeading(page).waitFor();
    const first = await stored(page);
    expect(first.refreshToken).toBeTruthy();
    expect(seen).toEqual({ renewals: 0, refusals: 0, revocations: 0 });

    // An hour and more later: the token in the tab has run out, and the page knows it from `exp`.
    await putIdToken(page, await expiredCopy(first.idToken!));
    await page.reload();
    await scorecardHeading(page).waitFor();
    expect(seen).toEqual({ renewals: 1, refusals: 0, revocations: 0 });
    const renewed = (await stored(page)).idToken!;
    // A fresh token: nearly the whole of the ID token's lifetime (DEV_TOKEN_TTL_SECONDS) ahead of it.
    expect(expiryOf(renewed)).toBeGreaterThan(Date.now() + (DEV_TOKEN_TTL_SECONDS - 120) * 1000);

    // A token the page believes but the server refuses (signed by another key): refused once, renewed, sent again.
    const stranger = await createDevIdentityProvider();
    await putIdToken(page, await stranger.issueToken(identityOf(renewed)));
    await page.reload();
    await scorecardHeading(page).waitFor();
    expect(seen).toEqual({ renewals: 2, refusals: 1, revocations: 0 });
  });

  it('sign-out revokes the refresh token, then clears the tab; the old refresh token no longer renews', async () => {
    const { page, seen } = await signIn('board-member', '/staff/scorecard');
    await scorecardHeading(page).waitFor();
    const { refreshToken } = await stored(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/staff/sign-in`);
    expect(seen.revocations).toBe(1);
    expect((await stored(page)).keys).toEqual([]);
    const res = await fetch(`${server.url}${DEV_REFRESH_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(res.status).toBe(401);
  });

  it('an ended sign-in goes to the sign-in page, which says why and comes back to the same page', async () => {
    const { page } = await signIn('board-member', '/staff/scorecard');
    await scorecardHeading(page).waitFor();
    const { idToken, refreshToken } = await stored(page);
    server.idp.revoke(refreshToken!);
    await putIdToken(page, await expiredCopy(idToken!));
    await page.reload();
    await page.waitForURL(/\/staff\/sign-in\?why=expired&next=%2Fstaff%2Fscorecard$/);
    await page.getByText(SIGNED_OUT_MESSAGE).waitFor();
    expect((await stored(page)).keys).toEqual([]);
    await screenshot(page, 'staff-signed-out');
    await axeClean(page);

    await page.getByLabel('E-mail address').fill(demoEmail('board-member'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/staff/scorecard`);
    await scorecardHeading(page).waitFor();
  });

  it('while the person is typing, the page stays with what they typed and a notice on top', async () => {
    const { page } = await signIn('council-admin', '/staff/team');
    const email = page.getByLabel('Their work e-mail address');
    await email.fill('new.facilitator@riverside.example');
    const { idToken, refreshToken } = await stored(page);
    server.idp.revoke(refreshToken!);
    await putIdToken(page, await expiredCopy(idToken!));
    await page.getByRole('button', { name: 'Send invitation' }).click();

    const notice = page.getByRole('alert').filter({ hasText: SIGNED_OUT_MESSAGE });
    await notice.waitFor();
    expect(page.url()).toBe(`${server.url}/staff/team`);
    expect(await email.inputValue()).toBe('new.facilitator@riverside.example');
    expect(await notice.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe(
      '/staff/sign-in?why=expired&next=%2Fstaff%2Fteam',
    );
    await screenshot(page, 'staff-signed-out-while-typing', false);
    await axeClean(page);
  });
});
