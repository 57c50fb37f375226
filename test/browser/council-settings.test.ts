/**
 * A council admin adds a help contact, changes the score colours and the comment retention on the
 * settings page; a young person's privacy page then lists the new contact, ready to tap. A mistake is
 * refused with a message that says what to change, and nothing is saved.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { desktopContext, launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

let server: LocalServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const axe = async (p: Page) =>
  (await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.length}`,
  );

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await desktopContext(browser)).newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/staff/sign-in`);
  await page.getByLabel('E-mail address').fill(demoEmail('council-admin'));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  await page.goto(`${server.url}/staff`);
  await page.getByRole('link', { name: /Council settings/ }).click();
  await page.getByRole('heading', { name: `Settings of ${DEMO_COUNCIL.name}` }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the council settings page', () => {
  it('shows what is set now, and axe finds nothing wrong', async () => {
    expect(await page.getByLabel('Keep young people’s comments for this many days').inputValue()).toBe('365');
    expect(await page.getByLabel('Green from a score of').inputValue()).toBe('75');
    expect(await page.getByRole('group', { name: 'Contact 1' }).getByLabel('Name', { exact: true }).inputValue()).toBe(
      'Riverside Children’s Rights Service',
    );
    expect(await axe(page)).toEqual([]);
  });

  it('refuses a web address that is not https, says so, and keeps the form as typed', async () => {
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const added = page.getByRole('group', { name: 'Contact 4' });
    await added.getByLabel('Name', { exact: true }).fill('Riverside Independent Visitors');
    await added.getByLabel('What it is for (optional)').fill('A grown-up who visits just for you');
    await added
      .getByLabel('Web address (optional if there is a phone number)')
      .fill('http://riverside.example/leaving-care');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('alert')
      .getByText(/Nothing was saved/)
      .waitFor();
    // The problem is said beside the field it concerns, and read out with it.
    const url = added.getByLabel('Web address (optional if there is a phone number)');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(
      await url.evaluate(
        (el) => (el as HTMLInputElement).ariaDescribedByElements?.map((e) => e.textContent).join(' ') ?? '',
      ),
    ).toMatch(/must start with https:\/\//);
    expect(await added.getByLabel('Name', { exact: true }).inputValue()).toBe('Riverside Independent Visitors');
    await screenshot(page, 'settings-02-refused');
  });

  it('saves a new contact, colours and retention, and a young person’s page lists the contact at once', async () => {
    const added = page.getByRole('group', { name: 'Contact 4' });
    await added
      .getByLabel('Web address (optional if there is a phone number)')
      .fill('https://riverside.example/leaving-care');
    await added.getByLabel('Phone number', { exact: true }).fill('020 7946 0999');
    await page.getByLabel('Green from a score of').fill('80');
    await page.getByLabel('Amber from a score of').fill('60');
    await page.getByLabel('Keep young people’s comments for this many days').fill('180');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await screenshot(page, 'settings-01-saved');
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: `Settings of ${DEMO_COUNCIL.name}` }).waitFor();
    expect(await page.getByLabel('Keep young people’s comments for this many days').inputValue()).toBe('180');
    expect(await page.getByLabel('Amber from a score of').inputValue()).toBe('60');

    const phone = await (await phoneContext(browser)).newPage();
    await phone.goto(`${server.url}/c/${DEMO_COUNCIL.slug}/privacy`);
    const call = phone.getByRole('link', { name: /020 7946 0999/ });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:02079460999');
    const item = phone.getByRole('listitem').filter({ hasText: 'Riverside Independent Visitors' });
    await item.getByText('A grown-up who visits just for you').waitFor();
    expect(await item.getByRole('link', { name: /website/i }).getAttribute('href')).toBe(
      'https://riverside.example/leaving-care',
    );
    await screenshot(phone, 'settings-03-young-person-sees-contact');
    expect(errors).toEqual([]);
  });

  it('sets the time to acknowledge an urgent comment and whether other comments sent with one are shown (off at first)', async () => {
    const minutes = page.getByLabel(
      'Someone must say they have seen an urgent comment’s alert within this many minutes',
    );
    const link = page.getByLabel('Show the other comments sent with an urgent comment');
    expect(await minutes.inputValue()).toBe('60');
    expect(await link.isChecked()).toBe(false);
    await minutes.fill('5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('alert')
      .getByText(/Allow at least 15 minutes/)
      .waitFor();
    await minutes.fill('30');
    await link.check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: `Settings of ${DEMO_COUNCIL.name}` }).waitFor();
    expect(await minutes.inputValue()).toBe('30');
    expect(await link.isChecked()).toBe(true);
  });

  it('the audit log records who changed the settings', async () => {
    await page.goto(`${server.url}/staff/audit`);
    await page.locator('table.audit tbody tr').first().waitFor();
    expect(await page.locator('table.audit tbody tr').first().innerText()).toMatch(/Council settings changed/);
  });
});
