/**
 * Who reads a comment, said in one line beside every comment box; the long help box in full the first time,
 * then as one line that opens (remembered in the survey's own progress on the phone only).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { launchBrowser, phoneContext } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await phoneContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const WHO_READS =
  'A grown-up at the council reads every comment. If you say you are not safe, we tell the person who keeps children safe. They will not know who wrote it.';

describe('who reads a comment', () => {
  it('says who reads it beside every box, and shows the long help in full only the first time', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Add a comment' }).click();
    await page.getByText(WHO_READS).waitFor();
    await page.getByRole('heading', { name: 'Before you write' }).waitFor();
    expect(
      await page
        .getByRole('link', { name: /Call 0800 1111/ })
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await checkYoungPersonPage(page, 'survey-comment-help-first')).toEqual([]);

    // A comment with no answer is sent: the button says Next, not Skip, once something is typed.
    await page.getByRole('button', { name: 'Skip' }).waitFor();
    await page.getByRole('textbox').fill('The social worker keeps changing.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Add a comment' }).click();
    await page.getByText(WHO_READS).waitFor();
    // The second time: one line that opens, not the whole box.
    const more = page.locator('.comment details.help-notice');
    await more.locator('summary').waitFor();
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await checkYoungPersonPage(page, 'survey-comment-help-later')).toEqual([]);
    await more.locator('summary').click();
    expect(await more.getByRole('link', { name: /Call 0800 1111/ }).isVisible()).toBe(true);
    // Kept with the survey's progress, nowhere else.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes('helpSeen')),
    );
    expect(kept).toEqual(['promise-check:survey:r_riverside_1']);
  });
});
