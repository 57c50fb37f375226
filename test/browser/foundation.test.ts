/**
 * The product end to end, as the README's first user meets it: a young person answers the Riverside
 * demo survey on a phone; the demo board member, signed in through the sign-in page, sees that the open
 * round's figures do not move with one answer (they are released when the round is final), and then,
 * once it is, the scorecard counting exactly those answers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { promisesOf } from '../../shared/schemas/pledge';
import { finaliseRound } from '../support/board';
import { desktopContext, launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';
import { postSubmission } from '../support/survey-pages';

const ROUND = 'r_riverside_1';
const PROMISES = promisesOf(DEMO_PLEDGE);
const FIRST = PROMISES[0]!;

let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  // Five earlier answers of "Sometimes", so the first promise's counts are shown rather than "fewer than 5".
  for (let i = 0; i < 5; i++) {
    const res = await postSubmission(server, ROUND, {
      submissionId: crypto.randomUUID(),
      ratings: { [FIRST.promiseId]: 'sometimes' },
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The first promise's row of its section table: Yes, Sometimes, No, Don't know and n, as the board reads them. */
const firstPromiseCounts = async (page: Page) => {
  const row = page.locator('table.scorecard tbody tr', {
    has: page.getByRole('link', { name: FIRST.text, exact: true }),
  });
  await row.waitFor();
  return (await row.locator('td.count').allTextContents()).map((t) => t.trim());
};
const responses = (page: Page) => page.locator('.overview .big-figure').textContent();
const progress = (page: Page) => page.locator('.release-notice').textContent();

describe('the demo on a laptop', () => {
  it('a young person answers on a phone; the board sees nothing move while the round is open, then that answer once it is final', async () => {
    const staff = await (await desktopContext(browser)).newPage();
    await staff.goto(`${server.url}/staff/sign-in`);
    await staff.getByLabel('E-mail address').fill(demoEmail('board-member'));
    await staff.getByLabel('Password').fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    // Open: no figure, only progress in fives and when the figures will be released.
    expect(await progress(staff)).toContain('At least 5 young people have answered the survey so far');
    expect(await firstPromiseCounts(staff)).toEqual(['', '', '', '', '']);
    const before = await staff.locator('main').textContent();
    // The whole scorecard fits a laptop screen's width: nothing to scroll sideways.
    expect(
      await staff.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await screenshot(staff, 'foundation-board-before', false);

    // A young person: start, "Yes, kept" to the first promise, skip the rest, send.
    const phone = await (await phoneContext(browser)).newPage();
    await phone.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.getByText('Yes, kept', { exact: true }).click();
    await phone.getByRole('button', { name: 'Next' }).click();
    for (let i = 1; i < PROMISES.length; i++) {
      await expect
        .poll(() => phone.locator('.progress-text').textContent())
        .toBe(`Promise ${i + 1} of ${PROMISES.length}`);
      await phone.getByRole('button', { name: 'Skip' }).click();
    }
    await phone.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    await phone.locator('.nav button[type=submit]').click();
    await phone.getByRole('heading', { name: 'About you' }).waitFor();
    await phone.locator('.nav button[type=submit]').click();
    await phone.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await phone.getByRole('button', { name: 'Send my answers' }).first().click();
    await phone.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await screenshot(phone, 'foundation-phone-thank-you');

    // Read again after that one answer: the page is the same, word for word.
    await staff.reload();
    await staff.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await staff.locator('.release-notice').waitFor();
    expect(await staff.locator('main').textContent()).toBe(before);
    await screenshot(staff, 'foundation-board-open', false);

    // Once the round is final (closed, and the days for late answers passed), the answer is counted, once.
    await finaliseRound(server.store, ROUND);
    await staff.reload();
    await staff.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await staff.locator('.overview').waitFor();
    expect(await responses(staff)).toBe('6');
    expect(await firstPromiseCounts(staff)).toEqual(['1', '5', '0', '0', '6']);
    await screenshot(staff, 'foundation-board-after', false);
  });
});
