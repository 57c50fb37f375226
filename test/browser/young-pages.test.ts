/**
 * Every page a young person can reach, opened for real in Chromium on a phone: the survey from start to
 * thank-you, a wrong link, the privacy page (English and Arabic), every step of joining and voting in a
 * session, and the accessibility statement. Each must carry "Leave now" and link to the privacy page (and,
 * but for the statement itself, to the statement). Joining and voting in a session is done with the
 * keyboard alone, and the vote's confirmation is checked in the accessibility tree a screen reader reads.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { promisesOf } from '../../shared/schemas/pledge';
import type { SessionStateView, SessionWithState } from '../../shared/sessions/schemas';
import { ar as joinAr } from '../../web/src/join/i18n/ar';
import { ACCESSIBILITY_PATH } from '../../web/src/lib/links';
import { QUICK_EXIT_URL } from '../../web/src/survey/lists';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { focused, tabTo } from '../support/keyboard';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const SURVEY = `/c/${DEMO_COUNCIL.slug}`;
const PROMISES = promisesOf(DEMO_PLEDGE);
const SESSION_PROMISES = ['p_reply', 'p_family'];
/** The privacy page's parts, in order, as headings a screen reader can jump between. */
const PRIVACY_PARTS = [
  'What we keep',
  'What we never keep',
  'What stays on this phone',
  'Why nobody knows it is you',
  'What happens to a comment',
  'In a group session',
  'Who to talk to',
];

let server: LocalServer;
let browser: Browser;
let facilitator: string;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
/** The pages checked, by name: the last test makes sure none was missed. */
const checked: string[] = [];

const newPhone = async (options: Parameters<typeof phoneContext>[1] = {}) => {
  const context = await phoneContext(browser, options);
  contexts.push(context);
  // "Leave now" goes to a real site; the machine has no internet, so a stand-in answers for it.
  await context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  // A wrong link's 404 is the one failed request expected here.
  page.on(
    'console',
    (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && problems.push(`${page.url()}: ${m.text()}`),
  );
  return page;
};

/** "Leave now" near the top; at the foot, the privacy page and the accessibility statement. */
const checkFrame = async (page: Page, name: string, { isStatement = false } = {}) => {
  await page.locator('.quick-exit').first().waitFor({ state: 'visible' });
  expect(await page.locator('header .quick-exit').count(), `${name}: "Leave now" in the header`).toBe(1);
  const links = await page.locator('footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(
    links.filter((h) => /^(\/c\/[^/]+)?\/privacy$/.test(h)),
    `${name}: privacy link`,
  ).toHaveLength(1);
  if (!isStatement) expect(links, `${name}: accessibility statement link`).toContain(ACCESSIBILITY_PATH);
  checked.push(name);
};

const staffApi = async <T>(path: string, body: unknown): Promise<T> => {
  const res = await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitator}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as T;
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  facilitator = await loginToken(server, demoEmail('facilitator'));
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

const AR_JOIN_TITLE = joinAr.codeTitle;

describe("every young person's page has Leave now and links to the privacy page", () => {
  it('the survey, every step from start to thank-you, then its privacy page', async () => {
    const page = await newPhone();
    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('heading', { name: 'Riverside Council: are we keeping our promises?' }).waitFor();
    await checkFrame(page, 'survey: start');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    for (const [i, p] of PROMISES.entries()) {
      await page.getByRole('heading', { name: p.easyRead ?? p.text }).waitFor();
      await checkFrame(page, `survey: promise ${i + 1}`);
      if (i === 0) await page.getByRole('radio', { name: 'Yes, kept' }).check();
      await page.locator('.nav button[type=submit]').click();
    }
    for (const heading of ['What is one thing we should change?', 'About you']) {
      await page.getByRole('heading', { name: heading }).waitFor();
      await checkFrame(page, `survey: ${heading}`);
      await page.locator('.nav button[type=submit]').click();
    }
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await checkFrame(page, 'survey: check your answers');
    await page.locator('.send-end').click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await checkFrame(page, 'survey: thank you');

    // The link leads to the privacy page, with its council's help contacts.
    await page.getByRole('link', { name: 'Your privacy: what we keep' }).click();
    await page.getByRole('heading', { name: 'Your privacy', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${SURVEY}/privacy`);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(PRIVACY_PARTS);
    await page.getByRole('link', { name: 'Call 0800 1111' }).waitFor();
    await checkFrame(page, 'privacy: of a council');

    await page.goto(`${server.url}/c/no-such-council`);
    await page.getByRole('heading', { name: 'We could not find this survey' }).waitFor();
    await checkFrame(page, 'survey: wrong link');
  });

  it('the privacy page in Arabic, right to left, with the same parts, on a phone that read the survey in Arabic', async () => {
    const page = await newPhone({ locale: 'ar' });
    // The council offers Arabic: its survey opens in it, and the phone keeps it for the pages of no council.
    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('button', { name: 'English' }).waitFor();
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('heading', { name: 'خصوصيتك', level: 1 }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(PRIVACY_PARTS.length);
    await checkFrame(page, 'privacy: Arabic');
  });

  it('a page of no council is in the phone’s own language and offers English beside it, not every other pack', async () => {
    // A phone that reads Pashto, that never opened a council's survey: how to join, and what is kept, in Pashto.
    const page = await newPhone({ locale: 'ps' });
    for (const path of ['/privacy', '/join']) {
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ps');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.locator('header .langs button').allTextContents()).toEqual(['English']);
    }
  });

  it('the session page switches to Arabic and back, and keeps the language picked in the survey on this phone', async () => {
    const page = await newPhone();
    // Picked in the survey on the same phone: the session page opens in it, and offers it before a code.
    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.goto(`${server.url}/join`);
    await page.getByRole('heading', { name: AR_JOIN_TITLE }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // Nothing pushes a right-to-left page sideways (a skip link parked off its left edge once did).
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await checkFrame(page, 'join: code, Arabic');
    await screenshot(page, 'young-join-code-ar');
    // What the server says back is in Arabic too: a code no session has.
    await page.getByRole('textbox').fill('ACD479');
    await page.getByRole('textbox').press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toBe(joinAr.problems.not_found);
    expect(await page.getByRole('alert').textContent()).not.toMatch(/[A-Za-z]/);
    await page.reload();
    await page.getByRole('heading', { name: AR_JOIN_TITLE }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Join the session' }).waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByRole('heading', { name: AR_JOIN_TITLE }).waitFor();
  });

  it('joining and voting in a session with the keyboard alone, every step of it', async () => {
    const { session, state } = await staffApi<SessionWithState>('/sessions', {
      roundId: ROUND,
      promiseIds: SESSION_PROMISES,
      name: 'Junior In Care Council',
      roomSize: 30,
      mode: 'phones-and-hands',
    });
    const page = await newPhone();
    await page.goto(`${server.url}/join`);
    await page.getByRole('heading', { name: 'Join the session' }).waitFor();
    await checkFrame(page, 'join: code');
    await screenshot(page, 'young-join-code');

    // The first Tab stops: the skip link, then "Leave now", then the code.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a Skip to the main part');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Leave now');
    await tabTo(page, '#code');
    await page.keyboard.type(session.joinCode);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Which group are you in?' }).waitFor();
    // Once the code is known, the languages its council offers: English and Arabic, not the unchecked packs.
    // (The frame learns them just after the step shows, so this waits for them.)
    await expect.poll(() => page.locator('header .langs button').allTextContents()).toEqual(['العربية']);
    await checkFrame(page, 'join: group');
    await tabTo(page, 'input[type=radio]');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('input[type=radio]:checked').count()).toBe(1);
    await tabTo(page, 'button[type=submit]');
    expect(await focused(page)).toBe('button Join');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'You’re in!' }).waitFor();
    await checkFrame(page, 'join: waiting');

    const live = await staffApi<SessionStateView>(`/sessions/${session.sessionId}/control`, {
      action: 'next',
      version: state.version,
    });
    const first = PROMISES.find((p) => p.promiseId === SESSION_PROMISES[0])!;
    await page.getByRole('heading', { name: first.text }).waitFor();
    await checkFrame(page, 'join: vote');
    await tabTo(page, '.vote-answer');
    expect(await focused(page)).toBe('button Yes, kept');
    await page.keyboard.press('Enter');
    await page.getByText('Your vote is in. You can change it until voting closes.').waitFor();
    // What a screen reader is given: the promise as a heading, the answers as buttons, the chosen one pressed, the status said.
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain(`heading "${first.text}" [level=1]`);
    expect(tree).toContain('button "Yes, kept" [pressed]');
    expect(tree).toMatch(/status: .*Your vote is in/);
    await screenshot(page, 'young-join-voted');

    // The privacy page and back: the phone carries on where it was.
    await page.getByRole('link', { name: 'Your privacy: what we keep' }).click();
    await page.getByRole('heading', { name: 'Your privacy', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/privacy');
    await page.goBack();
    await page.getByRole('heading', { name: first.text }).waitFor();

    await staffApi(`/sessions/${session.sessionId}/control`, { action: 'end', version: live.version });
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 5_000 });
    await checkFrame(page, 'join: ended');

    // "Leave now" leaves at once, for the neutral page.
    await page.locator('.quick-exit').click();
    await page.waitForURL(QUICK_EXIT_URL);
  });

  it('the accessibility statement, and Leave now on it', async () => {
    const page = await newPhone();
    await page.goto(`${server.url}${ACCESSIBILITY_PATH}`);
    await page.getByRole('heading', { name: 'Accessibility statement for Promise Check', level: 1 }).waitFor();
    await checkFrame(page, 'accessibility statement', { isStatement: true });
    await screenshot(page, 'young-accessibility-statement');
    await page.locator('.quick-exit').click();
    await page.waitForURL(QUICK_EXIT_URL);
  });

  it('missed no page and met no script error', () => {
    expect(checked).toHaveLength(PROMISES.length + 15);
    expect(problems).toEqual([]);
  });
});
