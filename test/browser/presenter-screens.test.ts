/**
 * The presenter on the screens councils have (an old laptop, a borrowed projector, a big TV): no scrolling,
 * the QR code whole and readable module by module, on the lobby and on a promise with its results.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const ROUND = 'r_riverside_1';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

/** A session started through the API, as the sessions page starts one. */
const startSession = async (s: LocalServer, body: Record<string, unknown> = {}) => {
  const token = await loginToken(s, demoEmail('facilitator'));
  const res = await fetch(`${s.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ roundId: ROUND, roomSize: 20, mode: 'phones-and-hands', ...body }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as SessionWithState;
};

/** The facilitator signed in, on the presenter of a session, with a window of the given size. */
const openPresenter = async (viewport: { width: number; height: number }, sessionId: string) => {
  const context = await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers: 'block' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${page.url()}: ${m.text()}`));
  const next = `/staff/sessions/${sessionId}`;
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(demoEmail('facilitator'));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}${next}`);
  return page;
};

const noScroll = async (page: Page) => {
  const size = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    viewHeight: window.innerHeight,
    viewWidth: window.innerWidth,
  }));
  expect(size.height, 'page taller than the screen').toBeLessThanOrEqual(size.viewHeight);
  expect(size.width, 'page wider than the screen').toBeLessThanOrEqual(size.viewWidth);
};

/**
 * The visible QR code, read back from a screenshot of the screen: each module's centre pixel must be dark
 * exactly where the QR code of `url` has a dark module, so a phone's camera reads the join link.
 */
const qrReadsAs = async (page: Page, url: string, minModulePx = 3) => {
  const qr = page.locator('svg.join-qr').first();
  await qr.waitFor();
  const box = (await qr.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  const { data, size } = encode(url, { ecc: 'M', border: 2 });
  expect(box.width / size, 'each module is big enough for a camera').toBeGreaterThanOrEqual(minModulePx);
  const png = (await page.screenshot()).toString('base64');
  const seen = await page.evaluate(
    async ({ png, box, size }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const scale = img.width / window.innerWidth;
      const step = box.width / size;
      const rows: boolean[][] = [];
      for (let y = 0; y < size; y++) {
        const row: boolean[] = [];
        for (let x = 0; x < size; x++) {
          const px = ctx.getImageData(
            Math.floor((box.x + (x + 0.5) * step) * scale),
            Math.floor((box.y + (y + 0.5) * step) * scale),
            1,
            1,
          ).data;
          row.push(px[0]! + px[1]! + px[2]! < 384);
        }
        rows.push(row);
      }
      return rows;
    },
    { png, box, size },
  );
  expect(seen).toEqual(data);
};

const control = async (sessionId: string, action: string) => {
  const token = await loginToken(server, demoEmail('facilitator'));
  const base = `${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions/${sessionId}`;
  const live = (await (await fetch(`${base}/live`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    state: { version: number };
  };
  const res = await fetch(`${base}/control`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action, version: live.state.version }),
  });
  expect(res.status).toBe(200);
};

/** Wholly on the screen, not cut off at an edge. */
const inView = async (page: Page, name: string) => {
  const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
  const view = page.viewportSize()!;
  expect(box, name).toBeTruthy();
  expect(box.y + box.height, `${name} below the screen`).toBeLessThanOrEqual(view.height);
  expect(box.x + box.width, `${name} off the right`).toBeLessThanOrEqual(view.width);
};

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

describe('the presenter fits the screen it is shown on', () => {
  for (const screen of SCREENS) {
    it(`at ${screen.width}×${screen.height}: no scrolling and a whole, readable QR code`, async () => {
      // The pledge's longest promise, so the longest words have to fit too.
      const { session } = await startSession(server, { promiseIds: ['p_health', 'p_reply'] });
      const joinUrl = `${server.url}/join/${session.joinCode}`;
      const page = await openPresenter(screen, session.sessionId);
      const name = `${screen.width}x${screen.height}`;

      await page.getByRole('heading', { name: 'Join on your phone' }).waitFor();
      await page.getByRole('button', { name: 'End session' }).waitFor();
      await page.getByText('Clicker or keyboard: → or Page Down starts and steps on').waitFor();
      await noScroll(page);
      await qrReadsAs(page, joinUrl, 4);
      for (const button of ['Start', 'Open the big screen in its own window', 'End session'])
        await inView(page, button);
      await screenshot(page, `presenter-lobby-${name}`, false);

      await page.keyboard.press('PageDown');
      await page.getByRole('heading', { name: session.promises[0]!.text }).waitFor();
      await control(session.sessionId, 'show-results');
      await page.getByTestId('results-waiting').waitFor();
      await noScroll(page);
      await qrReadsAs(page, joinUrl);
      for (const button of ['Next →', 'Close voting', 'Hide results', 'Count hands', 'Add a note', 'End session'])
        await inView(page, button);
      await screenshot(page, `presenter-promise-${name}`, false);
      if (screen.width === 1280) await axeClean(page);
    });
  }
});

/** Hands for one promise, as the Count hands box saves them. */
const saveHands = async (sessionId: string, promiseId: string, counts: Record<string, number>) => {
  const token = await loginToken(server, demoEmail('facilitator'));
  const res = await fetch(
    `${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions/${sessionId}/tallies/${promiseId}`,
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ counts }),
    },
  );
  expect(res.status).toBe(200);
};

/** "Follows within a second or two": the big screen hears the laptop at once, or polls every second. */
const FOLLOW_MS = 2_500;

describe('a show of hands only', () => {
  it('asks nobody for a phone: no code, no QR code, no "joined" in the lobby or beside a promise', async () => {
    const { session } = await startSession(server, { promiseIds: ['p_reply'], mode: 'hands' });
    const page = await openPresenter({ width: 1280, height: 720 }, session.sessionId);
    await page.getByRole('heading', { name: 'Show of hands' }).waitFor();
    await page.getByText('Nobody needs a phone.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'Join on your phone' }).count()).toBe(0);
    expect(await page.getByRole('img', { name: /QR code/ }).count()).toBe(0);
    await noScroll(page);
    await screenshot(page, 'presenter-hands-lobby', false);
    await axeClean(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: session.promises[0]!.text }).waitFor();
    expect(await page.getByText('Join at', { exact: false }).count()).toBe(0);
    expect(await page.getByRole('img', { name: /QR code/ }).count()).toBe(0);
  });
});

describe('the big screen in its own window', () => {
  it('shows only what the room should see, and follows the controls on the laptop', async () => {
    const { session } = await startSession(server, {
      promiseIds: ['p_reply', 'p_family'],
      mode: 'phones-and-hands',
    });
    const [first, second] = session.promises as [{ text: string; promiseId: string }, { text: string }];
    const laptop = await openPresenter({ width: 1280, height: 720 }, session.sessionId);
    await laptop.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    const [big] = await Promise.all([
      laptop.context().waitForEvent('page'),
      laptop.getByRole('button', { name: 'Open the big screen in its own window' }).click(),
    ]);
    big.on('pageerror', (e) => pageErrors.push(`${big.url()}: ${e.message}`));
    expect(big.url()).toBe(`${server.url}/staff/sessions/${session.sessionId}/screen`);
    await big.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    await noScroll(big);
    expect(await big.getByText('Clicker or keyboard').count()).toBe(0);
    await qrReadsAs(big, `${server.url}/join/${session.joinCode}`, 4);
    await screenshot(big, 'big-screen-lobby', false);
    await axeClean(big);

    // The laptop starts: the big screen shows the first promise, and nothing a person could press or type in.
    await laptop.getByRole('button', { name: 'Start' }).click();
    await big.getByRole('heading', { name: first.text }).waitFor({ timeout: FOLLOW_MS });
    expect(await big.getByRole('button').count()).toBe(0);
    expect(await big.getByRole('textbox').count()).toBe(0);
    expect(await big.getByRole('spinbutton').count()).toBe(0);

    // Results shown with 4 hands: the laptop and the big screen both wait for 5.
    await saveHands(session.sessionId, first.promiseId, { yes: 2, sometimes: 1, no: 1, dontknow: 0 });
    await laptop.getByRole('button', { name: 'Show results' }).click();
    await big.getByTestId('results-waiting').waitFor({ timeout: FOLLOW_MS });
    expect(await big.getByTestId('results-table').count()).toBe(0);
    // The facilitator opens Count hands on the laptop: the box is not on the big screen.
    await laptop.getByRole('button', { name: 'Count hands' }).click();
    const yes = laptop.getByRole('dialog', { name: 'Count hands' }).getByLabel('Yes, kept');
    await expect.poll(() => yes.inputValue()).toBe('2');
    await yes.fill('4');
    await laptop.getByRole('dialog', { name: 'Count hands' }).getByRole('button', { name: 'Save hands' }).click();
    await laptop.getByText('Hands saved.').waitFor();
    expect(await big.getByRole('dialog').count()).toBe(0);
    // Six hands now: the room may see them.
    await expect
      .poll(
        () =>
          big
            .getByTestId('results-table')
            .textContent({ timeout: 500 })
            .catch(() => null),
        {
          timeout: FOLLOW_MS,
        },
      )
      .toContain('Yes, kept4');
    await big.waitForTimeout(600); // the bars finish growing before the picture
    await noScroll(big);
    await screenshot(big, 'big-screen-results', false);
    await axeClean(big);

    // The clicker on the laptop moves to the next promise: the big screen follows.
    await laptop.keyboard.press('PageDown'); // close voting
    await big.getByText('Voting closed').waitFor({ timeout: FOLLOW_MS });
    await laptop.keyboard.press('PageDown'); // results are already shown: next promise
    await laptop.getByRole('heading', { name: second.text }).waitFor();
    await big.getByRole('heading', { name: second.text }).waitFor({ timeout: FOLLOW_MS });
    // The clicker pressed while the big screen has the focus: the laptop acts on it, and both go back.
    await big.keyboard.press('PageUp');
    await laptop.getByRole('heading', { name: first.text }).waitFor({ timeout: FOLLOW_MS });
    await big.getByRole('heading', { name: first.text }).waitFor({ timeout: FOLLOW_MS });

    // End: the big screen says thank you and shows no figure; the laptop goes to the summary.
    laptop.once('dialog', (d) => void d.accept());
    await laptop.getByRole('button', { name: 'End session' }).click();
    await laptop.getByRole('heading', { name: /summary/ }).waitFor();
    await big.getByRole('heading', { name: 'Thank you for taking part' }).waitFor({ timeout: FOLLOW_MS });
    expect(big.url()).toBe(`${server.url}/staff/sessions/${session.sessionId}/screen`);
    expect(await big.locator('svg.join-qr, [data-testid="results-table"], .big-number').count()).toBe(0);
    await axeClean(big);
  });
});

describe('a junior session (8 to 13)', () => {
  it('shows the easy-read words where a promise has them, on the screen and on the phones', async () => {
    const explain = DEMO_PLEDGE.sections[0]!.promises[0]!; // has easy-read words
    const things = DEMO_PLEDGE.sections[0]!.promises[2]!; // has none
    expect(explain.easyRead).toBeTruthy();
    expect(things.easyRead).toBeUndefined();
    const { session } = await startSession(server, {
      promiseIds: [explain.promiseId, things.promiseId],
      room: 'junior',
      mode: 'phones',
    });
    const screen = await openPresenter({ width: 1280, height: 720 }, session.sessionId);
    await screen.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    const phoneCtx = await phoneContext(browser);
    contexts.push(phoneCtx);
    const phone = await phoneCtx.newPage();
    phone.on('pageerror', (e) => pageErrors.push(`${phone.url()}: ${e.message}`));
    await phone.goto(`${server.url}/join/${session.joinCode}`);
    await phone.getByRole('button', { name: 'Join without saying' }).click();
    await phone.getByRole('heading', { name: 'You’re in!' }).waitFor();

    await screen.keyboard.press('PageDown');
    await screen.getByRole('heading', { name: explain.easyRead! }).waitFor();
    await phone.getByRole('heading', { name: explain.easyRead! }).waitFor({ timeout: FOLLOW_MS });
    // The council's own words are still there, smaller, for whoever wants them.
    await screen.getByText(explain.text).waitFor();
    await noScroll(screen);
    await screenshot(screen, 'presenter-junior-easy-read', false);
    await screenshot(phone, 'phone-junior-easy-read');
    await axeClean(screen);
    await axeClean(phone);

    await control(session.sessionId, 'next');
    await screen.getByRole('heading', { name: things.text }).waitFor({ timeout: FOLLOW_MS });
    await phone.getByRole('heading', { name: things.text }).waitFor({ timeout: FOLLOW_MS });
  });

  it('a session for older young people shows the council’s own words', async () => {
    const explain = DEMO_PLEDGE.sections[0]!.promises[0]!;
    const { session } = await startSession(server, { promiseIds: [explain.promiseId], room: 'senior' });
    const screen = await openPresenter({ width: 1280, height: 720 }, session.sessionId);
    await screen.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    await screen.keyboard.press('PageDown');
    await screen.getByRole('heading', { name: explain.text }).waitFor();
    expect(await screen.getByText(explain.easyRead!).count()).toBe(0);
  });
});

describe('help in the page', () => {
  it('the sessions page links to the facilitator guide, which opens in the staff pages with its pictures', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    await page.goto(`${server.url}/staff/sign-in?next=/staff/sessions`);
    await page.getByLabel('E-mail address').fill(demoEmail('facilitator'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'guide for facilitators' }).click();
    await page.waitForURL(`${server.url}/staff/guides/facilitator`);
    await page.getByRole('heading', { name: 'Running an In Care Council session: a guide for facilitators' }).waitFor();
    await page.getByRole('heading', { name: '3. One promise at a time' }).waitFor();
    const lobby = page.getByRole('img', { name: /The lobby/ });
    await lobby.scrollIntoViewIfNeeded();
    await expect.poll(() => lobby.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await screenshot(page, 'facilitator-guide', false);
    await axeClean(page);
  });
});
