/**
 * The young person's survey in Chromium at 360×740, on the Riverside demo council: a keyboard-only run
 * through every step (a screenshot and an axe check of each), sending twice quickly, losing and finding
 * the connection with the page open, 200% zoom, Arabic right to left, quick exit, the privacy page, and
 * that no staff code, chart.js, cookie or third-party request ever reaches a young person's phone.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { RATINGS, type Rating } from '../../shared/rating';
import { promisesOf } from '../../shared/schemas/pledge';
import { launchBrowser, phoneContext, screenshot, watchForeignRequests } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { checkYoungPersonPage, postSubmission, scrollsSideways, storedCounts } from '../support/survey-pages';

const ROUND = 'r_riverside_1';
const SURVEY = `/c/${DEMO_COUNCIL.slug}`;
const PROMISES = promisesOf(DEMO_PLEDGE);
const EXIT_URL = 'https://www.bbc.co.uk/weather';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every script any young person's page loaded in this file, with its body. */
const scripts = new Map<string, string>();
const problems: string[] = [];

const newPhone = async (options: Parameters<typeof phoneContext>[1] = {}) => {
  const context = await phoneContext(browser, options);
  contexts.push(context);
  // "Leave now" goes to a real site; the test machine has no internet, so a stand-in answers for it.
  await context.route('https://www.bbc.co.uk/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  return context;
};
const open = async (context: BrowserContext, path = SURVEY) => {
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text()) &&
      problems.push(`${page.url()}: ${m.text()}`),
  );
  const foreign = watchForeignRequests(page, server.url);
  page.on('response', async (r: Response) => {
    // Only scripts of young people's pages (a test may start from the site's front page).
    const at = new URL(r.frame().url()).pathname;
    const young = at.startsWith('/c/') || at === '/privacy';
    if (young && r.request().resourceType() === 'script') scripts.set(r.url(), await r.text().catch(() => ''));
  });
  if (path) await page.goto(`${server.url}${path}`);
  problems.push(...foreign.map((u) => `third-party request: ${u}`));
  return page;
};

/** Progress as the page keeps it, to start a test at the check screen without answering twenty promises. */
const seedProgress = (page: Page, ratings: Record<string, Rating>, extra: Record<string, unknown> = {}) =>
  page.evaluate(
    ([round, r, x]) => {
      localStorage.setItem(
        `promise-check:survey:${round}`,
        JSON.stringify({
          v: 1,
          roundId: round,
          submissionId: crypto.randomUUID(),
          step: 'review',
          ratings: r,
          comments: {},
          finalComment: '',
          about: {},
          touchedAt: Date.now(),
          ...x,
        }),
      );
    },
    [ROUND, ratings, extra] as const,
  );

const stored = () => storedCounts(server, ROUND);
const submitButton = (page: Page) => page.locator('.nav button[type=submit]');

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 40 presses. */
const tabTo = async (page: Page, selector: string) => {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // Five earlier answers, so no promise's figures are hidden as "fewer than 5" and counts can be compared.
  for (let i = 0; i < 5; i++) {
    const res = await postSubmission(server, ROUND, {
      submissionId: crypto.randomUUID(),
      ratings: Object.fromEntries(PROMISES.map((p) => [p.promiseId, 'yes'])),
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe("a young person's survey on a phone", () => {
  it('can be done from start to thank-you with the keyboard alone; every step is checked with axe and saved as a screenshot', async () => {
    const before = await stored();
    const context = await newPhone();
    const page = await open(context);
    const axe: string[] = [];
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-01-start')));

    // The first Tab stops are the skip link, then the language, then "Leave now": quick exit is near the top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the main part');
    await tabTo(page, '.quick-exit');
    await tabTo(page, '.button.big');
    await page.keyboard.press('Enter');

    const chosen: Record<string, Rating> = {};
    for (const [i, p] of PROMISES.entries()) {
      await expect
        .poll(() => page.locator('.progress-text').textContent())
        .toBe(`Promise ${i + 1} of ${PROMISES.length}`);
      // Focus moved to the promise, so a screen reader reads it first.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.locator('h1').textContent()).toBe(p.easyRead ?? p.text);
      if (i % 7 !== 6) {
        // Space picks the first answer; each arrow moves the choice one answer on.
        const k = i % RATINGS.length;
        await tabTo(page, 'input[type=radio]');
        await page.keyboard.press('Space');
        for (let j = 0; j < k; j++) await page.keyboard.press('ArrowDown');
        chosen[p.promiseId] = RATINGS[k]!;
        await expect.poll(() => page.locator('input[type=radio]:checked').getAttribute('value')).toBe(RATINGS[k]);
      }
      if (i === 1) {
        await tabTo(page, '.add-comment');
        await page.keyboard.press('Enter');
        // The notice comes before the box, and the box has focus, ready to type.
        await page.getByRole('heading', { name: 'Before you write' }).waitFor();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(`comment-${PROMISES[1]!.promiseId}`);
        await page.keyboard.type('I only hear back after a week.');
        await expect
          .poll(() => page.locator('.count').textContent())
          .toBe(`${500 - 'I only hear back after a week.'.length} letters left`);
        axe.push(...(await checkYoungPersonPage(page, 'survey-03-comment-open')));
      }
      if (i === 4) {
        // The privacy page, reached and left by keyboard, brings the young person back to the same promise.
        await tabTo(page, 'footer a[href$="privacy"]');
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Your privacy' }).waitFor();
        expect(new URL(page.url()).pathname).toBe(`${SURVEY}/privacy`);
        axe.push(...(await checkYoungPersonPage(page, 'survey-04-privacy')));
        await tabTo(page, '.privacy .button');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.progress-text').textContent()).toBe(`Promise 5 of ${PROMISES.length}`);
        expect(new URL(page.url()).pathname).toBe(SURVEY);
      }
      axe.push(...(await checkYoungPersonPage(page, `survey-02-promise-${String(i + 1).padStart(2, '0')}`)));
      await tabTo(page, '.nav button[type=submit]');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        chosen[p.promiseId] ? 'Next' : 'Skip',
      );
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-05-one-thing-to-change')));
    await tabTo(page, '#final-comment');
    await page.keyboard.type('More time with my social worker.');
    await tabTo(page, '.nav button[type=submit]');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await tabTo(page, 'input[name=age]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // 14 to 17
    await tabTo(page, 'input[name=care]');
    await page.keyboard.press('Space'); // I am in care
    axe.push(...(await checkYoungPersonPage(page, 'survey-06-about-you')));
    await tabTo(page, '.nav button[type=submit]');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await page.getByText('I only hear back after a week.').waitFor();
    await page.getByText('14 to 17').waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-07-check-answers')));
    await tabTo(page, '.send-end');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await page.getByText('Nothing here yet.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Call 0800 1111' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-08-thank-you')));
    expect(axe).toEqual([]);

    const after = await stored();
    for (const p of PROMISES) {
      const want = { ...before.of(p.promiseId) };
      if (chosen[p.promiseId]) want[chosen[p.promiseId]!]++;
      expect(after.of(p.promiseId), p.promiseId).toEqual(want);
    }
    // Opening the link again on this phone (perhaps by someone else) shows the survey to answer, saying
    // only that answers were sent from here before.
    await page.reload();
    await page.getByText('Answers were sent from this phone before. You can answer too.').waitFor();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('button', { name: 'Carry on' }).count()).toBe(0);
  });

  it('counts answers once when Send is pressed twice quickly', async () => {
    const before = await stored();
    const context = await newPhone();
    const page = await open(context);
    await seedProgress(page, Object.fromEntries(PROMISES.map((p) => [p.promiseId, 'no'])));
    await page.reload();
    await page.getByRole('button', { name: 'Carry on' }).click();
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.postData() ?? ''));
    await page.getByRole('button', { name: 'Send my answers' }).last().dblclick();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    // However many requests left the phone, they all carried the same id.
    expect(new Set(posts.map((b) => JSON.parse(b).submissionId)).size).toBe(1);
    const after = await stored();
    expect(after.responses).toBe(before.responses + 1);
    for (const p of PROMISES) expect(after.of(p.promiseId).no).toBe(before.of(p.promiseId).no + 1);
  });

  it('keeps the answers on the phone while offline, says so plainly, and sends them by itself when back online', async () => {
    const before = await stored();
    const context = await newPhone();
    const page = await open(context);
    await seedProgress(page, { [PROMISES[0]!.promiseId]: 'sometimes' }, { finalComment: 'Please listen more.' });
    await page.reload();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    await page.getByText("Saved on this phone — we'll send it when you're online.").waitFor();
    expect(await checkYoungPersonPage(page, 'survey-09-saved-offline')).toEqual([]);
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 10_000 });
    const after = await stored();
    expect(after.responses).toBe(before.responses + 1);
  });

  it('has no sideways scrolling at 200% zoom on a 360 px phone, in English and Arabic', async () => {
    // 200% zoom on a 360 px screen lays the page out 180 CSS pixels wide.
    for (const locale of ['en-GB', 'ar']) {
      const context = await newPhone({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 2, locale });
      const page = await open(context);
      const name = (step: string) => `survey-zoom200-${locale}-${step}`;
      const checks: [string, boolean][] = [];
      const look = async (step: string) => {
        await page.waitForTimeout(50);
        checks.push([step, await scrollsSideways(page)]);
        await screenshot(page, name(step));
      };
      await page.locator('.button.big').waitFor();
      await look('start');
      await page.locator('.button.big').click();
      await page.locator('.answer-dontknow').click();
      await page.locator('.add-comment').click();
      await look('promise-comment');
      await page.goto(`${server.url}${SURVEY}/privacy`);
      await page.locator('.privacy h1').waitFor();
      await look('privacy');
      await seedProgress(page, { [PROMISES[3]!.promiseId]: 'yes' }, { step: 'change' });
      await page.goto(`${server.url}${SURVEY}`);
      await page.locator('.button.big').click();
      await look('one-thing-to-change');
      await submitButton(page).click();
      await look('about-you');
      await submitButton(page).click();
      await look('check');
      await page.locator('.send-end').click();
      await page.locator('.thanks h1').waitFor();
      await look('thank-you');
      expect(checks.filter(([, wide]) => wide)).toEqual([]);
    }
  });

  it('is in Arabic, right to left, for a phone set to Arabic; the promise stays in English without a translation; English is a tap away', async () => {
    const context = await newPhone({ locale: 'ar' });
    const page = await open(context);
    const axe: string[] = [];
    await page.getByRole('heading', { name: 'Riverside Council: هل نفي بوعودنا؟' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // Right to left: the council's name starts on the right, and "Leave now" ends the header on the left.
    const council = (await page.locator('.top .council').boundingBox())!;
    const exit = (await page.locator('.quick-exit').boundingBox())!;
    expect(exit.x + exit.width).toBeLessThan(council.x + council.width - 100);
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-01-start')));

    await page.getByRole('button', { name: 'ابدأ' }).click();
    await page.getByText('هل نفي بهذا الوعد لك؟').waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    // The "Next" arrow points left in Arabic (mirrored), and the answers' pictures sit on the right.
    const answer = (await page.locator('.answer-yes').boundingBox())!;
    const icon = (await page.locator('.answer-yes .icon').boundingBox())!;
    expect(icon.x).toBeGreaterThan(answer.x + answer.width / 2);
    expect(await page.locator('.nav button[type=submit] .arrow').evaluate((e) => getComputedStyle(e).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    await page.locator('.answer-no').click();
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-02-promise')));
    await page.getByRole('button', { name: 'أضف تعليقًا' }).click();
    await page.getByRole('heading', { name: 'قبل أن تكتب' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-03-comment-open')));
    await page.locator('footer a[href$="privacy"]').click();
    await page.getByRole('heading', { name: 'خصوصيتك' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-04-privacy')));
    await page.getByRole('button', { name: 'ارجع إلى الاستبيان' }).click();
    await seedProgress(page, { [PROMISES[0]!.promiseId]: 'no' });
    await page.reload();
    await page.getByRole('button', { name: 'أكمل' }).click();
    await page.getByRole('heading', { name: 'راجع إجاباتك' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-05-check')));
    await context.setOffline(true);
    await page.getByRole('button', { name: 'أرسل إجاباتي' }).first().click();
    await page.getByText('حُفظت على هذا الهاتف — سنرسلها عندما تتصل بالإنترنت.').waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-06-saved-offline')));
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'شكرًا لك!' }).waitFor({ timeout: 10_000 });
    axe.push(...(await checkYoungPersonPage(page, 'survey-ar-07-thank-you')));
    expect(axe).toEqual([]);

    // Switching language is one tap, and the phone remembers it.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.reload();
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('"Leave now" leaves at once, and Back does not return to the survey', async () => {
    const context = await newPhone();
    // The young person came from another page (here, the site's front page) and opened the survey.
    const page = await open(context, '/');
    await page.goto(`${server.url}${SURVEY}`);
    await page.locator('.button.big').click();
    await page.locator('.answer-yes').click();
    await submitButton(page).click();
    await page.locator('footer a[href$="privacy"]').click();
    await page.getByRole('heading', { name: 'Your privacy' }).waitFor();
    await page.locator('.privacy .button').click();
    await page.getByRole('button', { name: 'Leave now' }).click();
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toContain('/c/');

    // Also from the privacy page opened directly, and from the thank-you page.
    const direct = await open(context, '/');
    await direct.goto(`${server.url}/privacy`);
    await direct.getByRole('heading', { name: 'Your privacy' }).waitFor();
    expect(await checkYoungPersonPage(direct, 'survey-10-privacy-direct')).toEqual([]);
    await direct.getByRole('button', { name: 'Leave now' }).click();
    await direct.waitForURL(EXIT_URL);
    await direct.goBack();
    expect(direct.url()).not.toContain('privacy');
  });

  it('never loads staff code or chart.js, sets no cookie and asks no other site for anything', async () => {
    expect(scripts.size).toBeGreaterThan(0);
    for (const [url, body] of scripts) {
      expect(url, url).not.toMatch(/\/assets\/(chart|staff)[-.]/);
      expect(body.includes('/api/staff/'), `${url} has staff API calls`).toBe(false);
      expect(/chartjs|BarController/.test(body), `${url} has chart.js in it`).toBe(false);
    }
    for (const c of contexts) expect(await c.cookies()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
