/**
 * The corporate parenting board's pages and the moderator's queue, in Chromium against the real local server:
 * overview, one promise (trend chart and its table, groups, comments, "you said, we did"), themes beside other
 * councils, the CSV, and the board report printed to PDF and turned into pictures.
 */

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { REDACTED_MARK } from '../../shared/moderation/redact';
import type { Action } from '../../shared/schemas/actions';
import { APPROVED, NAMED, SESSION_NOTE, seedBoardPicture, WAITING } from '../support/board-picture';
import { desktopContext, launchBrowser, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

const REPLY = 'Your social worker will reply to your calls or messages within two working days.';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

/** A signed-in staff page in its own context; remembers which chart.js files it downloaded. */
const signIn = async (role: 'board-member' | 'moderator' | 'council-admin', next: string) => {
  const context = await desktopContext(browser, { acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${page.url()}: ${m.text()}`));
  const chartFiles: string[] = [];
  page.on('request', (r) => /\/assets\/chart[^/]*\.js$/.test(r.url()) && chartFiles.push(r.url()));
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { page, chartFiles };
};

beforeAll(async () => {
  server = await startTestServer();
  [browser] = await Promise.all([launchBrowser(), seedBoardPicture(server)]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

/** The queue item whose words read exactly this text. */
const itemWith = async (page: Page, text: string) => {
  const boxes = page.locator('[data-testid="queue-item"] [data-testid="comment-words"]');
  const i = await boxes.evaluateAll((els, t) => els.findIndex((e) => e.textContent === t), text);
  expect(i, `no queue item reads "${text}"`).toBeGreaterThanOrEqual(0);
  return page.getByTestId('queue-item').nth(i);
};

describe('the moderation queue', () => {
  it('lists urgent comments first, session notes too, shows every comment as plain text, and records approve, hide-words and reject', async () => {
    const { page } = await signIn('moderator', '/staff/moderation');
    await page.getByRole('heading', { name: 'Comments to moderate' }).waitFor();
    const items = page.getByTestId('queue-item');
    // Waiting: the worry and the session note (urgent, first), then the visit, the hostile one and the named one.
    await expect.poll(() => items.count()).toBe(5);
    // The worry came days ago and nobody has said they have seen its alert.
    expect(await page.locator('.queue-count').textContent()).toBe(
      '5 waiting, 2 to read first, 1 not acknowledged in time',
    );
    for (const i of [0, 1])
      expect(await items.nth(i).locator('.urgent-flag').textContent()).toMatch(
        /^⚠ Read first: may show a young person at risk \(/,
      );
    expect(await items.nth(2).locator('.urgent-flag').count()).toBe(0);
    const note = await itemWith(page, SESSION_NOTE);
    expect(await note.locator('.comment-meta', { hasText: 'Session note' }).count()).toBe(1);
    expect(await note.locator('.urgent-flag').count()).toBe(1);
    // Markup in a comment is shown as the young person typed it, never run.
    await itemWith(page, WAITING.hostile);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    await axeClean(page);
    await screenshot(page, 'moderation');

    // A name and a place are marked for hiding already (tapping a word hides or shows it); approve the rest.
    const named = await itemWith(page, NAMED);
    expect(await named.getByTestId('redacted-preview').textContent()).toBe(
      `My worker ${REDACTED_MARK} at ${REDACTED_MARK} never calls me back.`,
    );
    await axeClean(page);
    await named.getByRole('button', { name: 'Approve with 4 words hidden' }).click();
    const toast = page.getByTestId('undo-toast');
    await expect.poll(() => toast.textContent()).toMatch(/^Approved with words hidden/);

    // Reject the hostile one; approve the worry (the safeguarding lead was told when it arrived; the board should hear it too).
    await (await itemWith(page, WAITING.hostile)).getByRole('button', { name: 'Reject…' }).click();
    await page.getByRole('button', { name: 'Reject it' }).click();
    await expect.poll(() => toast.textContent()).toMatch(/^Rejected/);
    await (await itemWith(page, WAITING.worry)).getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => page.locator('.queue-count').textContent()).toBe('2 waiting, 1 to read first');
    // The decisions are kept: a fresh load shows the same two.
    await page.reload();
    await expect.poll(() => page.locator('.queue-count').textContent()).toBe('2 waiting, 1 to read first');

    // A worry the screen missed: the moderator marks it urgent and it joins the front of the queue.
    await (await itemWith(page, WAITING.visit)).getByRole('button', { name: 'Mark urgent' }).click();
    await expect.poll(() => page.locator('.queue-count').textContent()).toBe('2 waiting, 2 to read first');
    expect(await (await itemWith(page, WAITING.visit)).locator('.urgent-flag').textContent()).toContain(
      `(marked by ${demoEmail('moderator')})`,
    );
  });
});

describe("the board's pages", () => {
  let page: Page;
  let chartFiles: string[];
  /** The overview's line about the promises not kept, and those it lists with no action yet. */
  let notKeptLine = '';
  let noActionNames: string[] = [];

  it('overview: young people who answered, promises by status, most improved, least kept, each section in one line, without chart.js', async () => {
    ({ page, chartFiles } = await signIn('board-member', '/staff/scorecard'));
    await page.getByRole('heading', { name: /Riverside Council: are we keeping our promises\?/ }).waitFor();
    const who = page.locator('section[aria-labelledby="who-answered"]');
    expect(await who.locator('.big-figure').textContent()).toBe('46');
    expect(await who.locator('tr').allTextContents()).toEqual([
      'Survey46',
      'Phones in live sessions0',
      'Hands counted in live sessions0',
    ]);
    // The round is final: the page says so, and that its figures will not change.
    expect(await page.locator('.release-note').textContent()).toMatch(
      /^These figures are final \(released \d+ \w+ \d{4}\): they will not change\. Answers counted: the survey and live sessions\.$/,
    );
    const status = page.locator('section[aria-labelledby="by-status"] .status-list li');
    expect(await status.count()).toBe(3);
    expect((await status.allTextContents()).join(' | ')).toMatch(
      /^✓ Kept \d+ of 19 \(\d+%\) \| ◐ Partly kept \d+ of 19 \(\d+%\) \| ✗ Not kept \d+ of 19 \(\d+%\)$/,
    );
    expect(await page.locator('section[aria-labelledby="by-status"]').textContent()).toContain(
      '1 of 20 promises have fewer than 5 answers',
    );
    // The promise that improved most since Summer 2026 is the reply promise, and the change is real.
    const improved = page.locator('section[aria-labelledby="most-improved"] li').first();
    expect(await improved.locator('a').textContent()).toBe(REPLY);
    expect(await improved.textContent()).toMatch(/▲ up [\d.]+ points since Summer 2026, a real change/);
    expect(await page.locator('section[aria-labelledby="least-kept"] li').count()).toBeGreaterThan(0);
    // Every section: a one-line reading and each promise with n, score (interval), status in words, change.
    const sections = page.locator('section.board-section');
    expect(await sections.count()).toBe(5);
    for (const reading of await page.locator('.board-section .reading').allTextContents())
      expect(reading).toMatch(
        /^(Probably )?(Mostly kept|Partly kept|Mostly not kept|mostly kept|partly kept|mostly not kept) \(score [\d.]+, (green|amber|red)\): \d+ of \d+ promises green/,
      );
    // Counts: yes, sometimes, no, don't know, then n = yes + sometimes + no.
    const row = page.locator('.board-section tbody tr', { hasText: REPLY });
    const [yes, sometimes, no, dontknow, n] = (await row.locator('td').allTextContents()).slice(0, 5).map(Number);
    expect(n).toBe(yes! + sometimes! + no!);
    expect(dontknow).toBeGreaterThanOrEqual(0);
    expect(await row.locator('td').nth(5).textContent()).toMatch(/^\d+\.\d \(\d+\.\d–\d+\.\d\)$/);
    expect(await row.locator('td').nth(6).textContent()).toMatch(
      /^(✓ Kept|◐ Partly kept|✗ Not kept|✓ Probably kept|◐ Probably partly kept|✗ Probably not kept)$/,
    );
    // Each promise leads with its answers in words: so many of n said kept, so many not kept.
    expect(await row.locator('th .answer-words').textContent()).toMatch(
      new RegExp(`^${yes} of ${n} said kept, ${no} said not kept(, ${sometimes} said sometimes)?$`),
    );
    // A status whose interval crosses a limit says "probably", and is drawn as an outline, never a bold badge.
    const probable = page.locator('.board-section tbody .status-cell .badge', { hasText: 'Probably' });
    expect(await probable.count()).toBeGreaterThan(0);
    expect(await probable.evaluateAll((els) => els.every((e) => e.classList.contains('badge-soft')))).toBe(true);
    // What is being done: the promises not kept, how many have an action, and the ones with none listed by name.
    const notKept = (await page.getByTestId('not-kept-line').textContent()) ?? '';
    const [, all, withAction, none] = notKept.match(
      /^Not kept: (\d+)(?: \(\d+ of them probably\))? — with an action: (\d+) — with no action yet: (\d+)$/,
    ) ?? [notKept];
    expect(Number(all)).toBe(Number(withAction) + Number(none));
    expect((await status.nth(2).textContent())?.startsWith(`✗ Not kept ${all} of`)).toBe(true);
    const noAction = await page.getByTestId('no-action-list').locator('li').allTextContents();
    expect(noAction.length).toBe(Number(none));
    expect(noAction.length).toBeGreaterThan(0);
    [notKeptLine, noActionNames] = [notKept, noAction];
    // A whole section pools answers: it says how many, and from about how many young people.
    for (const foot of await page.locator('.board-section tfoot .pooled-words').allTextContents())
      expect(foot).toMatch(/^\(\d+ answers, from about \d+ young people\)$/);
    for (const text of noAction)
      expect(
        await page.locator('.board-section tbody tr', { hasText: text }).first().locator('.no-action').textContent(),
      ).toBe('no action yet');
    expect(await row.locator('td').nth(7).textContent()).toMatch(/a real change|may be noise/);
    expect(await page.locator('.board-section .trend-noise').count()).toBeGreaterThan(0);
    const rare = page.locator('.board-section tbody tr', { hasText: 'We will pay for a hobby' }).locator('td');
    expect(await rare.allTextContents()).toEqual(['', '', '', '', '', 'fewer than 5', '', '—', '', '']);
    // Approved comments about everything; the rejected and the waiting ones are nowhere.
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain(APPROVED.general);
    for (const hidden of [WAITING.visit, WAITING.hostile, SESSION_NOTE, 'Jamie', 'Oakfield'])
      expect(text).not.toContain(hidden);
    await axeClean(page);
    await screenshot(page, 'board-overview');
    // The council laptop: what the top of the overview shows without scrolling.
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'board-overview-1366', false);
    await page.locator('section[aria-labelledby="being-done"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'board-being-done-1366', false);
    await page.locator('.board-section').nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'board-section-1366', false);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(chartFiles).toEqual([]);
  });

  it('"survey only": the board chooses which answers are counted, and every page and the printed report say which', async () => {
    const { page } = await signIn('board-member', '/staff/scorecard');
    await page.getByRole('heading', { name: /Riverside Council: are we keeping our promises\?/ }).waitFor();
    await page.getByLabel('Answers counted').selectOption({ label: 'The survey only' });
    await page.waitForURL(/[?&]answers=survey\b/);
    const counted = page.locator('.answers-counted');
    await counted.filter({ hasText: 'Answers counted: the survey only (live sessions left out).' }).waitFor();
    const who = page.locator('section[aria-labelledby="who-answered"]');
    expect(await who.locator('tr').allTextContents()).toEqual([
      'Survey46',
      'Phones in live sessions0',
      'Hands counted in live sessions0',
    ]);
    // The choice goes with the board from page to page, and is printed on the report.
    await page.getByRole('link', { name: 'Board report to print' }).click();
    await page.waitForURL(/\/report\?answers=survey$/);
    await page.getByTestId('board-report').waitFor();
    expect(await counted.textContent()).toBe('Answers counted: the survey only (live sessions left out).');
    await page.emulateMedia({ media: 'print' });
    expect(await counted.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Answers counted').selectOption({ label: 'The survey and live sessions' });
    await counted.filter({ hasText: 'Answers counted: the survey and live sessions.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });

  it('a promise: figures, its trend over four rounds as a chart with the same figures in a table, groups with "fewer than 5", comments', async () => {
    await page.getByRole('link', { name: REPLY }).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(REPLY.slice(0, 30)) }).waitFor();
    await page.locator('canvas[data-ready="true"]').waitFor();
    expect(chartFiles.length).toBe(1);
    const trend = page.locator('table.trend-table tbody tr');
    expect(await trend.locator('th').allTextContents()).toEqual([
      'Autumn 2025',
      'Spring 2026',
      'Summer 2026',
      'Autumn 2026',
    ]);
    expect(await page.locator('canvas').getAttribute('aria-label')).toMatch(
      /score by round: Autumn 2025: [\d.]+; Spring 2026: [\d.]+; Summer 2026: [\d.]+; Autumn 2026: [\d.]+$/,
    );
    // Groups: the small ones read "fewer than 5", never a number.
    const byAge = page.locator('table.breakdown', { hasText: 'By age group' });
    expect(await byAge.locator('td.suppressed').count()).toBeGreaterThan(0);
    expect(await byAge.locator('td.suppressed').first().textContent()).toBe('fewer than 5');
    // Survey and live sessions apart: no session answered this promise in the picture.
    const parts = page.locator('table.breakdown', { hasText: 'Where the answers came from' });
    expect(await parts.locator('tr', { hasText: 'Live sessions' }).textContent()).toContain('fewer than 5');
    expect(await parts.locator('tr', { hasText: 'Survey' }).locator('td').first().textContent()).toMatch(/^\d+$/);
    expect(await page.getByTestId('promise-words').textContent()).toMatch(
      /^(Probably )?(Kept|kept|Partly kept|partly kept|Not kept|not kept): \d+ of \d+ said kept, \d+ said not kept/,
    );
    expect(await page.locator('section[aria-labelledby="said"] blockquote').allTextContents()).toEqual([
      APPROVED.reply,
    ]);
    await axeClean(page);
  });

  it('you said, we did: a board member records an action and changes its status; it reaches young people once a moderator shows it', async () => {
    await page
      .getByLabel('What will be done')
      .fill('Every social worker gets a work phone with texts on, and a duty worker answers when they are away.');
    await page.getByLabel('Who will do it (optional)').fill('Head of children’s social care');
    await page.getByLabel('By when (optional)').fill('2027-03-31');
    // A board member cannot show it to young people: a council admin or moderator reads it first.
    expect(await page.getByLabel('Show it to young people at the end of their survey').count()).toBe(0);
    await page.getByText('A council admin or a moderator reads each action before young people see it.').waitFor();
    await page.getByRole('button', { name: 'Save the action' }).click();
    const action = page.getByTestId('action');
    await action.waitFor();
    expect(await action.locator('.comment-meta').textContent()).toBe(
      'Planned · Who: Head of children’s social care · By: 31 March 2027 · Not shown to young people yet',
    );
    expect(await action.getByRole('button', { name: 'Show to young people' }).count()).toBe(0);
    await action.getByRole('combobox').selectOption('in-progress');
    await expect.poll(() => action.locator('.comment-meta').textContent()).toMatch(/^Started/);
    expect(
      JSON.stringify(await (await fetch(`${server.url}/api/public/councils/riverside/actions`)).json()),
    ).not.toContain('Every social worker gets a work phone');
    // The moderator shows it.
    const login = await fetch(`${server.url}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoEmail('moderator'), password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const authed = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const actionsUrl = `${server.url}/api/staff/councils/c_riverside/rounds/r_riverside_1/actions`;
    const [draft] = ((await (await fetch(actionsUrl, { headers: authed })).json()) as { actions: Action[] }).actions;
    const shown = await fetch(`${actionsUrl}/${draft!.actionId}`, {
      method: 'PATCH',
      headers: authed,
      body: JSON.stringify({ version: draft!.version, published: true }),
    });
    expect(shown.status).toBe(200);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('action').locator('.comment-meta').textContent())
      .toMatch(/Shown to young people$/);
    // Young people read it at the end of their survey.
    const pub = await (await fetch(`${server.url}/api/public/councils/riverside/actions`)).json();
    expect(JSON.stringify(pub)).toContain('Every social worker gets a work phone');
    await axeClean(page);
    await screenshot(page, 'board-promise');
  });

  it('themes: our score beside the median of other councils where at least 5 live ones contribute, to the nearest 5, and each theme over the rounds', async () => {
    await page.getByRole('link', { name: 'Themes and other councils' }).click();
    await page.getByRole('heading', { level: 1, name: /Themes and other councils/ }).waitFor();
    const rows = page.locator('table.theme-table tbody tr');
    const worker = rows.filter({ hasText: 'Social worker' });
    expect(await worker.locator('td').nth(2).textContent()).toMatch(
      /^\d*[05] \(5 councils\)we are \d+\.\d (above|below)$/,
    );
    // Nobody else on the platform rates leaving care yet.
    expect(await rows.filter({ hasText: 'Leaving care' }).locator('td').nth(2).textContent()).toBe(
      'not enough councils yet',
    );
    await expect
      .poll(() => page.locator('canvas[data-ready="true"]').count())
      .toBe(await page.locator('canvas').count());
    expect(await page.locator('figure.trend-figure table').count()).toBe(await page.locator('canvas').count());
    expect(await page.locator('main').textContent()).not.toMatch(/Elsewhere/);
    for (const words of await page.locator('table.theme-table .pooled-words').allTextContents())
      expect(words).toMatch(/^\d+ answers, from about \d+ young people$/);
    await axeClean(page);
    await screenshot(page, 'board-themes');
  });

  it('downloads the figures as CSV files a spreadsheet can sum: one per kind of row, hidden figures empty and flagged', async () => {
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByText('Download the figures (CSV)').click();
    const download = async (name: string) => {
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.csv-downloads').getByRole('button', { name, exact: true }).click(),
      ]);
      return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
    };
    const promises = await download('Promises');
    expect(promises.name).toBe('scorecard-riverside-autumn-2026-promises.csv');
    expect(promises.text.split('\r\n')[0]).toMatch(
      /^\uFEFFround,section,promise_id,promise,suppressed,suppressed_because,yes,/,
    );
    expect(promises.text).toContain(REPLY);
    // The promise too few rated: its number cells are empty, the flag and reason beside them.
    const rare = promises.text.split('\r\n').find((l) => l.includes('We will pay for a hobby'))!;
    expect(rare).toMatch(/,true,fewer than 5,,,,,,,,,/);
    const actions = await download('Actions');
    expect(actions.name).toBe('scorecard-riverside-autumn-2026-actions.csv');
    expect(actions.text).toContain('Every social worker gets a work phone');
  });

  it('prints the board report on A4: a summary page, then the sections', async () => {
    await page.getByRole('link', { name: 'Board report to print' }).click();
    await page.getByTestId('board-report').waitFor();
    await axeClean(page);
    const dir = mkdtempSync(join(tmpdir(), 'board-report-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(dir, 'page')]);
    const pngs = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pngs).toHaveLength(pages);
    // Pages of an earlier, longer print must not linger beside this one's.
    for (const old of readdirSync(SCREENSHOT_DIR).filter((f) => /^board-print-\d+\.png$/.test(f)))
      rmSync(join(SCREENSHOT_DIR, old));
    for (const [i, f] of pngs.entries()) copyFileSync(join(dir, f), join(SCREENSHOT_DIR, `board-print-${i + 1}.png`));
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    // Page 1, the summary: the cover, the four boxes and every section's line; nothing of the screen's controls.
    const first = pageText(1).replace(/\s+/g, ' ');
    for (const words of [
      'Riverside Council: are we keeping our promises?',
      'Who answered',
      'Promises by status',
      'Most improved',
      'Least kept',
      'Each section in one line',
      'Having your say and leaving care',
      'Page 1 of',
      'What is being done',
      notKeptLine,
      'Not kept, with no action yet:',
      ...noActionNames.map((t) => t.slice(0, 40)),
    ])
      expect(first).toContain(words);
    expect(first).not.toMatch(/Sign out|Download every figure|Print the report|How to read/);
    // Page 2 starts with how to read the figures, then the first section.
    expect(pageText(2).replace(/\s+/g, ' ')).toMatch(/How to read these figures.*When you come into care/);
  });
});
