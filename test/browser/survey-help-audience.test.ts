/**
 * Help contacts for the right young people: a care leaver who says so is offered the council's leaving care team
 * and a free line for any age beside Childline (which is for under-19s); a child in care is not offered the leaving
 * care team; an admin marks who each contact is for on the settings page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNCIL as DEMO } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

const LEAVING_CARE = DEMO.helpContacts.find((c) => c.audience === 'care-leaver')!.name;

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

/** Goes through the survey answering "yes" to every promise, says whether they are in care, and sends. */
const finishAs = async (page: Page, care: 'I am in care' | 'I have left care') => {
  await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
  await page.getByRole('button', { name: 'Start' }).click();
  const review = page.getByRole('heading', { name: 'Check your answers' });
  let said = false;
  for (let i = 0; i < 60 && !(await review.isVisible()); i++) {
    const choice = page.getByLabel(care, { exact: true });
    if (await choice.isVisible()) {
      await choice.check();
      said = true;
    }
    const yes = page.locator('.answer-yes');
    if (await yes.isVisible()) await yes.click();
    const stop = page.getByRole('button', { name: 'No, I am done' });
    if (await stop.isVisible()) await stop.click();
    else await page.locator('.nav button[type=submit]').click();
    await page.waitForTimeout(50);
  }
  expect(said, `the survey never asked about care (${care})`).toBe(true);
  await page.getByRole('button', { name: 'Send my answers' }).first().click();
  await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
};

describe('help contacts for the right young people', () => {
  it('a care leaver is offered the leaving care team and a line for any age; a child in care is not offered the leaving care team', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await finishAs(page, 'I have left care');
    const help = page.locator('.help-list');
    expect(await help.getByText('Samaritans').count()).toBe(1);
    expect(await help.getByRole('link', { name: /Call 116 123/ }).count()).toBe(1);
    expect(await help.getByText('Childline').count()).toBe(1);
    expect(await help.getByText(LEAVING_CARE).count()).toBe(1);
    expect(await checkYoungPersonPage(page, 'help-for-care-leaver')).toEqual([]);
    await context.close();

    const child = await phoneContext(browser);
    const page2 = await child.newPage();
    page2.setDefaultTimeout(8_000);
    await finishAs(page2, 'I am in care');
    const help2 = page2.locator('.help-list');
    expect(await help2.getByText('Childline').count()).toBe(1);
    expect(await help2.getByText('Samaritans').count()).toBe(0);
    expect(await help2.getByText(LEAVING_CARE).count()).toBe(0);
    expect(await help2.getByText(DEMO.helpContacts[0]!.name).count()).toBe(1);
    await child.close();
  });

  it('an admin marks a contact for care leavers on the settings page, and young people who did not say see it too', async () => {
    const context = await desktopContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent('/staff/settings')}`);
    await page.getByLabel('E-mail address').fill(demoEmail('council-admin'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const who = page.getByLabel('Who it is for');
    await who.first().waitFor();
    expect(await who.nth(2).inputValue()).toBe('care-leaver');
    await who.nth(1).selectOption({ label: 'Care leavers' });
    await page.getByRole('button', { name: /Save/ }).first().click();
    await page.getByText(/Saved/).first().waitFor();
    const stored = await server.store.councils.get(DEMO_COUNCIL.councilId);
    expect(stored?.helpContacts.map((c) => c.audience ?? 'everyone')).toEqual([
      'everyone',
      'care-leaver',
      'care-leaver',
    ]);
    await context.close();

    // Someone who never said whether they are in care sees every contact, from the "Get help" page too.
    const phone = await phoneContext(browser);
    const young = await phone.newPage();
    await young.goto(`${server.url}/c/${DEMO_COUNCIL.slug}/privacy`);
    // The page fills its help list once the council's data arrives: wait for it rather than count too soon.
    for (const c of stored!.helpContacts)
      await expect.poll(() => young.locator('.help-list').getByText(c.name).count(), { timeout: 10_000 }).toBe(1);
    await phone.close();
  });
});
