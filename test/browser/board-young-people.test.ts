/**
 * The board reads young people, not hands or answers: a round with survey answers, a live session on phones and a
 * live session counted by a show of hands, both checked by their facilitator, then made final while the next round
 * is open. In Chromium against the real local server, the overview and the printed report's first page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import type { Rating } from '../../shared/rating';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { addRound, answer, api, finaliseRound } from '../support/board';
import { desktopContext, launchBrowser, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const REPLY = 'p_reply';
const SURVEY_PEOPLE = 9;
const PHONES = 6;
const HANDS = { yes: 2, sometimes: 1, no: 4, dontknow: 0 };
const HAND_COUNT = Object.values(HANDS).reduce((a, b) => a + b, 0);

let server: LocalServer;
let browser: Browser;
let context: BrowserContext;
const pageErrors: string[] = [];

/** A live session of the round on one promise, run by the facilitator to its end and checked. */
const runSession = async (
  facilitator: string,
  mode: 'phones' | 'hands',
  during: (sessionId: string) => Promise<void>,
) => {
  const http = api(server);
  const base = { councilId: COUNCIL };
  const { session } = await http.ok<SessionWithState>(
    http.call(fill(API_PATHS.sessions, base), {
      method: 'POST',
      token: facilitator,
      body: { roundId: ROUND, promiseIds: [REPLY], roomSize: 30, mode },
    }),
    201,
  );
  const at = { ...base, sessionId: session.sessionId };
  const control = async (action: string) => {
    const { state } = await http.ok<SessionWithState>(http.call(fill(API_PATHS.session, at), { token: facilitator }));
    await http.ok(
      http.call(fill(API_PATHS.sessionControl, at), {
        method: 'POST',
        token: facilitator,
        body: { action, version: state.version },
      }),
    );
  };
  if (mode === 'phones') {
    const tokens = Array.from({ length: PHONES }, () => crypto.randomUUID());
    for (const participantToken of tokens)
      await http.ok(
        http.call(fill(API_PATHS.participants, { sessionId: session.sessionId }), {
          method: 'POST',
          body: { participantToken },
        }),
      );
    await control('next');
    const ratings: Rating[] = ['yes', 'yes', 'no', 'no', 'sometimes', 'no'];
    await Promise.all(
      tokens.map((participantToken, i) =>
        http.ok(
          http.call(fill(API_PATHS.vote, { sessionId: session.sessionId, promiseId: REPLY }), {
            method: 'PUT',
            body: { participantToken, rating: ratings[i], seq: 1 },
          }),
        ),
      ),
    );
  } else {
    await control('next');
  }
  await during(session.sessionId);
  await control('end');
  await http.ok(http.call(fill(API_PATHS.sessionConfirm, at), { method: 'POST', token: facilitator }));
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const round = (await server.store.rounds.get(ROUND))!;
  const every = (await server.store.pledges.latest(COUNCIL))!.sections.flatMap((s) => s.promises);
  const kinds: Rating[] = ['yes', 'no', 'sometimes'];
  const ratings = Object.fromEntries(every.map((p, i) => [p.promiseId, kinds[i % kinds.length]!]));
  await answer(server.store, round, ratings, SURVEY_PEOPLE, { age: '14-17', care: 'in-care' });
  const facilitator = await loginToken(server, demoEmail('facilitator'));
  await runSession(facilitator, 'phones', async () => {});
  await runSession(facilitator, 'hands', async (sessionId) => {
    const http = api(server);
    await http.ok(
      http.call(fill(API_PATHS.sessionTally, { councilId: COUNCIL, sessionId, promiseId: REPLY }), {
        method: 'PUT',
        token: facilitator,
        body: { counts: HANDS },
      }),
    );
  });
  const final = await finaliseRound(server.store, ROUND);
  // The next round is open now: the board's pages must still open on the round that has figures.
  await addRound(server.store, {
    councilId: COUNCIL,
    roundId: 'r_riverside_2',
    name: 'Spring 2027',
    daysAgo: 1,
    lastsDays: 60,
    pledgeId: final.pledgeId,
    pledgeVersion: final.pledgeVersion,
  });
  context = await desktopContext(browser);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

describe('a board member reads a round heard through the survey, phones and hands', () => {
  it('counts young people once, survey and sessions apart, on the round with figures, and the printed first page says the same', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent('/staff/scorecard')}`);
    await page.getByLabel('E-mail address').fill(demoEmail('board-member'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Riverside Council: are we keeping our promises\?/ }).waitFor();

    // The round with figures, not the empty open one, and a line for the open one.
    expect(await page.locator('main').textContent()).toContain(
      'Spring 2027 is open: its figures will show from their release',
    );
    const who = page.locator('section[aria-labelledby="who-answered"]');
    // Young people: the survey's and the phones'; the hands are a line apart, never added in.
    expect(await who.locator('.big-figure').textContent()).toBe(String(SURVEY_PEOPLE + PHONES));
    expect(await who.locator('tr').allTextContents()).toEqual([
      `Survey${SURVEY_PEOPLE}`,
      `Phones in live sessions${PHONES}`,
      `Hands counted in live sessions${HAND_COUNT}`,
    ]);
    // What is being done: no action recorded yet, so every promise not kept is listed as having none.
    const notKept = (await page.getByTestId('not-kept-line').textContent()) ?? '';
    const [, all, withAction, none] =
      notKept.match(
        /^Not kept: (\d+)(?: \(\d+ of them probably\))? — with an action: (\d+) — with no action yet: (\d+)$/,
      ) ?? [];
    expect(Number(all)).toBeGreaterThan(0);
    expect(Number(withAction)).toBe(0);
    expect(Number(none)).toBe(Number(all));
    expect(await page.getByTestId('no-action-list').locator('li').count()).toBe(Number(none));
    await screenshot(page, 'board-young-people');

    // The reply promise: survey and live sessions apart, the sessions holding the phones and the hands.
    const reply = (await server.store.pledges.latest(COUNCIL))!.sections
      .flatMap((s) => s.promises)
      .find((p) => p.promiseId === REPLY)!;
    await page.locator('.board-section tbody tr', { hasText: reply.text }).getByRole('link').first().click();
    const parts = page.locator('section[aria-labelledby="parts"]');
    await parts.waitFor();
    expect(await parts.locator('tbody tr').count()).toBe(2);
    const survey = await parts.locator('tbody tr', { hasText: 'Survey' }).locator('td').allTextContents();
    const sessions = await parts.locator('tbody tr', { hasText: 'Live sessions' }).locator('td').allTextContents();
    // n = yes + sometimes + no: the survey's 9 people, and 6 phones with 7 hands (4 of them "not kept") in sessions.
    expect(survey).toContain(String(SURVEY_PEOPLE));
    expect(sessions).toContain(String(PHONES + HAND_COUNT));

    // The printed report's first page: the same young people, apart from the hands.
    await page.goto(`${server.url}/staff/scorecard`);
    await page.getByRole('link', { name: 'Board report to print' }).click();
    await page.getByTestId('board-report').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'board-young-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain('Who answered');
    expect(first).toMatch(new RegExp(`Survey\\s+${SURVEY_PEOPLE}\\b`));
    expect(first).toMatch(new RegExp(`Phones in live sessions\\s+${PHONES}\\b`));
    expect(first).toMatch(new RegExp(`Hands counted in live sessions\\s+${HAND_COUNT}\\b`));
    expect(first).toMatch(
      new RegExp(`\\b${SURVEY_PEOPLE + PHONES}\\b[\\s\\S]{0,200}young people: the survey, and phones in live sessions`),
    );
    expect(first.replace(/\s+/g, ' ')).toContain(notKept);
    expect(first).not.toContain('Spring 2027 is open');
    await page.close();
  });
});
