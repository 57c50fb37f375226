/**
 * Keeps the accessibility statement (/accessibility, web/accessibility.html) true to the tests:
 *  - every test file it names exists, checks pages with axe, and was last changed no later than the
 *    statement's review date (so a change to what is tested sends someone back to the statement);
 *  - the problems it lists as found by axe are exactly those axe finds now with every WCAG 2.2 A/AA rule
 *    it has (target size included, which axe's default run leaves out), over one state of each kind of
 *    page: none listed when axe finds none.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { REPO_ROOT } from '../../functions/local/web-build';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { ACCESSIBILITY_PATH } from '../../web/src/lib/links';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

/** Every rule axe has for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SURVEY = `/c/${DEMO_COUNCIL.slug}`;

interface StatementFacts {
  reviewed: string;
  testFiles: string[];
  axeRules: string[];
  axeSummary: string;
}

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const newPage = async (kind: 'phone' | 'desktop', options: Parameters<typeof phoneContext>[1] = {}) => {
  const context = kind === 'phone' ? await phoneContext(browser, options) : await desktopContext(browser, options);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  return page;
};

const readStatement = async (page: Page): Promise<StatementFacts> => {
  await page.goto(`${server.url}${ACCESSIBILITY_PATH}`);
  return page.evaluate(() => ({
    reviewed: document.querySelector('#reviewed')?.getAttribute('datetime') ?? '',
    testFiles: [...document.querySelectorAll('#test-files li > code:first-child')].map((c) => c.textContent ?? ''),
    axeRules: [...document.querySelectorAll<HTMLElement>('#known-issues [data-axe-rule]')].map(
      (li) => li.dataset.axeRule ?? '',
    ),
    axeSummary: document.querySelector('#axe-known')?.textContent ?? '',
  }));
};

/** The rules axe finds broken on the page as it is now, each with where. */
const wcagFindings = async (page: Page, name: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => ({
    rule: v.id,
    where: `${name}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  }));
};

/** The day (YYYY-MM-DD, UTC) of the last commit that changed a file. */
const lastChanged = (file: string) =>
  execFileSync('git', ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: 'UTC' },
  })
    .toString()
    .trim();

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('the accessibility statement is true to the latest tests', () => {
  it('names only test files that exist, check pages with axe, and have not changed since it was reviewed', async () => {
    const facts = await readStatement(await newPage('phone'));
    expect(facts.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.testFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of facts.testFiles) {
      const path = join(REPO_ROOT, file);
      expect(existsSync(path), `${file} is named in the statement but does not exist`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${file} does not check pages with axe`).toMatch(
        /AxeBuilder|checkYoungPersonPage|axeViolations/,
      );
      const changed = lastChanged(file);
      // A file not committed yet is being written now: the statement is reviewed with it.
      if (changed)
        expect(
          changed <= facts.reviewed,
          `${file} changed on ${changed}, after the statement was reviewed (${facts.reviewed}): review the statement`,
        ).toBe(true);
    }
  });

  it('lists as found by axe exactly what axe finds now with every WCAG 2.2 AA rule, on each kind of page', async () => {
    const findings: { rule: string; where: string }[] = [];

    // Young people's pages, on a phone.
    const phone = await newPage('phone');
    const facts = await readStatement(phone);
    findings.push(...(await wcagFindings(phone, 'accessibility statement')));
    await phone.goto(`${server.url}${SURVEY}`);
    await phone.getByRole('button', { name: 'Start', exact: true }).waitFor();
    findings.push(...(await wcagFindings(phone, 'survey start')));
    await phone.getByRole('button', { name: 'Start', exact: true }).click();
    await phone.getByRole('radio', { name: 'Yes, kept' }).check();
    await phone.getByRole('button', { name: 'Add a comment' }).click();
    await phone.getByRole('heading', { name: 'Before you write' }).waitFor();
    findings.push(...(await wcagFindings(phone, 'survey promise with a comment open')));
    await phone.goto(`${server.url}/privacy`);
    await phone.getByRole('heading', { name: 'Your privacy', level: 1 }).waitFor();
    findings.push(...(await wcagFindings(phone, 'privacy')));
    const arabic = await newPage('phone', { locale: 'ar' });
    await arabic.goto(`${server.url}${SURVEY}`);
    await arabic.locator('html[dir=rtl] .button.big').waitFor();
    findings.push(...(await wcagFindings(arabic, 'survey start in Arabic')));

    // A session: the phone's join pages, and the facilitator's.
    const token = await loginToken(server, demoEmail('facilitator'));
    const res = await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        roundId: 'r_riverside_1',
        promiseIds: ['p_reply', 'p_family'],
        roomSize: 30,
        mode: 'phones-and-hands',
      }),
    });
    expect(res.status).toBe(201);
    const { session } = (await res.json()) as SessionWithState;
    await phone.goto(`${server.url}/join`);
    await phone.getByLabel('Code on the screen').waitFor();
    findings.push(...(await wcagFindings(phone, 'join: code')));
    await phone.goto(`${server.url}/join/${session.joinCode}`);
    await phone.getByRole('heading', { name: 'Which group are you in?' }).waitFor();
    findings.push(...(await wcagFindings(phone, 'join: group')));

    const staff = await newPage('desktop');
    await staff.goto(`${server.url}/staff/sign-in?next=/staff/sessions`);
    await staff.getByLabel('E-mail address').waitFor();
    findings.push(...(await wcagFindings(staff, 'staff sign-in')));
    await staff.getByLabel('E-mail address').fill(demoEmail('facilitator'));
    await staff.getByLabel('Password').fill(DEMO_PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'Live sessions' }).waitFor();
    findings.push(...(await wcagFindings(staff, 'staff: sessions')));
    await staff.goto(`${server.url}/staff/sessions/${session.sessionId}`);
    await staff.locator('.lobby-code').waitFor();
    findings.push(...(await wcagFindings(staff, 'staff: session lobby')));

    // The board's overview and the moderation queue, each signed in with its own role.
    for (const [role, path, heading, name] of [
      ['board-member', '/staff/scorecard', /are we keeping our promises\?/, 'staff: board overview'],
      ['moderator', '/staff/moderation', /Comments to moderate/, 'staff: moderation queue'],
    ] as const) {
      const page = await newPage('desktop');
      await page.goto(`${server.url}/staff/sign-in?next=${path}`);
      await page.getByLabel('E-mail address').fill(demoEmail(role));
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      findings.push(...(await wcagFindings(page, name)));
    }

    const found = [...new Set(findings.map((f) => f.rule))].sort();
    expect(
      [...facts.axeRules].sort(),
      `axe finds: ${findings.map((f) => `${f.rule} (${f.where})`).join('; ') || 'nothing'}`,
    ).toEqual(found);
    if (found.length === 0) expect(facts.axeSummary).toMatch(/found no failures/);
  });
});
