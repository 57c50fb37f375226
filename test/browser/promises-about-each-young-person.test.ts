/**
 * Who each promise is about chooses a young person's set. A council admin ticks the promises of a round's junior version when opening it; a child who says they are 8 to 13
 * is then asked only those, with "About you" first and the set's length said there, and each rating counts once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE, DEMO_PLEDGE_MARKED } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { RATINGS, type Rating } from '../../shared/rating';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { closeDemoRound, signedInAs } from '../support/staff-pages';
import { axeViolations, checkYoungPersonPage, expectRatedOnce, storedCounts } from '../support/survey-pages';

const PROMISES = DEMO_PLEDGE.sections.flatMap((s) => s.promises);
/** Ticked out of order on purpose: the round keeps them in the pledge's order. */
const TICKED = [8, 0, 4];
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a junior version for children of 8 to 13', () => {
  it('is ticked when the round opens, and a child of 8 to 13 is asked just those 3 promises, counted once each', async () => {
    await closeDemoRound(server);
    const context = await signedInAs(browser, server, 'council-admin');
    const admin = await context.newPage();
    admin.setDefaultTimeout(10_000);
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(e.message));
    await admin.goto(`${server.url}/staff/rounds`);
    await admin.getByLabel('Name of the round').fill('Junior spring 2027');
    const summary = admin.getByText('A junior version for children of 8 to 13 (optional): none');
    await summary.click();
    const boxes = admin.getByRole('group', { name: 'Promises in the junior version' }).getByRole('checkbox');
    expect(await boxes.count()).toBe(PROMISES.length);
    for (const i of TICKED) await boxes.nth(i).check();
    await admin.getByText('A junior version for children of 8 to 13 (optional): 3 promises chosen').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-09-round-junior-version');
    await admin.getByRole('button', { name: 'Open the round' }).click();
    await admin.getByText('Young people can answer now.', { exact: false }).waitFor();
    const opened = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find(
      (r) => r.name === 'Junior spring 2027',
    )!;
    const junior = [...TICKED].sort((a, b) => a - b).map((i) => PROMISES[i]!.promiseId);
    expect(opened.junior).toEqual(junior);
    await context.close();

    const phone = await phoneContext(browser);
    const child = await phone.newPage();
    child.on('pageerror', (e) => errors.push(e.message));
    await child.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await child.getByRole('button', { name: 'Start' }).click();
    // The junior version puts "About you" first: the age answer chooses the set.
    await child.getByRole('heading', { name: 'About you' }).waitFor();
    await child.getByText('It helps us pick the right promises for you.').waitFor();
    await child.getByRole('radio', { name: '8 to 13' }).check();
    await child.getByText('3 questions, about 1 minute').waitFor();
    expect(await checkYoungPersonPage(child, 'junior-01-about-first')).toEqual([]);
    await child.locator('.nav button[type=submit]').click();

    const words = new Map(PROMISES.map((p) => [p.easyRead ?? p.text, p.promiseId]));
    const given: Record<string, Rating> = {};
    for (let i = 0; i < junior.length; i++) {
      await expect.poll(() => child.locator('.progress-text').textContent()).toBe(`Promise ${i + 1} of 3`);
      const id = words.get((await child.locator('h1').textContent()) ?? '');
      expect(junior, 'a promise of the junior version, in its easy-read words').toContain(id);
      expect(given[id!], 'each promise asked once').toBeUndefined();
      const r = RATINGS[i]!;
      await child.locator(`.answer-${r}`).click();
      given[id!] = r;
      await child.locator('.nav button[type=submit]').click();
    }
    // Nothing more of the junior version is left, so "Rate some more?" is not offered.
    await child.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    expect(await child.getByRole('heading', { name: 'Rate some more?' }).count()).toBe(0);
    await child.locator('.nav button[type=submit]').click();
    await child.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await child.getByText('You answered 3 of 3 promises.').waitFor();
    await child.getByRole('button', { name: 'Send my answers' }).first().click();
    await child.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await phone.close();

    const counts = await storedCounts(server, opened.roundId);
    expect(counts.responses).toBe(1);
    expectRatedOnce(counts, PROMISES, given);
    expect(errors).toEqual([]);
  });
});

/** The demo as `npm start` seeds it: each promise marked with who it is about, and the round's default set. */
const MARKED = DEMO_PLEDGE_MARKED.sections.flatMap((s) => s.promises);
const FOR_LEAVERS = MARKED.filter((p) => p.audience !== 'in-care').map((p) => p.promiseId);

describe('the demo a new user meets (npm start)', () => {
  let demo: LocalServer;
  beforeAll(async () => {
    demo = await startTestServer({}, 'as-a-council-would');
  });
  afterAll(() => demo?.close());

  const answerAll = async (page: Page, count: number): Promise<string[]> => {
    const words = new Map(MARKED.map((p) => [p.easyRead ?? p.text, p.promiseId]));
    const asked: string[] = [];
    for (let i = 0; i < count; i++) {
      await expect.poll(() => page.locator('.progress-text').textContent()).toBe(`Promise ${i + 1} of ${count}`);
      asked.push(words.get((await page.locator('h1').textContent()) ?? '')!);
      await page.locator(`.answer-${RATINGS[i % RATINGS.length]}`).click();
      await page.locator('.nav button[type=submit]').click();
    }
    return asked;
  };

  it('a care leaver is asked "About you" first and then only the 8 promises about everyone or care leavers', async () => {
    expect(FOR_LEAVERS).toHaveLength(8);
    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${demo.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await page.getByRole('radio', { name: 'I have left care' }).check();
    await page.getByText('8 questions, about 3 minutes').waitFor();
    await page.locator('.nav button[type=submit]').click();
    const asked = await answerAll(page, 8);
    expect([...asked].sort()).toEqual([...FOR_LEAVERS].sort());
    await page.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    expect(await checkYoungPersonPage(page, 'leaver-01-after-set')).toEqual([]);
    await phone.close();
    expect(errors).toEqual([]);
  });

  it('someone who skips "About you" is asked 12 of the 20, from all of them, then may rate some more', async () => {
    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    await page.goto(`${demo.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByText('12 questions, about 4 minutes').waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    // Opened again on "About you" (the link tapped twice, the tab reloaded): the survey is still 12 questions long.
    await page.reload();
    await page.getByText('12 questions, about 4 minutes').waitFor({ timeout: 5_000 });
    expect(await page.getByText('20 questions').count()).toBe(0);
    await page.getByRole('button', { name: /Carry on/ }).click();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    await page.getByRole('button', { name: 'Skip' }).click();
    const asked = await answerAll(page, 12);
    expect(new Set(asked).size).toBe(12);
    expect(asked.every((id) => MARKED.some((p) => p.promiseId === id))).toBe(true);
    await page.getByRole('heading', { name: 'Rate some more?' }).waitFor();
    await phone.close();
  });
});
