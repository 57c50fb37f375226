/**
 * The board sees how many it heard from. A final round heard from children in care and care leavers; the council
 * admin finds on the overview that response rates need the council's figures, follows the link, enters them with
 * one mistake, sees the problem beside that box and puts it right. Then the overview gives the response rate and
 * names the group that answered much less than the others, and the printed report's first page says the same. In
 * Chromium against the real local server, at a 1366×768 laptop.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { answer, finaliseRound } from '../support/board';
import { launchBrowser, PHONE, screenshot } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { signedInAs } from '../support/staff-pages';

const ROUND = 'r_riverside_1';
const LAPTOP = { width: 1366, height: 768 };
/** Care leavers of 18 to 25: 6 of 100 answered, against 36 of 160 (23%) overall. */
const LOW = 'Care leavers 18–25: 6% of them answered, against 23% overall.';

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const axe = async (p: Page) =>
  (await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.length}`,
  );

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const round = (await server.store.rounds.get(ROUND))!;
  const every = (await server.store.pledges.latest(round.councilId))!.sections.flatMap((s) => s.promises);
  const ratings = Object.fromEntries(every.map((p, i) => [p.promiseId, i % 2 ? 'yes' : 'no'] as const));
  await answer(server.store, round, ratings, 10, { age: '8-13', care: 'in-care' });
  await answer(server.store, round, ratings, 15, { age: '14-17', care: 'in-care' });
  await answer(server.store, round, ratings, 6, { age: '18-25', care: 'care-leaver' });
  await answer(server.store, round, ratings, 5);
  await finaliseRound(server.store, ROUND);
  context = await signedInAs(browser, server, 'council-admin');
  page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

describe('the board sees how many it heard from', () => {
  it('says the rates need the figures, and the admin enters them, putting right the one mistake', async () => {
    await page.goto(`${server.url}/staff/scorecard`);
    const card = page.locator('section[aria-labelledby="response-rate"]');
    await card.waitFor();
    expect(await card.getByTestId('response-rate-line').textContent()).toContain(
      "Response rates need the council's figures of young people.",
    );
    await card.getByRole('link', { name: 'Enter the figures for this round' }).click();
    await page.getByRole('heading', { name: /Young people who could answer: / }).waitFor();
    await page.getByRole('button', { name: 'Save the figures' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(
      'How many young people could answer this round? Use your latest figures (for example your DfE return).',
    );

    await page.getByLabel('Children in care 8–13').fill('20');
    await page.getByLabel('Children in care 14–17').fill('30');
    await page.getByLabel('Care leavers 16–17').fill('10');
    // Letters O for zeros: the kind of slip a person makes.
    await page.getByLabel('Care leavers 18–25').fill('1OO');
    await page.getByRole('button', { name: 'Save the figures' }).click();
    const box = page.getByLabel('Care leavers 18–25');
    await page.locator('.field.has-problem').waitFor();
    expect(await page.locator('.field.has-problem').count()).toBe(1);
    // The problem sits beside the box it concerns, and a screen reader hears it with the box.
    const problem = page.locator('.field.has-problem .problem');
    expect(await problem.textContent()).toBe('Care leavers 18–25: enter a number, such as 120');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getAttribute('aria-describedby')).toContain((await problem.getAttribute('id'))!);
    expect(await page.getByRole('alert').textContent()).toContain('Nothing was saved.');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'cohort-figures-mistake');

    await box.fill('100');
    await page.getByRole('button', { name: 'Save the figures' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await page.locator('.field.has-problem').count()).toBe(0);
    expect(await box.inputValue()).toBe('100');
    // The figures stay when the page is opened again.
    await page.reload();
    expect(await page.getByLabel('Care leavers 18–25').inputValue()).toBe('100');
    expect(await page.getByLabel('Children in care 14–17').inputValue()).toBe('30');
    // The rounds page links every round to its figures.
    await page.goto(`${server.url}/staff/rounds`);
    await page.getByRole('link', { name: 'Council’s figures for Autumn 2026' }).click();
    await page.getByRole('heading', { name: 'Young people who could answer: Autumn 2026' }).waitFor();
    expect(await page.getByLabel('Care leavers 18–25').inputValue()).toBe('100');
    // On a phone the form fits the screen's width.
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'cohort-figures-phone');
    await page.setViewportSize(LAPTOP);
  });

  it('the overview gives the rate and names the group that answered much less; the printed first page says the same', async () => {
    await page.goto(`${server.url}/staff/scorecard`);
    const card = page.locator('section[aria-labelledby="response-rate"]');
    await card.locator('.big-figure').waitFor();
    expect(await card.locator('.big-figure').textContent()).toBe('23%');
    expect(await card.getByTestId('response-rate-line').textContent()).toBe(
      'answered: 36 of the 160 young people in the council’s figures',
    );
    expect(await card.getByTestId('low-groups').locator('li').allTextContents()).toEqual([LOW]);
    const rows = await card.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      'Children in care 8–13 (of 20)1050%',
      'Children in care 14–17 (of 30)1550%',
      'Care leavers 16–17 (of 10)00%',
      'Care leavers 18–25 (of 100)66% (much less than the others)',
      'Did not say which group5',
    ]);
    expect(await axe(page)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'board-response-rates', false);
    await screenshot(page, 'board-response-rates-full');

    await page.getByRole('link', { name: 'Board report to print' }).click();
    await page.getByTestId('board-report').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'board-rates-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // In reading order (not -layout, which runs the overview's cards side by side into one another's lines).
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    const flat = first.replace(/\s+/g, ' ');
    expect(flat).toContain('How many we heard from');
    expect(flat).toContain('23%');
    expect(flat).toContain(LOW);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    console.log(`printed first page: ${dir}`);
  });
});
