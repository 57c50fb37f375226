/**
 * What a browser sees of the platform's defences: hostile comments show as text in the staff pages and
 * nothing in them runs; every response carries the security headers; no page asks any origin but the
 * app's own; a young person's pages keep no cookie and nothing but what the survey needs on the phone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { QueueComment } from '../../shared/schemas/moderation';
import { answer, api, finaliseRound } from '../support/board';
import { desktopContext, launchBrowser, phoneContext, screenshot, watchForeignRequests } from '../support/browser';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const ROUND = 'r_riverside_1';
const PROMISE = 'p_reply';
/** Each would run script, load something or turn into a link if a page put it into HTML or Markdown. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script> my social worker never calls',
  '[click here](javascript:window.__pwned=3) **bold** _slanted_',
  '<svg onload="window.__pwned=4"></svg><iframe src="javascript:window.__pwned=5"></iframe>',
  '"><b onmouseover="window.__pwned=6">hover</b> {{constructor.constructor(\'window.__pwned=7\')()}}',
];

let server: LocalServer;
let browser: Browser;
let http: ReturnType<typeof api>;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
const dialogs: string[] = [];
type Seen = { where: string; url: string; type: string; status: number; headers: Record<string, string> };
const responses: Promise<Seen | null>[] = [];
const foreign: string[] = [];

const open = async (context: BrowserContext): Promise<Page> => {
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('response', (r) =>
    responses.push(
      r.allHeaders().then(
        (headers) => ({
          where: `${r.request().method()} ${r.url()}`,
          url: r.url(),
          type: r.request().resourceType(),
          status: r.status(),
          headers,
        }),
        () => null,
      ),
    ),
  );
  const seen = watchForeignRequests(page, server.url);
  page.on('close', () => foreign.push(...seen));
  return page;
};

/** A staff page with its token where the sign-in page puts it (sessionStorage of the tab). */
const staffPage = async (email: string) => {
  const token = await loginToken(server, email);
  const context = await desktopContext(browser);
  await context.addInitScript((t) => sessionStorage.setItem('promise-check:staff-token', t), token);
  return open(context);
};

const nothingRan = async (page: Page) => {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await page
      .locator('main img[src="x"], main iframe, main svg[onload], main a[href^="javascript:"], main b[onmouseover]')
      .count(),
  ).toBe(0);
  expect(dialogs).toEqual([]);
};

beforeAll(async () => {
  server = await startTestServer();
  http = api(server);
  browser = await launchBrowser();
  // Enough answers for the promise to be shown, and the hostile comments sent the way the survey sends them.
  await answer(server.store, (await server.store.rounds.get(ROUND))!, { [PROMISE]: 'no' }, 6);
  for (const text of HOSTILE) {
    await http.ok(
      http.call(`/api/public/rounds/${ROUND}/responses`, {
        method: 'POST',
        body: {
          submissionId: crypto.randomUUID(),
          ratings: { [PROMISE]: 'sometimes' },
          comments: [{ promiseId: PROMISE, text }],
        },
      }),
    );
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('hostile comments', () => {
  it('show as typed, and run nothing, in the moderation queue', async () => {
    const page = await staffPage(demoEmail('moderator'));
    await page.goto(`${server.url}/staff/moderation`);
    for (const text of HOSTILE)
      await expect
        .poll(() =>
          page
            .getByTestId('comment-words')
            .evaluateAll((els, t) => els.some((e) => e.textContent === t.replace(/\s+/g, ' ').trim()), text),
        )
        .toBe(true);
    await nothingRan(page);
    await screenshot(page, 'security-01-moderation-hostile');
    await page.close();
  });

  it('show as typed, and run nothing, on the board’s promise page once approved', async () => {
    const moderator = await loginToken(server, demoEmail('moderator'));
    const { comments } = await http.ok<{ comments: QueueComment[] }>(
      http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/moderation/queue?limit=50`, { token: moderator }),
    );
    for (const c of comments.filter((x) => HOSTILE.includes(x.text))) {
      await http.ok(
        http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND}/comments/${c.commentId}/decision`, {
          method: 'POST',
          token: moderator,
          body: { decision: 'approve' },
        }),
      );
    }
    // The board reads comments with the figures, once the round is final (shared/scoring/release.ts); the round
    // takes answers again afterwards for the young people's pages below.
    const open = (await server.store.rounds.get(ROUND))!;
    await finaliseRound(server.store, ROUND);
    const page = await staffPage(demoEmail('board-member'));
    await page.goto(`${server.url}/staff/rounds/${ROUND}/promises/${PROMISE}`);
    for (const text of HOSTILE) await page.getByText(text, { exact: false }).first().waitFor();
    await nothingRan(page);
    await screenshot(page, 'security-02-board-hostile');
    await page.close();
    await server.store.rounds.put(open);
  });
});

describe('every page', () => {
  it('keeps nothing on a young person’s phone but the survey’s own progress, and no cookie at all', async () => {
    const context = await phoneContext(browser);
    const page = await open(context);
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.answer-yes').first().click();
    await page.goto(`${server.url}/c/${DEMO_COUNCIL.slug}/privacy`);
    await page.getByRole('heading').first().waitFor();
    const kept = await page.evaluate(() => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(kept.cookie).toBe('');
    expect(await context.cookies()).toEqual([]);
    expect(kept.session).toEqual([]);
    const allowed = [
      /^promise-check:lang$/,
      new RegExp(`^promise-check:survey:${ROUND}$`),
      /^promise-check:outbox$/,
      /^promise-check:sent-from-here$/,
    ];
    expect(kept.local.filter((k) => !allowed.some((a) => a.test(k)))).toEqual([]);
    expect(kept.local).toContain(`promise-check:survey:${ROUND}`);
    await page.close();
  });

  it('answered with the security headers, and asked nothing of any other origin', async () => {
    // Visit the public pages too (the staff ones were visited above).
    const page = await open(await phoneContext(browser));
    for (const path of ['/', '/privacy', '/accessibility', '/join', '/staff/sign-in']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    const own = (await Promise.all(responses)).filter(
      (r): r is Seen => r?.url.startsWith(server.url) === true && r.status !== 304,
    );
    expect(own.length).toBeGreaterThan(20);
    const kinds = new Set<string>();
    const missing: string[] = [];
    const check = (ok: boolean, what: string, where: string) => ok || missing.push(`${where}: ${what}`);
    for (const seen of own) {
      const { where, type } = seen;
      kinds.add(type);
      // Chromium hides HSTS on plain http for some requests it serves itself (the favicon): ask the server directly then.
      const h = seen.headers['strict-transport-security']
        ? seen.headers
        : Object.fromEntries((await fetch(seen.url)).headers);
      const csp = h['content-security-policy'] ?? '';
      check(/frame-ancestors 'none'/.test(csp), 'CSP with frame-ancestors none', where);
      check(!/unsafe-inline|unsafe-eval|https?:\/\//.test(csp), 'CSP without inline script or another origin', where);
      check(/max-age=\d{7,}/.test(h['strict-transport-security'] ?? ''), 'HSTS', where);
      check(h['referrer-policy'] === 'no-referrer', 'Referrer-Policy no-referrer', where);
      check(h['x-content-type-options'] === 'nosniff', 'nosniff', where);
      check(
        /geolocation=\(\)/.test(h['permissions-policy'] ?? '') && /camera=\(\)/.test(h['permissions-policy'] ?? ''),
        'Permissions-Policy without geolocation or camera',
        where,
      );
    }
    expect(missing).toEqual([]);
    expect([...kinds]).toEqual(expect.arrayContaining(['document', 'script', 'stylesheet', 'fetch']));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
