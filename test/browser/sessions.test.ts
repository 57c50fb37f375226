import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { finaliseRound } from '../support/board';
import { launchBrowser, PROJECTOR, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const PROMISES = [
  { id: 'p_reply', text: 'Your social worker will reply to your calls or messages within two working days.' },
  {
    id: 'p_family',
    text: 'We will help you keep in touch with your family, brothers and sisters when it is safe to do so.',
  },
  { id: 'p_school', text: 'We will help you stay at the same school when you move home, unless you want to change.' },
];
/** "Follows next within a second or two": polling every second, plus a margin for a busy test machine. */
const FOLLOW_MS = 2_500;

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Script errors and console errors (a Content-Security-Policy refusal shows up here) on any page. */
const pageErrors: string[] = [];
const watch = (page: Page) => {
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${page.url()}: ${m.text()}`));
  return page;
};

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

/** The numbers in the presenter's results table (read by screen readers; the chart draws the same). */
const resultsOf = async (presenter: Page) =>
  Object.fromEntries(
    await presenter
      .locator('[data-testid="results-table"] tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('th')!.textContent, Number(r.querySelector('td')!.textContent)]),
      ),
  ) as Record<string, number>;
const waitForResults = (presenter: Page, expected: Record<string, number>) =>
  expect.poll(() => resultsOf(presenter), { timeout: FOLLOW_MS }).toEqual(expected);
const shows = (l: Locator, timeout = 5_000) => l.first().waitFor({ state: 'visible', timeout });
const textOf = (l: Locator, timeout = 5_000) => expect.poll(async () => (await l.textContent())?.trim(), { timeout });
const pressed = (l: Locator) => expect.poll(() => l.getAttribute('aria-pressed')).toBe('true');

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('an In Care Council session', () => {
  it('runs from the projector and three phones to the summary and the round scorecard', async () => {
    // --- The facilitator signs in and starts a session of three chosen promises, the second moved first.
    const staffContext = await browser.newContext({ viewport: PROJECTOR, locale: 'en-GB' });
    contexts.push(staffContext);
    const presenter = watch(await staffContext.newPage());
    presenter.setDefaultTimeout(8_000);
    await presenter.goto(`${server.url}/staff/sign-in?next=/staff/sessions`);
    await presenter.getByLabel('E-mail address').fill(demoEmail('facilitator'));
    await presenter.getByLabel('Password').fill(DEMO_PASSWORD);
    await presenter.getByRole('button', { name: 'Sign in' }).click();
    await presenter.getByRole('heading', { name: 'Live sessions' }).waitFor();
    await presenter.getByLabel('Name (optional)').fill('Senior In Care Council');
    // A first-time facilitator who leaves the room size empty is told what to fill in, beside the box.
    await presenter.getByRole('button', { name: 'Start the session' }).click();
    const roomSize = presenter.getByLabel('How many young people are in the room');
    await expect.poll(() => roomSize.getAttribute('aria-invalid')).toBe('true');
    expect(await presenter.locator('#room-size-problem').textContent()).toBe(
      'Say how many young people are in the room',
    );
    await presenter.getByLabel('How many young people are in the room').fill('12');
    await presenter.getByLabel('Phones, and hands from people without a phone').check();
    await presenter.getByLabel('Choose promises and their order').check();
    for (const p of [PROMISES[1]!, PROMISES[0]!, PROMISES[2]!]) await presenter.getByLabel(p.text).check();
    await presenter.getByRole('button', { name: `Move up: ${PROMISES[0]!.text}` }).click();
    await screenshot(presenter, 'sessions-setup');
    await axeClean(presenter);
    await presenter.getByRole('button', { name: 'Start the session' }).click();

    // --- The lobby: code and QR on the screen.
    const codeText = (await presenter.locator('.lobby-code').textContent())!;
    const code = codeText.replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await shows(presenter.locator('.lobby svg.join-qr'));
    await axeClean(presenter);

    // --- Three phones: one types the code, one scans the QR (its link), one types it in lower case with a space.
    const phones: Page[] = [];
    const phoneRequests: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await phoneContext(browser);
      contexts.push(ctx);
      const page = watch(await ctx.newPage());
      page.on('request', (r) => phoneRequests.push(r.url()));
      phones.push(page);
    }
    const [ana, ben, cai] = phones as [Page, Page, Page];
    await ana.goto(`${server.url}/join`);
    await axeClean(ana);
    await ana.getByLabel('Code on the screen').fill(code);
    await ana.getByRole('button', { name: 'Join' }).click();
    await ana.getByLabel('Senior (14 to 17)').check();
    await screenshot(ana, 'sessions-phone-group');
    await axeClean(ana);
    await ana.getByRole('button', { name: 'Join' }).click();
    await ben.goto(`${server.url}/join/${code}`);
    await ben.getByRole('button', { name: 'Join without saying' }).click();
    await cai.goto(`${server.url}/join`);
    await cai.getByLabel('Code on the screen').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await cai.getByRole('button', { name: 'Join' }).click();
    await cai.getByLabel('Junior (8 to 13)').check();
    await cai.getByRole('button', { name: 'Join' }).click();
    for (const p of phones) await p.getByRole('heading', { name: 'You’re in!' }).waitFor();
    await axeClean(cai);
    await textOf(presenter.locator('.lobby-joined'), FOLLOW_MS).toBe('3 joined');
    await screenshot(presenter, 'sessions-presenter-lobby', false);

    // --- Start with the clicker's forward key; every phone follows without a reload.
    await presenter.keyboard.press('PageDown');
    await presenter.getByRole('heading', { name: PROMISES[0]!.text }).waitFor();
    for (const p of phones) await shows(p.getByRole('heading', { name: PROMISES[0]!.text }), FOLLOW_MS);
    await shows(ana.getByText('Promise 1 of 3'));
    await screenshot(presenter, 'sessions-presenter-voting', false);

    // --- Votes; results shown while voting, so the chart updates as votes arrive and change.
    await ana.getByRole('button', { name: 'Yes, kept' }).click();
    await ben.getByRole('button', { name: 'No, not kept' }).click();
    await shows(ana.getByText('Your vote is in. You can change it until voting closes.'));
    await textOf(presenter.getByTestId('voted'), FOLLOW_MS).toBe('2');
    await presenter.getByRole('button', { name: 'Show results' }).click();
    // Two phones are too few for the room to see what they said.
    await shows(presenter.getByTestId('results-waiting'));
    await cai.getByRole('button', { name: 'Sometimes' }).click();
    await ben.getByRole('button', { name: 'Yes, kept' }).click(); // Ben changes his mind.
    await textOf(presenter.getByTestId('voted'), FOLLOW_MS).toBe('3');
    await shows(presenter.getByTestId('results-waiting'));
    await pressed(ben.getByRole('button', { name: 'Yes, kept' }));
    await screenshot(ben, 'sessions-phone-voted');
    await axeClean(ben);

    // Rejoining on the same phone carries on: the promise on the screen and the vote already given.
    await ben.reload();
    await shows(ben.getByRole('heading', { name: PROMISES[0]!.text }));
    await pressed(ben.getByRole('button', { name: 'Yes, kept' }));

    // --- Hide, close voting with the clicker, reveal with the clicker.
    await presenter.getByRole('button', { name: 'Hide results' }).click();
    await shows(presenter.getByText('Results are hidden while you vote.'));
    await presenter.keyboard.press('PageDown'); // forward: close voting
    await shows(presenter.getByText('Voting closed'));
    for (const p of phones)
      await shows(p.getByText('Voting has closed. Your vote counted. Look at the screen.'), FOLLOW_MS);
    expect(await cai.getByRole('button', { name: 'No, not kept' }).isDisabled()).toBe(true);
    await screenshot(cai, 'sessions-phone-closed');
    await presenter.keyboard.press('ArrowRight'); // forward: reveal (three phones: still no counts)
    await shows(presenter.getByTestId('results-waiting'));
    await presenter.waitForTimeout(600); // let the bars finish growing before the picture
    await screenshot(presenter, 'sessions-presenter-results', false);
    await axeClean(presenter);

    // --- Next: the phones follow.
    await presenter.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: PROMISES[1]!.text }).waitFor();
    for (const p of phones) await shows(p.getByRole('heading', { name: PROMISES[1]!.text }), FOLLOW_MS);

    // --- Tally mode: hands typed in, then corrected; counted once.
    await presenter.getByRole('button', { name: 'Count hands' }).click();
    const hands = presenter.getByRole('dialog', { name: 'Count hands' });
    await hands.getByLabel('Yes, kept').fill('4');
    await hands.getByLabel('Sometimes').fill('2');
    await hands.getByLabel('No, not kept').fill('1');
    await screenshot(presenter, 'sessions-presenter-hands', false);
    await axeClean(presenter);
    await hands.getByRole('button', { name: 'Save hands' }).click();
    await shows(presenter.getByText('Hands saved.'));
    await presenter.getByRole('button', { name: 'Count hands' }).click();
    await expect.poll(() => hands.getByLabel('Yes, kept').inputValue()).toBe('4');
    await hands.getByLabel('No, not kept').fill('2');
    await hands.getByRole('button', { name: 'Save hands' }).click();
    await textOf(presenter.locator('.stage-stats'), FOLLOW_MS).toContain('8 hands');
    await presenter.getByRole('button', { name: 'Show results' }).click();
    await waitForResults(presenter, {
      'Yes, kept': 4,
      Sometimes: 2,
      'No, not kept': 2,
      "Don't know or doesn't apply": 0,
    });

    // --- A note of what the group said, for the moderators.
    await presenter.getByRole('button', { name: 'Add a note' }).click();
    await presenter
      .getByLabel('What would make this better?')
      .fill('Video calls with brothers and sisters in other homes, every week.');
    await presenter.getByRole('button', { name: 'Send to moderators' }).click();
    await shows(presenter.getByText('Note sent to the moderators.'));

    // --- End: the summary (small numbers replaced), the phones thank the room.
    presenter.once('dialog', (d) => void d.accept());
    await presenter.getByRole('button', { name: 'End session' }).click();
    await presenter.getByRole('heading', { name: 'Senior In Care Council: summary' }).waitFor();
    const rows = presenter.locator('table.scorecard tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('fewer than 5 answered'); // three phones
    expect(await rows.nth(1).textContent()).toContain('◐ Partly kept'); // 4 yes, 2 sometimes, 2 no: score 62.5, in the board's icon and words
    // Three phones are fewer than 5: the summary does not say how many.
    expect(await presenter.locator('.summary-facts').textContent()).toMatch(
      /Voted by phone: fewer than 5.*Counted by a show of hands: 8/,
    );
    await screenshot(presenter, 'sessions-summary');
    await axeClean(presenter);
    // The facilitator checks the counts before they reach the board.
    await presenter.getByRole('button', { name: 'The counts are right: add them to the scorecard' }).click();
    await textOf(presenter.getByTestId('counts-checked')).toContain('part of the round’s scorecard');
    const download = presenter.waitForEvent('download');
    await presenter.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^session-\\d{4}-\\d{2}-\\d{2}-${code}\\.csv$`));
    for (const p of phones) await shows(p.getByRole('heading', { name: 'Thank you!' }), FOLLOW_MS);
    await screenshot(ana, 'sessions-phone-ended');
    await axeClean(ana);

    // --- The board member's scorecard of the round includes the session once the round is final.
    await finaliseRound(server.store, ROUND);
    const board = await loginToken(server, demoEmail('board-member'));
    const res = await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND}/scorecard`, {
      headers: { authorization: `Bearer ${board}` },
    });
    const card = (await res.json()) as Scorecard;
    const family = card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === 'p_family')!;
    expect(family.figures).toMatchObject({
      suppressed: false,
      n: 8,
      counts: { yes: 4, sometimes: 2, no: 2, dontknow: 0 },
    });
    const tally = await server.store.aggregates.read(ROUND);
    expect(tally.promises.get('p_reply')?.bySource['session-vote']).toEqual({
      yes: 2,
      sometimes: 1,
      no: 0,
      dontknow: 0,
    });
    expect(tally.promises.get('p_family')?.bySource['session-tally']).toEqual({
      yes: 4,
      sometimes: 2,
      no: 2,
      dontknow: 0,
    });

    expect(pageErrors).toEqual([]);
    // The phones never downloaded chart.js or any staff code.
    expect(phoneRequests.filter((u) => /\/assets\/(chart|staff)[-.]/.test(u))).toEqual([]);
    expect(phoneRequests.some((u) => /\/assets\/join-/.test(u))).toBe(true);
  });
});
