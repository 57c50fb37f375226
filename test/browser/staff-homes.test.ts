/**
 * Staff at the door, at 1366×768 and 360×740: every role signs in through the sign-in page and lands on its
 * own home, never on a refusal, never reading a role id; the staff menu of its role reaches every page by
 * keyboard; the admin's setup checklist, "close and open a new round" in one step, and the team page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { ROLES, type Role } from '../../shared/roles';
import { answer } from '../support/board';
import { launchBrowser, screenshot } from '../support/browser';
import { tabTo } from '../support/keyboard';
import { DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 }, isMobile: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true },
] as const;

/** Each role's home after signing in, and the heading it shows. */
const HOMES: { role: Role; path: string; heading: RegExp }[] = [
  { role: 'facilitator', path: '/staff/sessions', heading: /live sessions/i },
  { role: 'moderator', path: '/staff/moderation', heading: /comments/i },
  { role: 'board-member', path: '/staff/scorecard', heading: /are we keeping our promises/i },
  { role: 'council-admin', path: '/staff/setup', heading: /getting Riverside Council ready/i },
  { role: 'platform-operator', path: '/staff/councils', heading: /add a council/i },
];

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // Comments for the moderator's count: two waiting, one of them urgent.
  for (const text of ['More trips out please', "I don't feel safe at my placement at night"]) {
    await fetch(`${server.url}/api/public/rounds/r_riverside_1/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings: { p_reply: 'no' }, comments: [{ text }] }),
    });
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

const newPage = async (size: (typeof SIZES)[number]) => {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.isMobile,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  return page;
};

const signIn = async (page: Page, role: Role) => {
  await page.goto(`${server.url}/staff/sign-in`);
  await page.getByLabel('E-mail address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** Role ids as typed in code: a person never reads one. */
const roleIds = (text: string) => ROLES.filter((r) => r.includes('-') && text.includes(r));

/** Opens the staff menu (on a phone it folds behind a button) with the keyboard, then tabs to a link and follows it. */
const followByKeyboard = async (page: Page, href: string) => {
  const toggle = page.getByRole('button', { name: 'Menu' });
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await tabTo(page, 'button.staff-menu-toggle');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, `nav.staff-nav a[href="${href}"]`, 60);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.url}${href}`);
};

describe.each(SIZES)('at the door on a $name', (size) => {
  for (const home of HOMES) {
    it(`a ${home.role} signs in and lands on their home, then reaches every page of their menu by keyboard`, async () => {
      const page = await newPage(size);
      await signIn(page, home.role);
      await page.waitForURL(`${server.url}${home.path}`);
      await page.getByRole('heading', { level: 1, name: home.heading }).waitFor();
      await page.getByRole('navigation', { name: 'Staff pages' }).waitFor({ state: 'attached' });
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(/This needs one of these roles|This page is for/);
      expect(roleIds(body)).toEqual([]);
      await screenshot(page, `staff-home-${home.role}-${size.name}`, false);
      expect(await axe(page)).toEqual([]);

      const links = await page
        .locator('nav.staff-nav a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('href')!, a.textContent!.trim()]));
      expect(links.length).toBeGreaterThan(0);
      for (const [href] of links as [string, string][]) {
        await followByKeyboard(page, href);
        await page.locator('main h1').first().waitFor();
        const text = await page.locator('main').innerText();
        expect(text, href).not.toMatch(/This page is for|Only a council admin|Only the platform operator/);
        expect(roleIds(text), href).toEqual([]);
      }
    });
  }

  it('the moderator’s menu says how many comments wait, and how many are urgent', async () => {
    const page = await newPage(size);
    await signIn(page, 'moderator');
    await page.waitForURL(`${server.url}/staff/moderation`);
    await expect
      .poll(() => page.locator('nav.staff-nav a[href="/staff/moderation"]').textContent())
      .toBe('Comments to moderate: 2 (1 urgent)');
  });
});

describe('the council admin', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(SIZES[0]);
    await signIn(page, 'council-admin');
    await page.waitForURL(`${server.url}/staff/setup`);
  });

  it('reads the setup checklist: each step in order with its state and a link to do it', async () => {
    const steps = page.locator('ol.setup-steps > li');
    await expect.poll(() => steps.count()).toBe(5);
    const lines = await steps.evaluateAll((lis) =>
      lis.map((li) => [li.querySelector('h2')!.textContent, li.querySelector('.setup-state')!.textContent]),
    );
    expect(lines).toEqual([
      ['1. Publish your pledge', 'Done'],
      ['2. Open a survey round', 'Done'],
      ['3. Set the help contacts', 'Done'],
      ['4. Invite your team', 'Done'],
      ['5. Print code cards', 'Not needed'],
    ]);
    for (const [i, href] of [
      '/staff/pledge',
      '/staff/rounds',
      '/staff/settings',
      '/staff/team',
      '/staff/codes',
    ].entries())
      expect(await steps.nth(i).locator('a').getAttribute('href')).toBe(href);
    await screenshot(page, 'staff-setup-laptop');
    expect(await axe(page)).toEqual([]);
  });

  it('closes Autumn 2026 and opens a new round in one step, told first how many may be part-way through', async () => {
    const round = (await server.store.rounds.get('r_riverside_1'))!;
    await answer(server.store, round, { p_reply: 'yes' }, 11);
    await page.goto(`${server.url}/staff/rounds`);
    await page.getByRole('button', { name: 'Close Autumn 2026 and open a new round' }).click();
    await page.getByLabel('Name of the new round').fill('Spring term 2027');
    await page.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('group', { name: 'Are you sure?' });
    // 13 answers in the last day (2 with comments, 11 more): counted in fives.
    await confirm
      .getByText(
        'In the last 24 hours, 10 young people sent their answers. About as many may be part-way through now: answers they have not sent when Autumn 2026 closes cannot be sent.',
      )
      .waitFor();
    await screenshot(page, 'staff-rounds-close-and-open');
    expect(await axe(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Yes, close Autumn 2026 and open Spring term 2027' }).click();
    await page.getByRole('heading', { name: 'Open now: Spring term 2027' }).waitFor({ timeout: 20_000 });
    const rows = await page.locator('table.rounds-table tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^Spring term 2027\s+1\s.*Open$/);
    expect(rows[1]).toMatch(/^Autumn 2026\s.*Closed$/);
  });

  it('reads on the team page what each role can do, names a colleague, and is warned about board member with moderator', async () => {
    await page.goto(`${server.url}/staff/team`);
    const roles = page.getByRole('list', { name: 'What each role can see and do' });
    await expect.poll(() => roles.getByRole('listitem').count()).toBe(4);
    const board = page.getByRole('row', { name: /board@riverside\.example/ });
    await board.getByLabel('Name (optional)').fill('Cllr Jo Lee');
    await board.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('status').getByText('Name of board@riverside.example saved.').waitFor();
    await page.getByRole('row', { name: /Cllr Jo Lee/ }).waitFor();

    const row = page.getByRole('row', { name: /board@riverside\.example/ });
    await row.getByLabel('Moderator (safeguarding)').check();
    // Warned before saving, and after.
    await row
      .getByText('Board member and Moderator (safeguarding) on one account: they could watch a comment arrive', {
        exact: false,
      })
      .waitFor();
    await row.getByRole('button', { name: 'Save roles' }).click();
    await page.getByRole('status').getByText('Roles of board@riverside.example saved').waitFor();
    await page
      .getByRole('row', { name: /board@riverside\.example/ })
      .getByText('they could watch a comment arrive in the queue and the scorecard move', { exact: false })
      .waitFor();
    await screenshot(page, 'staff-team-warning');
    expect(await axe(page)).toEqual([]);
  });
});
