/**
 * A council admin chooses how many promises each young person is asked when opening a round: a number out of range
 * is refused on the page with what to type, beside the field and in the alert at the top; a good one opens the round, and the survey then says so at the start.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { closeDemoRound, signedInAs } from '../support/staff-pages';
import { axeViolations, checkYoungPersonPage } from '../support/survey-pages';

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

/** The words a screen reader hears with the field once it is refused: its problem, tied to it and marked invalid. */
const problemBeside = async (field: Locator) =>
  (await field.getAttribute('aria-invalid')) === 'true'
    ? field.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      )
    : 'not marked invalid';

describe('promises per young person, chosen when a round opens', () => {
  it('refuses 25 of 20 with what to type, opens with 8, and the survey says "8 questions, about 3 minutes"', async () => {
    await closeDemoRound(server);
    const context = await signedInAs(browser, server, 'council-admin');
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/staff/rounds`);
    await page.getByLabel('Name of the round').fill('Spring term 2027');
    await page.getByText('Leave it empty for 12 of your 20 promises.', { exact: false }).waitFor();
    const field = page.getByLabel('Promises each young person is asked (optional)');
    await field.fill('25');
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('alert').getByText('type a whole number from 1 to 20', { exact: false }).waitFor();
    expect(await problemBeside(field)).toContain('type a whole number from 1 to 20');
    expect((await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).map((r) => r.name)).not.toContain(
      'Spring term 2027',
    );
    await screenshot(page, 'admin-07-round-per-person-refused');
    await field.fill('8');
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByText('Young people can answer now.', { exact: false }).waitFor();
    const opened = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find(
      (r) => r.name === 'Spring term 2027',
    );
    expect(opened?.promisesPerPerson).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const phone = await phoneContext(browser);
    const young = await phone.newPage();
    await young.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await young.getByText('8 questions, about 3 minutes').waitFor();
    expect(await checkYoungPersonPage(young, 'short-08-start-8-of-20')).toEqual([]);
    await young.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => young.locator('.progress-text').textContent()).toBe('Promise 1 of 8');
    await phone.close();
    expect(errors).toEqual([]);
  });
  it('closing this round and opening the next asks the same: 25 of 20 refused with what to type, 6 saved on the new round', async () => {
    const context = await signedInAs(browser, server, 'council-admin');
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/staff/rounds`);
    const open = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find(
      (r) => r.closesAt === null || r.closesAt > new Date().toISOString(),
    )!;
    await page.getByRole('button', { name: `Close ${open.name} and open a new round` }).click();
    await page.getByLabel('Name of the new round').fill('Summer term 2027');
    const field = page.getByLabel('Promises each young person is asked (optional)');
    await page.getByText('Leave it empty for 12 of your 20 promises.', { exact: false }).waitFor();
    await field.fill('25');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').getByText('type a whole number from 1 to 20', { exact: false }).waitFor();
    expect(await problemBeside(field)).toContain('type a whole number from 1 to 20');
    await field.fill('6');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('group', { name: 'Are you sure?' })
      .getByRole('button', { name: `Yes, close ${open.name} and open Summer term 2027` })
      .click();
    await page.getByRole('heading', { name: 'Open now: Summer term 2027' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'admin-08-close-and-open-per-person');
    const opened = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find(
      (r) => r.name === 'Summer term 2027',
    );
    expect(opened?.promisesPerPerson).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
