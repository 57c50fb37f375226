/**
 * A short survey on a 360 px phone: the round asks 12 of the pledge's 20 promises. The young person sees how long
 * it takes, answers their own set, chooses "Rate some more?" once, stops the next time, checks and sends; every
 * rating is counted exactly once, and nobody else's set is the same promises in the same order.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS, MORE_PROMISES_STEP } from '../../shared/limits';
import { RATINGS, type Rating } from '../../shared/rating';
import { launchBrowser, phoneContext } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { checkYoungPersonPage, expectRatedOnce, storedCounts } from '../support/survey-pages';

const ROUND = 'r_shortshire_1';
const PROMISES = DEMO_PLEDGE.sections.flatMap((s) => s.promises);
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await seedCouncil(server.store, {
    council: {
      councilId: 'c_shortshire',
      slug: 'shortshire',
      name: 'Shortshire Council',
      helpContacts: [{ name: 'Shortshire Children’s Rights', phone: '020 7946 0222' }],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: 'pl_shortshire',
    pledge: DEMO_PLEDGE,
    roundId: ROUND,
    roundName: 'Spring 2027',
    now: new Date(),
    promisesPerPerson: null,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a short survey on a phone', () => {
  it('says "12 questions, about 4 minutes", asks 12, then a few more once, and counts each rating once', async () => {
    expect(PROMISES).toHaveLength(20);
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const axe: string[] = [];
    await page.goto(`${server.url}/c/shortshire`);
    await page.getByRole('heading', { name: /are we keeping our promises/ }).waitFor();
    await page.getByText('12 questions, about 4 minutes').waitFor();
    await page.getByText('We made 20 promises to you. We will ask you about 12 of them.', { exact: false }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'short-01-start')));
    await page.getByRole('button', { name: 'Start' }).click();

    const byText = new Map(PROMISES.map((p) => [p.easyRead ?? p.text, p.promiseId]));
    const given: Record<string, Rating> = {};
    const answer = async (i: number, total: number) => {
      await expect.poll(() => page.locator('.progress-text').textContent()).toBe(`Promise ${i + 1} of ${total}`);
      const id = byText.get((await page.locator('h1').textContent()) ?? '');
      expect(id, 'a promise of the pledge').toBeDefined();
      expect(given[id!], 'each promise asked once').toBeUndefined();
      const r = RATINGS[i % RATINGS.length]!;
      await page.locator(`.answer-${r}`).click();
      given[id!] = r;
      await page.locator('.nav button[type=submit]').click();
    };
    for (let i = 0; i < 12; i++) await answer(i, 12);

    await page.getByRole('heading', { name: 'Rate some more?' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'short-02-rate-some-more')));
    await page.getByRole('button', { name: `Yes, ${MORE_PROMISES_STEP} more` }).click();
    const total = 12 + MORE_PROMISES_STEP;
    for (let i = 12; i < total; i++) await answer(i, total);

    // Offered again while promises are left; this time they stop.
    await page.getByRole('heading', { name: 'Rate some more?' }).waitFor();
    await page.getByRole('button', { name: 'No, I am done' }).click();
    await page.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    await page.locator('.nav button[type=submit]').click();
    await page.locator('.nav button[type=submit]').click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await page.getByText(`You answered ${total} of ${total} promises.`).waitFor();
    // Only the promises asked are listed.
    expect(await page.locator('.review-list li').count()).toBe(total);
    axe.push(...(await checkYoungPersonPage(page, 'short-03-review')));
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'short-04-thank-you')));

    const counts = await storedCounts(server, ROUND);
    expect(counts.responses).toBe(1);
    expectRatedOnce(counts, PROMISES, given);
    expect(Object.keys(given)).toHaveLength(total);
    expect(errors).toEqual([]);
    expect(axe).toEqual([]);
    await context.close();
  });

  it('keeps the set chosen online with the progress, and a phone with no signal still gets a set of 12', async () => {
    const context = await phoneContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const heading = () => page.locator('h1').textContent();
    await page.goto(`${server.url}/c/shortshire`);
    await page.getByText('12 questions, about 4 minutes').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.locator('.progress-text').textContent()).toBe('Promise 1 of 12');
    const first = await heading();
    await page.locator('.answer-yes').click();
    await page.locator('.nav button[type=submit]').click();
    await expect.poll(() => page.locator('.progress-text').textContent()).toBe('Promise 2 of 12');
    const second = await heading();

    // No signal: the survey opens from the phone with the same set, in the same order.
    await context.setOffline(true);
    await page.reload();
    await page.getByText('Someone started this survey on this phone. 1 of 12 are done. Was it you?').waitFor();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await expect.poll(() => page.locator('.progress-text').textContent()).toBe('Promise 2 of 12');
    expect(await heading()).toBe(second);
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await heading()).toBe(first);

    // Someone else on the same phone, still offline: a new set of 12, chosen at random with no counts.
    await page.reload();
    await page.getByRole('button', { name: 'Someone else wants to answer on this phone' }).click();
    await page.getByRole('button', { name: 'Yes, wipe them and start' }).click();
    await expect.poll(() => page.locator('.progress-text').textContent()).toBe('Promise 1 of 12');
    const kept = await page.evaluate(() =>
      Object.values(localStorage).flatMap((v) => {
        const p = JSON.parse(v) as { asked?: string[]; ratings?: object };
        return p.asked ? [p] : [];
      }),
    );
    expect(kept).toHaveLength(1);
    expect(new Set(kept[0]!.asked).size).toBe(12);
    expect(kept[0]!.ratings).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says how long it takes on a projector and a council laptop too', async () => {
    for (const [name, viewport] of [
      ['short-05-start-1280', { width: 1280, height: 720 }],
      ['short-06-start-1366', { width: 1366, height: 768 }],
    ] as const) {
      const context = await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.url}/c/shortshire`);
      await page.getByText('12 questions, about 4 minutes').waitFor();
      expect(await checkYoungPersonPage(page, name)).toEqual([]);
      await context.close();
    }
    const context = await phoneContext(browser, { locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${server.url}/c/shortshire`);
    await page.getByText('12 سؤالًا، في نحو 4 دقائق').waitFor();
    expect(await checkYoungPersonPage(page, 'short-07-start-ar')).toEqual([]);
    await context.close();
  });
});
