/**
 * One tablet, one browser profile, several young people in turn (the way a children's home or a youth
 * club uses the survey). The first answers ten promises, writes a comment about their foster carer and
 * presses "Leave now"; the next finds nothing of them on the page or anywhere the browser keeps data
 * (local and session storage, IndexedDB, cache storage), answers and sends; after that send a third
 * person can still answer. On /join the next person on the phone does not see the last one's vote.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { PROGRESS_IDLE_MS } from '../../shared/limits';
import { promisesOf } from '../../shared/schemas/pledge';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { QUICK_EXIT_URL } from '../../web/src/survey/lists';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { axeViolations } from '../support/survey-pages';

const SURVEY = `/c/${DEMO_COUNCIL.slug}`;
const PROMISES = promisesOf(DEMO_PLEDGE);
const COMMENT = 'My foster carer Sam locks me out of the kitchen at night.';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

/** One tablet: a single browser profile that every person uses in turn, with the survey's service worker on. */
const tablet = async (options: Parameters<typeof phoneContext>[1] = {}) => {
  const context = await phoneContext(browser, { serviceWorkers: 'allow', ...options });
  contexts.push(context);
  // "Leave now" goes to a real site; the test machine has no internet, so a stand-in answers for it.
  await context.route('https://www.bbc.co.uk/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  return context;
};

const open = async (context: BrowserContext, path = SURVEY) => {
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.goto(`${server.url}${path}`);
  return page;
};

/** Everything this origin keeps in the browser, as text: storage, IndexedDB names and every cached body. */
const everythingKept = (page: Page) =>
  page.evaluate(async () => {
    const dump = (s: Storage) =>
      Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k)]));
    const databases = (await indexedDB.databases?.()) ?? [];
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push(`${request.url}\n${(await response?.text()) ?? ''}`);
      }
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      databases: databases.map((d) => d.name),
      cached,
    };
  });

const next = (page: Page) => page.locator('.nav button[type=submit]').click();

/** Answers the first `count` promises (each "Yes, kept"), optionally writing a comment on the first. */
const answerPromises = async (page: Page, count: number, comment?: string) => {
  for (let i = 0; i < count; i++) {
    await page.getByText(`Promise ${i + 1} of ${PROMISES.length}`, { exact: true }).waitFor();
    await page.locator('.answer-yes').click();
    if (i === 0 && comment) {
      await page.getByRole('button', { name: 'Add a comment' }).click();
      await page.getByLabel('Your comment about this promise').fill(comment);
    }
    await next(page);
  }
};

/** From wherever the survey is, on to "Check your answers" and send. */
const pressSend = async (page: Page) => {
  while (!(await page.getByRole('heading', { name: 'Check your answers' }).isVisible())) await next(page);
  await page.getByRole('button', { name: 'Send my answers' }).first().click();
};
const sendFromHere = async (page: Page) => {
  await pressSend(page);
  await page.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 15_000 });
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe('one tablet, one young person after another', () => {
  it('"Leave now" leaves nothing of the first person for the second; a send never stops the third', async () => {
    const context = await tablet();

    // --- The first person answers ten promises and writes about their foster carer, then leaves fast.
    const first = await open(context);
    await first.getByRole('button', { name: 'Start' }).click();
    await answerPromises(first, 10, COMMENT);
    const firstId = await first.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('promise-check:survey:r_riverside_1') ?? '{}') as { submissionId?: string })
          .submissionId,
    );
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);
    await first.getByRole('button', { name: 'Leave now' }).click();
    await first.waitForURL(QUICK_EXIT_URL);
    await first.close();

    // --- The second person opens the same link on the same tablet.
    const second = await open(context);
    await second.getByRole('heading', { name: /are we keeping our promises/ }).waitFor();
    const seen = (await second.locator('body').innerText()).toLowerCase();
    expect(await second.getByRole('button', { name: 'Carry on' }).count()).toBe(0);
    expect(await second.getByRole('button', { name: /Someone else/ }).count()).toBe(0);
    expect(seen).not.toContain('foster carer');
    expect(seen).not.toMatch(/\b10 of\b/);
    expect(await second.locator('textarea').count()).toBe(0);
    await screenshot(second, 'shared-tablet-01-next-person');
    const kept = JSON.stringify(await everythingKept(second));
    expect(kept).not.toContain(COMMENT);
    expect(kept).not.toContain('foster carer');
    expect(kept).not.toContain(firstId!);
    const storage = await everythingKept(second);
    expect(Object.keys(storage.local).filter((k) => k.startsWith('promise-check:'))).toEqual([]);
    expect(storage.session).toEqual({});
    expect(storage.databases).toEqual([]);

    // Every comment box the second person meets is empty, and every promise unanswered.
    await second.getByRole('button', { name: 'Start' }).click();
    await second.getByRole('button', { name: 'Add a comment' }).click();
    expect(await second.getByLabel('Your comment about this promise').inputValue()).toBe('');
    expect(await second.locator('[aria-pressed="true"], [aria-checked="true"], input:checked').count()).toBe(0);
    await second.getByRole('button', { name: 'Remove my comment' }).click();
    await answerPromises(second, 2);
    await sendFromHere(second);
    // Sent: the tablet keeps only that something was sent from it: no id, no time, no answer.
    const afterSend = await everythingKept(second);
    expect(Object.entries(afterSend.local).filter(([k]) => k.startsWith('promise-check:'))).toEqual([
      ['promise-check:sent-from-here', 'true'],
    ]);

    // --- A third person picks the tablet up: the survey is there to answer, not "Thank you!".
    await second.reload();
    await second.getByRole('heading', { name: /are we keeping our promises/ }).waitFor();
    expect(await second.getByRole('heading', { name: 'Thank you!' }).count()).toBe(0);
    await second.getByText('Answers were sent from this phone before. You can answer too.').waitFor();
    await screenshot(second, 'shared-tablet-02-after-a-send');
    expect(await axeViolations(second)).toEqual([]);
    await second.getByRole('button', { name: 'Start' }).click();
    await answerPromises(second, 1);
    await sendFromHere(second);
    // The thank-you page hands the tablet on too.
    await second.getByRole('button', { name: 'Someone else wants to answer on this phone' }).click();
    await second.getByRole('button', { name: 'Start' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('asks before carrying on, and "Someone else wants to answer" wipes and starts fresh', async () => {
    const context = await tablet();
    const page = await open(context);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerPromises(page, 3, COMMENT);
    await page.reload();
    // The start screen, never the answers: nothing of them until someone chooses to carry on.
    await page.getByRole('button', { name: 'Carry on' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('foster carer');
    await page.getByText('Someone started this survey on this phone. 3 of 20 are done. Was it you?').waitFor();
    // The choice as a phone, a laptop and a projector's laptop show it.
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `shared-tablet-carry-on-${width}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Someone else wants to answer on this phone' }).click();
    await page.getByText('Wipe the answers on this phone and start a new survey? Nobody will see them.').waitFor();
    await screenshot(page, 'shared-tablet-03-someone-else');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, wipe them and start' }).click();
    await page.getByText(`Promise 1 of ${PROMISES.length}`, { exact: true }).waitFor();
    expect(await page.locator('.answer-yes[aria-pressed="true"], .answer-yes[aria-checked="true"]').count()).toBe(0);
    expect(JSON.stringify(await everythingKept(page))).not.toContain(COMMENT);
  });

  it('answers sent with no signal go later, hidden, while the next person answers', async () => {
    const context = await tablet();
    const page = await open(context);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerPromises(page, 1, COMMENT);
    await context.setOffline(true);
    await pressSend(page);
    await page.getByText("Saved on this phone — we'll send it when you're online.").waitFor();
    await page.getByRole('button', { name: 'Someone else wants to answer on this phone' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('button', { name: 'Carry on' }).count()).toBe(0);
    // Only the queued answers stay (to be sent), hidden; nothing shows them or says they wait.
    expect(await page.getByText(/waiting for the internet/).count()).toBe(0);
    await page.getByRole('button', { name: 'Start' }).click();
    const sent = page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 200);
    await context.setOffline(false);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await sent;
    // The next person's survey carries on undisturbed: no "Thank you!" over it.
    await page.getByText(`Promise 1 of ${PROMISES.length}`, { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Thank you!' }).count()).toBe(0);
    const kept = await everythingKept(page);
    expect(JSON.stringify(kept.local)).not.toContain(COMMENT);
  });

  it('wipes progress nobody touched for an hour, also while the page stays open', async () => {
    const context = await tablet();
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.clock.install();
    await page.goto(`${server.url}${SURVEY}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await answerPromises(page, 2, COMMENT);
    await page.clock.fastForward(PROGRESS_IDLE_MS + 60_000);
    // Left open on promise 3: the page goes back to its start screen with nothing to carry on.
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('button', { name: 'Carry on' }).count()).toBe(0);
    expect(JSON.stringify(await everythingKept(page))).not.toContain(COMMENT);
  });
});

describe('a live session on a shared phone', () => {
  it('after "Leave now", the next person joins afresh and does not see the last vote', async () => {
    const token = await loginToken(server, demoEmail('facilitator'));
    const base = `/api/staff/councils/${DEMO_COUNCIL.councilId}/sessions`;
    const call = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const { session, state } = (await (
      await call(base, { roundId: 'r_riverside_1', promiseIds: [PROMISES[0]!.promiseId], roomSize: 15, mode: 'phones' })
    ).json()) as SessionWithState;
    expect(
      (await call(`${base}/${session.sessionId}/control`, { action: 'next', version: state.version })).status,
    ).toBe(200);

    const context = await tablet();
    const ana = await open(context, `/join/${session.joinCode}`);
    await ana.getByRole('button', { name: 'Join without saying' }).click();
    await ana.getByRole('button', { name: 'Yes, kept' }).click();
    await ana.getByText(/Your vote is in/).waitFor();
    const anaToken = await ana.evaluate(() => localStorage.getItem('promise-check:live-session'));
    expect(anaToken).toContain('token');
    await ana.getByRole('button', { name: 'Leave now' }).click();
    await ana.waitForURL(QUICK_EXIT_URL);
    await ana.close();

    const ben = await open(context, `/join/${session.joinCode}`);
    // Ben is asked to join, as a new phone would be, and no answer shows as his.
    await ben.getByRole('button', { name: 'Join without saying' }).click();
    await ben.getByRole('button', { name: 'Yes, kept' }).waitFor();
    expect(await ben.locator('.vote-answer[aria-pressed="true"]').count()).toBe(0);
    expect(await ben.getByText(/Your vote is in/).count()).toBe(0);
    const benKept = await ben.evaluate(() => localStorage.getItem('promise-check:live-session'));
    expect(JSON.parse(benKept!).token).not.toBe(JSON.parse(anaToken!).token);
    await screenshot(ben, 'shared-tablet-04-join-next-person');
    expect(problems).toEqual([]);
  });
});
