/**
 * A whole real pledge (65 promises) answered on a phone, with the connection lost halfway: the answers
 * wait on the phone, survive the page being closed, go when it is back online, and the scorecard counts
 * every rating exactly once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Rating } from '../../shared/rating';
import { launchBrowser, phoneContext, screenshot, watchForeignRequests } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { havePledges, seedPledgeCouncil } from '../support/pledge-council';
import { checkYoungPersonPage, postSubmission, storedCounts } from '../support/survey-pages';

const FILE = '003_32f04cea583af548.txt';
const IDS = { councilId: 'c_testshire', slug: 'testshire', roundId: 'r_testshire_1' };
const EARLIER = 5; // answers already in, so no promise's figures are hidden as "fewer than 5"
const PATTERN: (Rating | 'skip')[] = ['yes', 'sometimes', 'no', 'dontknow', 'yes', 'no', 'skip'];

const pledgesPresent = havePledges();
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  if (!pledgesPresent) return;
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a real 65-promise pledge on a phone', () => {
  it.skipIf(!pledgesPresent)(
    pledgesPresent
      ? 'is answered with the connection lost halfway, and every rating is counted exactly once'
      : 'skipped: ../shared/pledges (the real pledge documents) is absent on this machine',
    async () => {
      const { council, round, pledge } = await seedPledgeCouncil(server, FILE, IDS);
      const promises = pledge.sections.flatMap((s) => s.promises);
      expect(promises).toHaveLength(65);
      for (let i = 0; i < EARLIER; i++) {
        const res = await postSubmission(server, round.roundId, {
          submissionId: crypto.randomUUID(),
          ratings: Object.fromEntries(promises.map((p) => [p.promiseId, 'yes'])),
        });
        expect(res.status).toBe(200);
      }

      const context = await phoneContext(browser);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const foreign = watchForeignRequests(page, server.url);
      const posts: number[] = [];
      page.on(
        'requestfinished',
        async (r) =>
          r.method() === 'POST' && r.url().includes('/responses') && posts.push((await r.response())?.status() ?? 0),
      );
      const apiCalls: string[] = [];
      page.on(
        'request',
        (r) => r.url().includes('/api/') && apiCalls.push(`${r.method()} ${new URL(r.url()).pathname}`),
      );
      const axe: string[] = [];

      await page.goto(`${server.url}/c/${council.slug}`);
      await page.getByRole('heading', { name: /are we keeping our promises/ }).waitFor();
      await expect.poll(() => page.getByText('We made 65 promises to you').count()).toBe(1);
      axe.push(...(await checkYoungPersonPage(page, 'pledge65-01-start')));
      await page.getByRole('button', { name: 'Start' }).click();

      const expected: Record<string, Rating> = {};
      for (const [i, p] of promises.entries()) {
        await expect.poll(() => page.locator('.progress-text').textContent()).toBe(`Promise ${i + 1} of 65`);
        await expect.poll(() => page.locator('h1').textContent()).toBe(p.text);
        const choice = PATTERN[i % PATTERN.length]!;
        if (choice !== 'skip') {
          await page.locator(`.answer-${choice}`).click();
          expected[p.promiseId] = choice;
        }
        if (i === 0) axe.push(...(await checkYoungPersonPage(page, 'pledge65-02-first-promise-answered')));
        if (i === 2) {
          await page.getByRole('button', { name: 'Add a comment' }).click();
          await page
            .getByLabel('Your comment about this promise')
            .fill('My social worker changed three times this year.');
          axe.push(...(await checkYoungPersonPage(page, 'pledge65-03-comment-open')));
        }
        if (i === 32) {
          // Halfway: the bus goes into a tunnel. The survey carries on; nothing needs the network now.
          await context.setOffline(true);
        }
        await page.locator('.nav button[type=submit]').click();
      }

      await page.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
      await page.locator('#final-comment').fill('Answer our messages faster.');
      await page.locator('.nav button[type=submit]').click();
      await page.getByLabel('14 to 17').check();
      await page
        .getByRole('group', { name: /in care now/ })
        .getByLabel('I would rather not say')
        .check();
      await page.locator('.nav button[type=submit]').click();
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      const answered = Object.keys(expected).length;
      await expect.poll(() => page.getByText(`You answered ${answered} of 65 promises.`).count()).toBe(1);
      axe.push(...(await checkYoungPersonPage(page, 'pledge65-04-review-offline')));

      // Sixty-five answers, two comments and the questions about you: nothing left the phone until Send.
      expect(apiCalls).toEqual([`GET /api/public/councils/${council.slug}`]);
      await page.getByRole('button', { name: 'Send my answers' }).first().click();
      await page.getByText("Saved on this phone — we'll send it when you're online.").waitFor();
      axe.push(...(await checkYoungPersonPage(page, 'pledge65-05-saved-offline')));
      expect(posts.filter((s) => s === 200)).toEqual([]);

      // The phone is put away: the page is closed while still offline. Later, with a connection, it is opened again.
      await page.close();
      await context.setOffline(false);
      const again = await context.newPage();
      again.on('pageerror', (e) => errors.push(e.message));
      await again.goto(`${server.url}/c/${council.slug}`);
      await again.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 15_000 });
      await again.getByText('Nothing here yet.', { exact: false }).waitFor();
      axe.push(...(await checkYoungPersonPage(again, 'pledge65-06-thank-you-after-reopening')));

      // The round's counters: every rating once, on top of the earlier answers.
      const counts = await storedCounts(server, round.roundId);
      expect(counts.responses).toBe(EARLIER + 1);
      for (const p of promises) {
        const want = { yes: EARLIER, sometimes: 0, no: 0, dontknow: 0 };
        const r = expected[p.promiseId];
        if (r) want[r]++;
        expect(counts.of(p.promiseId), p.text).toEqual(want);
      }
      // Nothing left on the phone but the note that answers were sent from it (and no cookie, ever).
      const kept = await again.evaluate(() => Object.entries(localStorage).sort());
      expect(kept).toEqual([['promise-check:sent-from-here', 'true']]);
      expect(await context.cookies()).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      expect(axe).toEqual([]);
      await screenshot(again, 'pledge65-07-final');
      await context.close();
    },
  );
});
