/**
 * In AWS a young person's first request after a quiet spell may wait for a function to start. The survey
 * must stay usable when the API answers late: the page (served by CloudFront, never delayed) shows at once
 * with "Leave now" and a loading line, then the survey, and answers sent to a slow API are counted.
 * Locally the delay is the server's apiDelayMs (API_DELAY_MS for `npm start`).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { EDGE_CACHE_CONTROL } from '../../shared/limits';
import { launchBrowser, phoneContext } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

const DELAY_MS = 1_500;
let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ apiDelayMs: DELAY_MS });
  browser = await launchBrowser();
  context = await phoneContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the survey with a slow API', () => {
  it('shows the page and "Leave now" at once, then the survey, and counts answers sent to the slow API', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(DELAY_MS + 8_000);
    page.on('pageerror', (e) => problems.push(e.message));
    let answered = false;
    const data = page.waitForResponse((r) => r.url().endsWith(fill(API_PATHS.survey, { slug: DEMO_COUNCIL.slug })));
    void data.then(() => {
      answered = true;
    });
    const started = Date.now();
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.loading[role=status]').waitFor();
    await page.locator('.quick-exit').waitFor();
    // The page did not wait for its data: the loading line and the quick exit are there before the API answers.
    expect(answered).toBe(false);
    const axe = await checkYoungPersonPage(page, 'survey-slow-01-loading');

    const answer = await data;
    expect(answer.headers()['cache-control']).toBe(EDGE_CACHE_CONTROL);
    await page.getByRole('heading', { name: `${DEMO_COUNCIL.name}: are we keeping our promises?` }).waitFor();
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELAY_MS);

    await page.locator('.button.big').click();
    await page.locator('input[type=radio]').first().check();
    const promises = DEMO_PLEDGE.sections.flatMap((s) => s.promises).length;
    for (let i = 0; i < promises; i++) await page.locator('.nav button[type=submit]').click();
    await page.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    await page.locator('.nav button[type=submit]').click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await page.locator('.nav button[type=submit]').click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    const sent = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/responses'));
    await page.locator('.send-end').click();
    expect((await sent).status()).toBe(200);
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-slow-02-thanks')));
    expect(axe).toEqual([]);
    expect(problems).toEqual([]);
  });
});
