/**
 * "Sections first": a council admin opens a round in which each young person first picks the parts of the pledge
 * that matter to them. A young person on a phone ticks two of the five parts, reads how many questions that gives,
 * is asked only promises from those parts, may then rate some more from the others, and each rating counts once.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { MORE_PROMISES_STEP } from '../../shared/limits';
import { RATINGS, type Rating } from '../../shared/rating';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, startTestServer } from '../support/local-server';
import { closeDemoRound, signedInAs } from '../support/staff-pages';
import { axeViolations, checkYoungPersonPage, expectRatedOnce, storedCounts } from '../support/survey-pages';

const PROMISES = DEMO_PLEDGE.sections.flatMap((s) => s.promises);
const PICKED = [DEMO_PLEDGE.sections[1]!, DEMO_PLEDGE.sections[3]!];
const IN_PICKED = new Set(PICKED.flatMap((s) => s.promises.map((p) => p.text)));
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('sections first', () => {
  it('a young person picks 2 parts, is asked their 8 promises, then some more from the others, each counted once', async () => {
    await closeDemoRound(server);
    const context = await signedInAs(browser, server, 'council-admin');
    const admin = await context.newPage();
    admin.setDefaultTimeout(10_000);
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(e.message));
    await admin.goto(`${server.url}/staff/rounds`);
    await admin.getByLabel('Name of the round').fill('Parts first 2027');
    await admin
      .getByRole('checkbox', { name: 'Let each young person first pick the parts of the pledge that matter to them' })
      .check();
    expect(await axeViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-10-round-sections-first');
    await admin.getByRole('button', { name: 'Open the round' }).click();
    await admin.getByText('Young people can answer now.', { exact: false }).waitFor();
    const opened = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find(
      (r) => r.name === 'Parts first 2027',
    )!;
    expect(opened.sectionsFirst).toBe(true);
    await context.close();

    const phone = await phoneContext(browser);
    const young = await phone.newPage();
    young.on('pageerror', (e) => errors.push(e.message));
    await young.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
    await young.getByRole('button', { name: 'Start' }).click();
    await young.getByRole('heading', { name: 'What matters to you?' }).waitFor();
    const parts = young.getByRole('group', { name: 'Which parts matter to you?' }).getByRole('checkbox');
    expect(await parts.count()).toBe(DEMO_PLEDGE.sections.length);
    // Nothing ticked asks from every part: the round's 12 of 20.
    await young.getByText('12 questions, about 4 minutes').waitFor();
    expect(await young.getByRole('button', { name: 'Ask me about any part' }).count()).toBe(1);
    for (const s of PICKED) await young.getByRole('checkbox', { name: s.title }).check();
    await young.getByText('8 questions, about 3 minutes').waitFor();
    expect(await checkYoungPersonPage(young, 'sections-01-picked')).toEqual([]);
    await young.getByRole('button', { name: 'Next' }).click();

    const byWords = new Map(PROMISES.map((p) => [p.text, p.promiseId]));
    const given: Record<string, Rating> = {};
    const rate = async (n: number, of: number, fromPicked: boolean) => {
      await expect.poll(() => young.locator('.progress-text').textContent()).toBe(`Promise ${n} of ${of}`);
      const shown = (await young.locator('.full-words p').count())
        ? await young.locator('.full-words p').textContent()
        : await young.locator('h1').textContent();
      const id = byWords.get(shown ?? '');
      expect(id, `a promise of the pledge: ${shown}`).toBeDefined();
      expect(IN_PICKED.has(shown!), `${shown} is ${fromPicked ? '' : 'not '}in a part they picked`).toBe(fromPicked);
      expect(given[id!], 'each promise asked once').toBeUndefined();
      const r = RATINGS[n % RATINGS.length]!;
      await young.locator(`.answer-${r}`).click();
      given[id!] = r;
      await young.locator('.nav button[type=submit]').click();
    };
    for (let i = 1; i <= 8; i++) await rate(i, 8, true);
    // Their parts are done: "Rate some more?" goes on to the other parts.
    await young.getByRole('heading', { name: 'Rate some more?' }).waitFor();
    const all = 8 + MORE_PROMISES_STEP;
    await young.getByRole('button', { name: `Yes, ${MORE_PROMISES_STEP} more` }).click();
    for (let i = 9; i <= all; i++) await rate(i, all, false);
    await young.getByRole('heading', { name: 'Rate some more?' }).waitFor();
    await young.getByRole('button', { name: 'No, I am done' }).click();
    await young.getByRole('heading', { name: 'What is one thing we should change?' }).waitFor();
    await young.locator('.nav button[type=submit]').click();
    await young.getByRole('heading', { name: 'About you' }).waitFor();
    await young.locator('.nav button[type=submit]').click();
    await young.getByText(`You answered ${all} of ${all} promises.`).waitFor();
    await young.getByRole('button', { name: 'Send my answers' }).first().click();
    await young.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await phone.close();

    const counts = await storedCounts(server, opened.roundId);
    expect(counts.responses).toBe(1);
    expectRatedOnce(counts, PROMISES, given);
    expect(errors).toEqual([]);
  });
});
