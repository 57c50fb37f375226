/**
 * One tap per answer on a 360×740 phone: on every promise the four answers and the Back/Next bar are on the
 * screen at once, so answering never needs a scroll, and "Skip" looks quieter than the answers.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { promisesOf } from '../../shared/schemas/pledge';
import { launchBrowser, PHONE, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

const PROMISES = promisesOf(DEMO_PLEDGE);
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

/** Where the answers and the Back/Next bar are on the screen as it is now, without scrolling. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    const answers = [...document.querySelectorAll('.answers .answer')].map(box);
    return {
      viewport: window.innerHeight,
      answers,
      nav: box(document.querySelector('.screen .nav')),
      header: box(document.querySelector('.top')),
    };
  });

describe('one tap per answer at 360×740', () => {
  it('shows every answer and the Next button without a scroll, on every promise', async () => {
    expect(PHONE).toEqual({ width: 360, height: 740 });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByRole('button', { name: 'Start' }).click();
    const hidden: string[] = [];
    for (const [i, p] of PROMISES.entries()) {
      await page.getByRole('heading', { name: p.easyRead ?? p.text, exact: true }).waitFor();
      const l = await layout(page);
      for (const a of l.answers)
        if (a.top < l.header.bottom || a.bottom > l.nav.top)
          hidden.push(
            `${p.promiseId}: an answer is off the screen by ${Math.round(Math.max(l.header.bottom - a.top, a.bottom - l.nav.top))} px`,
          );
      if (l.nav.bottom > l.viewport || l.nav.top < 0) hidden.push(`${p.promiseId}: Next is off the screen`);
      if (i === 0) await screenshot(page, 'survey-one-tap-promise', false);
      // One tap on an answer, one on Next: no scroll in between (Playwright would scroll; the layout says none is needed).
      await page.getByRole('radio', { name: 'Yes, kept' }).check();
      if (i === 0) await screenshot(page, 'survey-one-tap-answered', false);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    expect(hidden).toEqual([]);
    await page.getByRole('heading', { name: /one thing we should change/i }).waitFor();
    expect(await checkYoungPersonPage(page, 'survey-one-tap-after')).toEqual([]);
  });

  it('makes "Skip" look quieter than the answers and than Next', async () => {
    const fresh = await phoneContext(browser);
    const page = await fresh.newPage();
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByRole('button', { name: 'Start' }).click();
    const skip = page.getByRole('button', { name: 'Skip' });
    const weight = () =>
      skip.evaluate((b) => {
        const s = getComputedStyle(b);
        return { background: s.backgroundColor, className: b.className };
      });
    const asSkip = await weight();
    await page.getByRole('radio', { name: 'No, not kept' }).check();
    const next = await page
      .getByRole('button', { name: 'Next' })
      .evaluate((b) => ({ background: getComputedStyle(b).backgroundColor }));
    expect(asSkip.className).toContain('secondary');
    expect(asSkip.background).not.toBe(next.background);
    await fresh.close();
  });
});
