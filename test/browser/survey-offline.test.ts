/**
 * The survey's service worker on a phone: a young person who answered two promises loses the signal,
 * taps the link again and gets their survey back with those answers; the third answer and the sending
 * wait on the phone and go once the phone is online, counted once. A second visit online downloads no
 * asset again. The only browser test that lets the worker run (test/support/browser.ts blocks it).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../functions/api/security-headers';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { emptyCounts, type Rating } from '../../shared/rating';
import { promisesOf } from '../../shared/schemas/pledge';
import { NETWORK_TIMEOUT_MS } from '../../web/src/survey/sw-routes';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { checkYoungPersonPage, expectRatedOnce, postSubmission, storedCounts } from '../support/survey-pages';

const ROUND = 'r_riverside_1';
const SURVEY = `/c/${DEMO_COUNCIL.slug}`;
const PROMISES = promisesOf(DEMO_PLEDGE);
const EARLIER = 5;

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;

const stored = () => storedCounts(server, ROUND);
const next = (page: Page) => page.locator('.nav button[type=submit]').click();
const atPromise = (page: Page, n: number) =>
  expect.poll(() => page.locator('.progress-text').textContent()).toBe(`Promise ${n} of ${PROMISES.length}`);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // Earlier answers, so no promise's figures are hidden as "fewer than 5".
  for (let i = 0; i < EARLIER; i++) {
    const res = await postSubmission(server, ROUND, {
      submissionId: crypto.randomUUID(),
      ratings: Object.fromEntries(PROMISES.map((p) => [p.promiseId, 'yes'])),
    });
    expect(res.status).toBe(200);
  }
  context = await phoneContext(browser, { serviceWorkers: 'allow' });
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe('the survey with no signal', () => {
  it('opens again offline with the answers so far, keeps the rest on the phone and sends them once back online', async () => {
    expect((await stored()).responses).toBe(EARLIER);
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    // The worker is registered after load and takes charge of the page once it has kept what it needs.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.getByRole('button', { name: 'Start' }).click();
    await atPromise(page, 1);
    await page.locator('.answer-yes').click();
    await next(page);
    await atPromise(page, 2);
    await page.locator('.answer-no').click();
    await next(page);
    await atPromise(page, 3);

    // On the bus, no signal: the young person taps the link again.
    await context.setOffline(true);
    await page.reload();
    // The survey opens from the phone, with the council's promises and the two answers so far.
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await page
      .getByText(`Someone started this survey on this phone. 2 of ${PROMISES.length} are done. Was it you?`)
      .waitFor();
    // Truly offline: a request the worker has no copy of fails.
    expect(
      await page.evaluate(() =>
        fetch('/api/public/councils/nowhere').then(
          () => 'reached',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    expect(await checkYoungPersonPage(page, 'survey-offline-01-reopened')).toEqual([]);
    await page.getByRole('button', { name: 'Carry on' }).click();
    await atPromise(page, 3);
    // The answers given before the signal went are still there.
    await page.getByRole('button', { name: 'Back' }).click();
    await atPromise(page, 2);
    expect(await page.locator('input[type=radio]:checked').getAttribute('value')).toBe('no');
    await next(page);
    await atPromise(page, 3);
    await page.locator('.answer-sometimes').click();
    // The rest are skipped, straight on to sending.
    while (!(await page.getByRole('heading', { name: 'Check your answers' }).isVisible())) await next(page);
    await page.getByText('You answered 3 of', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    await page.getByText("Saved on this phone — we'll send it when you're online.").waitFor();
    await screenshot(page, 'survey-offline-02-saved');
    expect((await stored()).responses).toBe(EARLIER);

    // The signal is back: the answers go by themselves, and count once.
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 20_000 });
    const after = await stored();
    expect(after.responses).toBe(EARLIER + 1);
    const given: Record<string, Rating> = {
      [PROMISES[0]!.promiseId]: 'yes',
      [PROMISES[1]!.promiseId]: 'no',
      [PROMISES[2]!.promiseId]: 'sometimes',
    };
    expectRatedOnce(after, PROMISES, given, { ...emptyCounts(), yes: EARLIER });
    expect(errors).toEqual([]);
  });

  it('downloads no asset again on a second visit online', async () => {
    const page = await context.newPage();
    const fromNetwork: { url: string; bytes: number }[] = [];
    let fromPhone = 0;
    const sizing: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/assets/')) return;
      if (response.fromServiceWorker()) fromPhone++;
      else
        sizing.push(
          response
            .request()
            .sizes()
            .then(
              (s) => void fromNetwork.push({ url: response.url(), bytes: s.responseBodySize + s.responseHeadersSize }),
            ),
        );
    });
    await page.goto(`${server.url}${SURVEY}`, { waitUntil: 'networkidle' });
    // After a send, the survey opens on its start screen for whoever answers next.
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await Promise.all(sizing);
    expect(fromNetwork).toEqual([]);
    expect(fromPhone).toBeGreaterThan(0);
  });

  it("on a very slow link, shows the phone's copy of the survey data after about three seconds", async () => {
    let asked = 0;
    // The council's data takes ten seconds to come; the worker's own request is held here.
    await context.route('**/api/public/councils/riverside', async (r) => {
      asked++;
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await r.continue().catch(() => {});
    });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}${SURVEY}`);
    await page
      .getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' })
      .waitFor({ timeout: 9_000 });
    const waited = Date.now() - started;
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    expect(asked).toBeGreaterThan(0);
    expect(waited).toBeGreaterThanOrEqual(NETWORK_TIMEOUT_MS - 500);
    expect(waited).toBeLessThan(NETWORK_TIMEOUT_MS + 4_000);
    await page.close();
  });

  it("is served as JavaScript that every visit checks again, with the pages' security headers", async () => {
    const res = await fetch(`${server.url}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // The build wrote its version and the survey's assets in.
    expect(await res.text()).not.toContain('__SW_BUILD__');
  });

  it('leaves staff pages, writes and other API calls to the network', async () => {
    const page = await context.newPage();
    const viaWorker: string[] = [];
    page.on(
      'response',
      (r) => r.fromServiceWorker() && viaWorker.push(`${r.request().method()} ${new URL(r.url()).pathname}`),
    );
    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await page.evaluate(async () => {
      await fetch('/api/public/councils/riverside/actions');
      await fetch('/api/public/councils/riverside', { headers: { Authorization: 'Bearer x' } });
      await fetch('/api/public/rounds/r_riverside_1/responses', {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
    });
    await page.goto(`${server.url}/staff`);
    await page.waitForLoadState('networkidle');
    expect(viaWorker.length).toBeGreaterThan(0);
    expect(
      viaWorker.filter((r) => !/^GET \/(c\/riverside|assets\/|api\/public\/councils\/riverside$)/.test(r)),
    ).toEqual([]);
  });
});
