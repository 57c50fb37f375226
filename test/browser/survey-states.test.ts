/**
 * States of the young person's survey that depend on other parts of the product: a round that asks for a
 * one-time code (checked by the real server, with a code made as a council admin makes them), a council
 * that has published "you said, we did", and "Read it to me". The actions' answers are played by the test
 * (in the shape agreed for them), so the page's side is checked: words, order, what is sent, axe and screenshots.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { totalResponses } from '../../shared/scoring/tally';
import { launchBrowser, phoneContext } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

let server: LocalServer;
/** A real one-time code of the Codeshire round, as printed on a card ("K7MQ-3XWD"). */
let cardCode: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

const phone = async (options: Parameters<typeof phoneContext>[1] = {}): Promise<Page> => {
  const context = await phoneContext(browser, options);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const { round } = await seedCouncil(server.store, {
    council: {
      councilId: 'c_codeshire',
      slug: 'codeshire',
      name: 'Codeshire Council',
      helpContacts: [{ name: 'Codeshire Children’s Rights', phone: '020 7946 0111' }],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: 'pl_codeshire',
    pledge: DEMO_PLEDGE,
    roundId: 'r_codeshire_1',
    roundName: 'Spring 2027',
    now: new Date(),
  });
  await server.store.rounds.put({ ...round, access: 'one-time-codes' });
  const admin = await server.idp.issueToken({
    sub: 'codeshire-admin',
    email: 'admin@codeshire.example',
    roles: ['council-admin'],
    councilId: 'c_codeshire',
  });
  const made = await fetch(`${server.url}/api/staff/councils/c_codeshire/rounds/r_codeshire_1/access-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ count: 1 }),
  });
  [cardCode] = ((await made.json()) as { codes: string[] }).codes as [string];
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('survey states', () => {
  it('asks for the one-time code on the card before the first promise, and sends it with the answers', async () => {
    const page = await phone();
    const checked: string[] = [];
    await page.route('**/api/public/rounds/r_codeshire_1/access-codes/check', async (r) => {
      checked.push((r.request().postDataJSON() as { code: string }).code);
      await r.continue();
    });
    // Typed as a young person might: lower case, a space in the middle instead of the dash.
    const typed = ` ${cardCode.slice(0, 4).toLowerCase()} ${cardCode.slice(5)} `;
    const sentAs = typed.replace(/\s+/g, '');
    let sent: Record<string, unknown> | null = null;
    await page.route('**/api/public/rounds/r_codeshire_1/responses', async (r) => {
      sent = r.request().postDataJSON();
      await r.continue();
    });
    await page.goto(`${server.url}/c/codeshire`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Type in your code' }).waitFor();
    const axe = await checkYoungPersonPage(page, 'survey-code-01-ask');

    await page.getByLabel('Your code').fill('WRONG1');
    await page.getByRole('button', { name: 'Check my code' }).click();
    await page.getByRole('alert').getByText('That code did not work. Check it and try again.').waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-code-02-wrong')));

    await page.getByLabel('Your code').fill(typed);
    await page.getByRole('button', { name: 'Check my code' }).click();
    await page.getByText('Promise 1 of 20').waitFor();
    expect(checked).toEqual(['WRONG1', sentAs]);

    // Back from the first promise goes to the start, not to the code again; the code is kept.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await page.getByText('Promise 1 of 20').waitFor();
    await page.locator('.answer-yes').click();
    await page.evaluate(() => {
      const key = 'promise-check:survey:r_codeshire_1';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), step: 'review' }));
    });
    await page.reload();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    expect(sent).toMatchObject({ accessCode: sentAs, ratings: { p_explain: 'yes' } });

    // The same card on another phone: it says the card was used, not that the code is wrong.
    const other = await phone();
    await other.goto(`${server.url}/c/codeshire`);
    await other.getByRole('button', { name: 'Start' }).click();
    await other.getByLabel('Your code').fill(cardCode);
    await other.getByRole('button', { name: 'Check my code' }).click();
    await other
      .getByRole('alert')
      .getByText('That code was used already. Each card works once.', { exact: false })
      .waitFor();
    axe.push(...(await checkYoungPersonPage(other, 'survey-code-03-used')));
    expect(axe).toEqual([]);
  });

  it('shows what the council did about what young people said on the thank-you page', async () => {
    const page = await phone();
    await page.route('**/api/public/councils/riverside/actions', (r) =>
      r.fulfill({
        json: {
          round: { name: 'Spring 2026' },
          actions: [
            {
              promiseText: 'Your social worker will reply to your calls or messages within two working days.',
              action: 'Every social worker now has a work phone that takes messages.',
              owner: 'Head of children’s social care',
              due: 'March 2027',
              status: 'in-progress',
            },
            {
              promiseText: 'We will pay for a hobby, club or activity that you enjoy.',
              action: 'Every young person can now claim £150 a year for a hobby.',
              status: 'done',
            },
          ],
        },
      }),
    );
    await page.goto(`${server.url}/c/riverside`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.answer-yes').click();
    await page.evaluate(() => {
      const key = 'promise-check:survey:r_riverside_1';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), step: 'review' }));
    });
    await page.reload();
    await page.getByRole('button', { name: 'Carry on' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    await page.getByRole('heading', { name: 'You said, we did' }).waitFor();
    await page.getByText('What the council is doing after the last survey (Spring 2026):').waitFor();
    await page.getByText('Every social worker now has a work phone that takes messages.').waitFor();
    await page.getByText('Started').waitFor();
    await page.getByText('Who: Head of children’s social care').waitFor();
    await page.getByText('Done').waitFor();
    expect(await checkYoungPersonPage(page, 'survey-thanks-with-actions')).toEqual([]);

    // No new round yet: the page says so.
    await page.getByRole('button', { name: 'Is there a new survey?' }).click();
    await page.getByText('Not yet. Please come back later.').waitFor();
  });

  /** A phone whose voices speak only these languages; what it would say is recorded, as the test machine has none. */
  const phoneWithVoices = async (langs: string[]) => {
    const page = await phone();
    await page.addInitScript((voices: string[]) => {
      const said: { text: string; lang: string }[] = [];
      (window as unknown as { said: typeof said }).said = said;
      speechSynthesis.getVoices = () => voices.map((lang) => ({ lang, name: lang }) as SpeechSynthesisVoice);
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void said.push({ text: u.text, lang: u.lang });
    }, langs);
    return page;
  };

  it('reads the promise and the answers aloud in a voice for the language on the screen, and says so where it cannot', async () => {
    const page = await phoneWithVoices(['en-GB', 'fr-FR']);
    await page.goto(`${server.url}/c/riverside`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Read it to me' }).click();
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
    expect(said).toEqual([
      { text: 'We will tell you why you are in care and answer your questions.', lang: 'en' },
      {
        text: "Do we keep this promise for you? Yes, kept. Sometimes. No, not kept. Don't know or doesn't apply.",
        lang: 'en',
      },
    ]);

    // Only English voices on this phone: in Arabic the button says it cannot, never reads Arabic in English.
    await page.getByRole('button', { name: 'العربية' }).click();
    const before = await page.evaluate(() => (window as unknown as { said: unknown[] }).said.length);
    await page.getByRole('button', { name: 'اقرأه لي' }).click();
    await page.getByRole('status').getByText('هذا الهاتف لا يستطيع أن يقرأ بصوت عالٍ بالعربية.').waitFor();
    expect(await page.getByRole('button', { name: 'اقرأه لي' }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { said: unknown[] }).said.length)).toBe(before);
    expect(await checkYoungPersonPage(page, 'survey-no-arabic-voice')).toEqual([]);
    const arabic = await phoneWithVoices(['en-GB', 'ar-SA']);
    await arabic.goto(`${server.url}/c/riverside`);
    await arabic.getByRole('button', { name: 'العربية' }).click();
    await arabic.getByRole('button', { name: 'ابدأ' }).click();
    await arabic.getByRole('button', { name: 'اقرأه لي' }).click();
    // The demo's promises are still in English (its Arabic has the notice): each part in its own language.
    expect(
      (await arabic.evaluate(() => (window as unknown as { said: { lang: string }[] }).said)).map((x) => x.lang),
    ).toEqual(['en', 'ar']);

    const silent = await phone();
    await silent.addInitScript(() => delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis);
    await silent.goto(`${server.url}/c/riverside`);
    await silent.getByRole('button', { name: 'Start' }).click();
    await silent.getByText('Promise 1 of 20').waitFor();
    expect(await silent.getByRole('button', { name: 'Read it to me' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  /** A council whose round the test closes, and a phone with answers kept on the check screen. */
  const closingCouncil = async (slug: string, progress: Record<string, unknown>) => {
    const { round } = await seedCouncil(server.store, {
      council: {
        councilId: `c_${slug}`,
        slug,
        name: 'Closeshire Council',
        helpContacts: [{ name: 'Closeshire Children’s Rights', phone: '020 7946 0123' }],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: `pl_${slug}`,
      pledge: DEMO_PLEDGE,
      roundId: `r_${slug}_1`,
      roundName: 'Summer 2027',
      now: new Date(Date.now() - 60 * 60_000),
    });
    const page = await phone();
    await page.goto(`${server.url}/c/${slug}`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        `promise-check:survey:${round.roundId}`,
        JSON.stringify({
          v: 1,
          roundId: round.roundId,
          submissionId: crypto.randomUUID(),
          step: 'review',
          ratings: { p_reply: 'no' },
          comments: {},
          finalComment: '',
          about: {},
          touchedAt: Date.now(),
          ...progress,
        }),
      ],
    );
    await page.reload();
    await page.getByRole('button', { name: 'Carry on' }).click();
    // Staff close the round while the young person is checking their answers.
    await server.store.rounds.put({ ...round, closesAt: new Date(Date.now() - 60_000).toISOString() });
    await page.getByRole('button', { name: 'Send my answers' }).first().click();
    return { page, round };
  };

  it('sends and counts the answers of a phone that started before the survey closed', async () => {
    const { page, round } = await closingCouncil('lateshire', { startedAt: Date.now() - 20 * 60_000 });
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor({ timeout: 15_000 });
    expect(totalResponses(await server.store.aggregates.read(round.roundId))).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('r_lateshire_1')))).toEqual([]);
  });

  it('sends answers left waiting on the phone when it comes back after the survey closed, and says so', async () => {
    const { round } = await seedCouncil(server.store, {
      council: {
        councilId: 'c_waitshire',
        slug: 'waitshire',
        name: 'Waitshire Council',
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: 'pl_waitshire',
      pledge: DEMO_PLEDGE,
      roundId: 'r_waitshire_1',
      roundName: 'Summer 2027',
      now: new Date(Date.now() - 60 * 60_000),
    });
    const closesAt = Date.now() - 2 * 60_000;
    await server.store.rounds.put({ ...round, closesAt: new Date(closesAt).toISOString() });
    const page = await phone();
    await page.goto(`${server.url}/privacy`);
    // Sent on the last evening with no signal: the answers waited on the phone past the close.
    await page.evaluate(
      (value) => localStorage.setItem('promise-check:outbox', value),
      JSON.stringify([
        {
          roundId: round.roundId,
          submission: {
            submissionId: crypto.randomUUID(),
            ratings: { p_reply: 'yes' },
            startedAt: new Date(Math.floor((closesAt - 30 * 60_000) / 60_000) * 60_000).toISOString(),
          },
          queuedAt: new Date(closesAt - 10 * 60_000).toISOString(),
          attempts: 3,
        },
      ]),
    );
    await page.goto(`${server.url}/c/waitshire`);
    await page.getByText('Waitshire Council is not asking for answers right now. Please come back later.').waitFor();
    await page.getByText('Your answers from before the survey closed have been sent. Thank you!').waitFor();
    expect(totalResponses(await server.store.aggregates.read(round.roundId))).toBe(1);
    // Nothing is left waiting on the phone.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('promise-check:outbox') ?? '[]'))).toEqual([]);
    expect(await checkYoungPersonPage(page, 'survey-late-answers-sent')).toEqual([]);
  });

  it('says plainly when the survey closed before the answers could be sent, with the help contacts', async () => {
    // Progress kept before the phone noted when it started: nothing says it began before the close.
    const { page } = await closingCouncil('closeshire', {});
    await page.getByRole('heading', { name: 'Your answers were not sent' }).waitFor({ timeout: 15_000 });
    await page.getByText('This survey has closed, so the answers could not be sent. Thank you for trying.').waitFor();
    await page.getByRole('link', { name: /Call 0800 1111/ }).waitFor();
    await page.getByRole('link', { name: /Call 020 7946 0123/ }).waitFor();
    expect(await checkYoungPersonPage(page, 'survey-closed-before-sending')).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('r_closeshire_1')))).toEqual(
      [],
    );
  });

  it('says on the start screen until when the survey is open, in the page language', async () => {
    const { round } = await seedCouncil(server.store, {
      council: {
        councilId: 'c_dateshire',
        slug: 'dateshire',
        name: 'Dateshire Council',
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: 'pl_dateshire',
      pledge: DEMO_PLEDGE,
      roundId: 'r_dateshire_1',
      roundName: 'Winter 2026',
      now: new Date(),
    });
    // Closing at midnight at the start of 15 December: the last day to answer is the 14th.
    const closesAt = `${new Date().getUTCFullYear() + 1}-12-15T00:00:00.000Z`;
    await server.store.rounds.put({ ...round, closesAt });
    const page = await phone();
    await page.goto(`${server.url}/c/dateshire`);
    await page.getByText('Open until 14 December').waitFor();
    expect(await checkYoungPersonPage(page, 'survey-start-open-until')).toEqual([]);
    await page.evaluate(() => localStorage.setItem('promise-check:lang', JSON.stringify('ar')));
    await page.reload();
    await page
      .getByText(
        `مفتوح حتى ${new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long' }).format(new Date(Date.UTC(2026, 11, 14, 12)))}`,
      )
      .waitFor();
    expect(await checkYoungPersonPage(page, 'survey-start-open-until-ar')).toEqual([]);
  });

  it('says so plainly when a council has no survey open, or the link is wrong', async () => {
    await server.store.councils.create({
      councilId: 'c_quietshire',
      slug: 'quietshire',
      name: 'Quietshire Council',
      helpContacts: [],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    });
    const page = await phone();
    await page.goto(`${server.url}/c/quietshire`);
    await page.getByText('Quietshire Council is not asking for answers right now. Please come back later.').waitFor();
    // Nobody who came here to be heard leaves without a way to get help now.
    await page.getByRole('heading', { name: 'Need help now?' }).waitFor();
    await page.getByRole('link', { name: /Call 0800 1111/ }).waitFor();
    const axe = await checkYoungPersonPage(page, 'survey-no-round-open');
    await page.goto(`${server.url}/c/no-such-council`);
    await page.getByRole('heading', { name: 'We could not find this survey' }).waitFor();
    axe.push(...(await checkYoungPersonPage(page, 'survey-wrong-link')));
    expect(axe).toEqual([]);
  });
});
