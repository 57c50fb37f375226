/** A council admin's pages: staff and roles, the audit log, and one-time codes printed as cards. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { desktopContext, launchBrowser, screenshot, watchForeignRequests } from '../support/browser';
import { demoEmail, loginToken, startTestServer } from '../support/local-server';

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];
const errors: string[] = [];

const axe = async () =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.length}`,
  );

beforeAll(async () => {
  server = await startTestServer();
  const round = (await server.store.rounds.get('r_riverside_1'))!;
  await server.store.rounds.put({ ...round, access: 'one-time-codes' });
  browser = await launchBrowser();
  context = await desktopContext(browser);
  await context.addInitScript(
    (t) => sessionStorage.setItem('promise-check:staff-token', t),
    await loginToken(server, demoEmail('council-admin')),
  );
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  foreign = watchForeignRequests(page, server.url);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('a council admin', () => {
  it('invites a facilitator, changes their roles and removes them', async () => {
    await page.goto(`${server.url}/staff`);
    await page.getByRole('link', { name: 'Staff and their roles' }).click();
    await page.getByRole('heading', { name: 'Staff of Riverside Council' }).waitFor();
    await page.getByText(demoEmail('moderator')).waitFor();
    await page.getByLabel('Their work e-mail address').fill('new.worker@riverside.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').getByText('new.worker@riverside.example is invited').waitFor();
    const row = page.getByRole('row', { name: /new\.worker@riverside\.example/ });
    await row.getByText('Invited, not signed in yet').waitFor();
    await screenshot(page, 'admin-01-staff');
    expect(await axe()).toEqual([]);

    await row.getByLabel('Moderator (safeguarding)').check();
    await row.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('status').getByText('Roles of new.worker@riverside.example saved').waitFor();
    await row.getByRole('button', { name: 'Remove…' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').getByText('new.worker@riverside.example was removed.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /new\.worker@riverside\.example/ }).count()).toBe(0);
    // Their own row has no remove button.
    expect(
      await page
        .getByRole('row', { name: /admin@riverside\.example \(you\)/ })
        .getByRole('button', { name: 'Remove…' })
        .count(),
    ).toBe(0);
  });

  it('reads each of those changes in the audit log, newest first', async () => {
    await page.goto(`${server.url}/staff/audit`);
    const rows = page.locator('table.audit tbody tr');
    await rows.first().waitFor();
    expect(await rows.nth(0).innerText()).toMatch(/Staff removed\s+new\.worker@riverside\.example/);
    expect(await rows.nth(1).innerText()).toMatch(
      /Roles changed\s+new\.worker@riverside\.example\s+from: facilitator; to: facilitator,moderator/,
    );
    expect(await rows.nth(2).innerText()).toMatch(/Staff invited/);
    await screenshot(page, 'admin-02-audit');
    expect(await axe()).toEqual([]);
  });

  it('makes a batch of one-time codes and prints them as cards, ten to an A4 sheet', async () => {
    await page.goto(`${server.url}/staff/codes`);
    await page.getByText('0 codes made. Fewer than 5 used so far.', { exact: false }).waitFor();
    await page.getByLabel('How many cards').fill('12');
    await page.getByLabel('Where they are going (optional, only you see it)').fill('Oak House');
    await screenshot(page, 'admin-03-codes');
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Make and print cards' }).click();
    await page.getByRole('heading', { name: '12 cards for Autumn 2026' }).waitFor();
    const codes = await page.locator('.code-card-code').allInnerTexts();
    expect(codes).toHaveLength(12);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await page.locator('.code-card svg.join-qr path').count()).toBe(12);
    await screenshot(page, 'admin-04-cards');

    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'admin-05-cards-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);
    await page.emulateMedia({ media: 'screen' });

    // A card's code lets a phone into the survey.
    await page.getByRole('button', { name: 'Back to codes' }).click();
    await page.getByText('12 codes made. Fewer than 5 used so far.', { exact: false }).waitFor();
    const check = await fetch(`${server.url}/api/public/rounds/r_riverside_1/access-codes/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: codes[0] }),
    });
    expect(check.status).toBe(200);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens a round that asks for one-time codes', async () => {
    const round = (await server.store.rounds.get('r_riverside_1'))!;
    await server.store.rounds.put({ ...round, closesAt: new Date(Date.now() - 60_000).toISOString() });
    await page.goto(`${server.url}/staff/rounds`);
    await page.getByLabel('Name of the round').fill('Spring term 2027');
    await page.getByLabel('Only with a one-time code from a printed card').check();
    await screenshot(page, 'admin-06-open-round-codes');
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByText('Make and print their cards under One-time codes.', { exact: false }).waitFor();
    const listed = (await server.store.rounds.listForCouncil('c_riverside')).find((r) => r.name === 'Spring term 2027');
    expect(listed?.access).toBe('one-time-codes');
    expect(await axe()).toEqual([]);
  });
});

describe('the platform operator', () => {
  it('adds a council and invites its first admin', async () => {
    const operator = await desktopContext(browser);
    await operator.addInitScript(
      (t) => sessionStorage.setItem('promise-check:staff-token', t),
      await loginToken(server, demoEmail('platform-operator')),
    );
    const p = await operator.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${server.url}/staff`);
    await p.getByRole('link', { name: 'Add a council' }).click();
    await p.getByLabel('Name of the council').fill('Hillside Council');
    await p.getByLabel('Its address for young people: /c/…').fill('hillside');
    await p.getByLabel('E-mail of its first council admin').fill('lead@hillside.example');
    await p.getByRole('button', { name: 'Add the council' }).click();
    await p
      .getByRole('status')
      .getByText('Hillside Council is added at /c/hillside. lead@hillside.example is invited', { exact: false })
      .waitFor();
    await p.getByRole('button', { name: 'Add the council' }).click();
    await p.getByRole('alert').waitFor();
    expect(await server.store.councils.getBySlug('hillside')).toMatchObject({ name: 'Hillside Council' });
    await screenshot(p, 'admin-07-add-council');
    await operator.close();
  });
});
