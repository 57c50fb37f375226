/**
 * A moderator's safeguarding work in Chromium against the real local server: an urgent disclosure handled by
 * referral (then found in "Decided"), a comment whose phone number is still showing asks before approving, and
 * an approval undone in time leaves the board's view. Axe-clean; pictures at a laptop's 1366×768 and a tablet's
 * 768×1024.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { REDACTED_MARK } from '../../shared/moderation/redact';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { api, finaliseRound } from '../support/board';
import { desktopContext, launchBrowser, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const DISCLOSURE = 'My foster carer hit me last night and I am scared to go home';
const PHONE = 'My worker Jamie Brook at Oakfield House gave me 07700 900123 but never answers';
const PLAIN = 'The bus to school takes ages and I am always late';
const LAPTOP = { width: 1366, height: 768 };
const TABLET = { width: 768, height: 1024 };

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let http: ReturnType<typeof api>;
const pageErrors: string[] = [];

const axeClean = async () => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};
/** The queue item whose words read exactly this. */
const item = (text: string): Locator =>
  page.getByTestId('queue-item').filter({
    has: page.getByTestId('comment-words').getByText(text, { exact: true }),
  });
const word = (of: Locator, w: string) => of.getByTestId('comment-words').getByRole('button', { name: w, exact: true });
const boardReads = async () =>
  JSON.stringify(
    await http.ok<Scorecard>(
      http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND}/scorecard`, {
        token: await loginToken(server, demoEmail('board-member')),
      }),
    ),
  );

beforeAll(async () => {
  server = await startTestServer();
  http = api(server);
  const send = (comments: { promiseId?: string; text: string }[]) =>
    http.ok(
      http.call(`/api/public/rounds/${ROUND}/responses`, {
        method: 'POST',
        body: { submissionId: crypto.randomUUID(), ratings: { p_reply: 'no' }, comments },
      }),
    );
  // Enough answers for p_reply's approved comments to be shown beside it.
  for (let i = 0; i < 5; i++) await send([]);
  for (const text of [DISCLOSURE, PHONE, PLAIN]) await send([{ promiseId: 'p_reply', text }]);
  // The board reads comments with the figures, once the round is final (shared/scoring/release.ts).
  await finaliseRound(server.store, ROUND);
  browser = await launchBrowser();
  context = await desktopContext(browser, { viewport: LAPTOP });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent('/staff/moderation')}`);
  await page.getByLabel('E-mail address').fill(demoEmail('moderator'));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Comments to moderate' }).waitFor();
  await page.getByTestId('queue-item').nth(2).waitFor();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

describe('moderating with safeguarding in mind', () => {
  it('handles an urgent disclosure by referral, not approval, and then finds it in "Decided"', async () => {
    const urgent = item(DISCLOSURE);
    // Its first and main action is the referral; approving is there but second.
    const buttons = urgent.locator('.button-row').last().getByRole('button');
    expect(await buttons.first().textContent()).toBe('Referred under our safeguarding procedure');
    expect(await buttons.first().getAttribute('class')).toBe('button');
    expect(await urgent.getByTestId('seen-by').textContent()).toMatch(/^Nobody has said they have seen this alert yet/);
    expect(await urgent.locator('.urgent-status').textContent()).toMatch(/Received \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\./);
    await axeClean();
    await screenshot(page, 'moderation-01-urgent-laptop');
    await page.setViewportSize(TABLET);
    await screenshot(page, 'moderation-02-urgent-tablet');
    await page.setViewportSize(LAPTOP);

    await urgent.getByRole('button', { name: 'I have seen this alert' }).click();
    await expect
      .poll(() => urgent.getByTestId('seen-by').textContent())
      .toContain(`Alert seen by ${demoEmail('moderator')}`);

    await urgent.getByRole('button', { name: 'Referred under our safeguarding procedure' }).click();
    const note = urgent.getByLabel('What was done under your safeguarding procedure (never shown to the board)');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill('Passed to the duty social worker at 10:20');
    await axeClean();
    await urgent.getByRole('button', { name: 'Record the referral' }).click();
    await expect
      .poll(() => page.getByTestId('undo-toast').textContent())
      .toMatch(/^Referred under your safeguarding procedure/);
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(2);

    await page.getByRole('button', { name: 'Decided', exact: true }).click();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(1);
    const decided = item(DISCLOSURE);
    const referral = await decided.getByTestId('referral').textContent();
    expect(referral).toMatch(new RegExp(`^Referred under the safeguarding procedure by ${demoEmail('moderator')}, `));
    expect(referral).toContain('Passed to the duty social worker at 10:20');
    // After the referral it may still be approved or rejected, but not referred again.
    expect(await decided.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(1);
    expect(await decided.getByRole('button', { name: 'Referred under our safeguarding procedure' }).count()).toBe(0);
    await axeClean();
    await screenshot(page, 'moderation-03-decided-laptop');
    expect(await boardReads()).not.toContain('scared');
    await page.getByRole('button', { name: 'Waiting', exact: true }).click();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(2);
  });

  it('marks a phone number, a name and a place for hiding, and asks first when approving with one showing', async () => {
    const named = item(PHONE);
    expect(await named.getByTestId('found-details').textContent()).toBe(
      'Marked for hiding: name of a person or place, phone number. Check them before you approve.',
    );
    for (const w of ['Jamie', 'Brook', 'Oakfield', 'House', '07700', '900123'])
      expect(await word(named, w).getAttribute('aria-pressed'), w).toBe('true');
    expect(await word(named, 'worker').getAttribute('aria-pressed')).toBe('false');
    expect(await named.getByTestId('redacted-preview').textContent()).toBe(
      `My worker ${REDACTED_MARK} at ${REDACTED_MARK} gave me ${REDACTED_MARK} but never answers`,
    );
    await page.setViewportSize(TABLET);
    await screenshot(page, 'moderation-04-details-tablet');
    await page.setViewportSize(LAPTOP);

    // The moderator taps the number's words to show them, then approves: asked first.
    await word(named, '07700').click();
    await word(named, '900123').click();
    expect(await word(named, '07700').getAttribute('aria-pressed')).toBe('false');
    await named.getByRole('button', { name: 'Approve with 4 words hidden' }).click();
    const ask = named.getByRole('alertdialog');
    expect(await ask.textContent()).toContain('phone number: “07700 900123”');
    await axeClean();
    await screenshot(page, 'moderation-05-asks-first-laptop');
    await ask.getByRole('button', { name: 'Go back and hide them' }).click();
    expect(await named.getByRole('alertdialog').count()).toBe(0);
    // Nothing was decided: it is still waiting.
    expect(await boardReads()).not.toContain('never answers');

    // With the keyboard: one tab stop, arrows move between words, Space presses.
    await word(named, 'Jamie').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('900123');
    await page.keyboard.press('Space');
    await word(named, '07700').click();
    await named.getByRole('button', { name: 'Approve with 6 words hidden' }).click();
    await expect.poll(() => page.getByTestId('undo-toast').textContent()).toMatch(/^Approved with words hidden/);
    const card = await boardReads();
    expect(card).toContain(`My worker ${REDACTED_MARK} at ${REDACTED_MARK} gave me ${REDACTED_MARK} but never answers`);
    for (const hidden of ['Jamie', 'Oakfield', '07700']) expect(card).not.toContain(hidden);
  });

  it('undoes an approval within the time: the board no longer reads it and it waits again', async () => {
    await item(PLAIN).getByRole('button', { name: 'Approve', exact: true }).click();
    const toast = page.getByTestId('undo-toast');
    await expect.poll(() => toast.textContent()).toMatch(/^Approved: the board will see it/);
    await expect.poll(boardReads).toContain(PLAIN);
    await axeClean();
    await toast.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => item(PLAIN).count()).toBe(1);
    expect(await boardReads()).not.toContain(PLAIN);
    expect(await page.getByRole('status').first().textContent()).toBe('Undone: the comment is back as it was.');
  });
});
