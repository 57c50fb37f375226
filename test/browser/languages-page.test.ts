/**
 * A council admin at Tarnford, which has not offered Arabic, makes its survey Arabic on the Languages page: downloads
 * the translator's file, uploads it back with a mistake and sees the row named (nothing saved), uploads it fixed and
 * reads that every text is translated, corrects one promise in the list, records the fluent speaker's check and
 * switches Arabic on; a young person's phone set to Arabic then gets the promises in Arabic. A promise reworded in a
 * new pledge version marks its translation out of date until the admin puts it right. Other roles have no link to
 * the page. At 1366×768 and 360×740, axe clean. The demo that `npm start` seeds offers its survey all in Arabic.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARABIC } from '../../functions/local/demo-arabic';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { parseCsv, toCsv } from '../../shared/csv';
import { promisesOf } from '../../shared/schemas/pledge';
import type { SessionWithState } from '../../shared/sessions/schemas';
import { textId } from '../../shared/translations/text-ids';
import { ar as joinAr } from '../../web/src/join/i18n/ar';
import { STAFF_SESSION_KEYS } from '../../web/src/staff/session';
import { STAFF_PAGES } from '../../web/src/staff/staff-paths';
import { launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { signedInAs } from '../support/staff-pages';

const councilId = 'c_tarnford';
const SLUG = 'tarnford';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 360, height: 740 };
const FIXED = 'سنقول لك لماذا أنت في الرعاية، وسنجيب عن كل أسئلتك.';

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

const axe = async (p: Page) =>
  (await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** A browser signed in as Tarnford's council admin, at this size. */
const adminPage = async (viewport: { width: number; height: number }, isMobile = false) => {
  const token = await server.idp.issueToken({
    sub: 'staff-tarnford-admin',
    email: 'admin@tarnford.example',
    roles: ['council-admin'],
    councilId,
  });
  const context = await browser.newContext({
    viewport,
    isMobile,
    hasTouch: isMobile,
    locale: 'en-GB',
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  contexts.push(context);
  await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
    STAFF_SESSION_KEYS.idToken,
    token,
  ] as const);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
};

/** Tarnford's translator does every promise, section and contact, and leaves the council's and round's names. */
const tarnfordArabic = (id: string) => (id === textId.councilName || id === textId.roundName ? '' : DEMO_ARABIC[id]!);

/** The translator's file with each translation filled in, as a translator sends it back. */
const translated = (csv: string, words: (id: string) => string) => {
  const rows = parseCsv(csv)!.filter((r) => r.some((c) => c.trim()));
  return toCsv(
    [rows[0]!, ...rows.slice(1).map(([id, kind, english, , hash]) => [id!, kind!, english!, words(id!), hash!])],
    { bom: true },
  );
};

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await seedCouncil(server.store, {
    council: { ...DEMO_COUNCIL, councilId, slug: SLUG, name: 'Tarnford Council' },
    pledgeId: 'pl_tarnford',
    pledge: DEMO_PLEDGE,
    roundId: 'r_tarnford_1',
    roundName: 'Spring 2027',
    now: new Date(),
    arabic: 'not-offered',
  });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(errors).toEqual([]);
});

describe('the Languages page, as a council admin', () => {
  let page: Page;
  let file: string;
  const status = () => page.locator('p.language-status').textContent();

  it('is in the staff menu and lists every language with where it stands', async () => {
    page = await adminPage(LAPTOP);
    await page.goto(`${server.url}/staff`);
    await page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Languages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
    const arabic = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Arabic/ }) });
    await arabic.getByText('Arabic: 0 of 40 texts translated — not offered to young people yet').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Arabic (العربية)',
      'Pashto (پښتو)',
      'Dari (دری)',
      'Farsi (فارسی)',
      'Kurdish (Sorani) (کوردی)',
      'Tigrinya (ትግርኛ)',
      'Ukrainian (Українська)',
    ]);
    await screenshot(page, 'languages-01-list-laptop');
    expect(await axe(page)).toEqual([]);
    await arabic.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Arabic (العربية)' }).waitFor();
  });

  it('downloads the translator’s file; a file with a mistake is refused whole, its row named, nothing saved', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the file for a translator (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('translations-tarnford-arabic.csv');
    file = readFileSync((await download.path())!, 'utf8');
    expect(file.startsWith('\uFEFFid,kind,english,translation,source_hash')).toBe(true);

    // The translator typed over one row's id: the file names that row.
    const mistaken = translated(file, tarnfordArabic).replace('easy-read:p_visit,', 'easy-read:p_vist,');
    const row = mistaken.split('\r\n').findIndex((l) => l.startsWith('easy-read:p_vist,')) + 1;
    await page
      .getByLabel('The translated file (CSV)')
      .setInputFiles({ name: 'arabic.csv', mimeType: 'text/csv', buffer: Buffer.from(mistaken) });
    await page.getByRole('button', { name: 'Upload the file' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Nothing was saved: the file has a problem/)
      .waitFor();
    expect(await page.getByRole('list', { name: 'Rows to fix' }).getByRole('listitem').allTextContents()).toEqual([
      `Row ${row}: "easy-read:p_vist" is not a text of this pledge or its help contacts`,
    ]);
    expect(await status()).toBe('Arabic: 0 of 40 texts translated — not offered to young people yet');
    await page.locator('form.language-upload').scrollIntoViewIfNeeded();
    await screenshot(page, 'languages-02-file-refused-laptop', false);
    expect(await axe(page)).toEqual([]);
  });

  it('takes the fixed file: every text is translated, still not offered until switched on', async () => {
    await page.getByLabel('The translated file (CSV)').setInputFiles({
      name: 'arabic.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(translated(file, tarnfordArabic)),
    });
    await page.getByRole('button', { name: 'Upload the file' }).click();
    await page.getByRole('status').getByText('The file was imported.', { exact: false }).waitFor();
    expect(await status()).toBe('Arabic: 38 of 40 texts translated — not offered to young people yet');
    expect(await page.getByRole('list', { name: 'Rows to fix' }).count()).toBe(0);
  });

  it('fixes one promise’s easy-read translation in the list, without a file', async () => {
    // The survey shows a promise's easy-read words first.
    const english = DEMO_PLEDGE.sections[0]!.promises[0]!.easyRead!;
    const item = page.locator('li.language-text').filter({ hasText: english });
    const box = item.getByLabel(`In Arabic: ${english}`);
    expect(await box.inputValue()).toBe(DEMO_ARABIC['easy-read:p_explain']);
    expect(await box.getAttribute('dir')).toBe('rtl');
    await box.fill(FIXED);
    await item.getByRole('button', { name: /^Save/ }).click();
    await item.getByRole('status').getByText('Saved. 38 of 40 texts are translated.').waitFor();
  });

  it('switches Arabic on only with the fluent speaker’s check, then says it is offered', async () => {
    await page.getByRole('checkbox', { name: 'Offer Arabic to young people' }).check();
    await page.getByRole('button', { name: 'Save these choices' }).click();
    await page
      .getByRole('alert')
      .getByText(/Record that a fluent speaker checked the screen words/)
      .waitFor();
    await page.getByLabel('Name of the fluent speaker who checked the survey’s words').fill('Amal Haddad');
    await page.getByRole('button', { name: 'Save these choices' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Saved. Arabic: 38 of 40 texts translated — offered to young people (2 names show in English until translated).',
      )
      .waitFor();
    expect(await status()).toBe(
      'Arabic: 38 of 40 texts translated — offered to young people (2 names show in English until translated)',
    );
    await page.getByText(/^The screen words were checked by Amal Haddad on /).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'languages-03-offered-laptop', false);
    expect(await axe(page)).toEqual([]);
  });

  it('then a phone set to Arabic gets Tarnford’s survey with its promises in Arabic, the fixed one as fixed', async () => {
    const phone = await phoneContext(browser, { locale: 'ar' });
    contexts.push(phone);
    const young = await phone.newPage();
    young.on('pageerror', (e) => errors.push(`${young.url()}: ${e.message}`));
    // The survey's data may be a few seconds old.
    await expect
      .poll(
        async () => {
          await young.goto(`${server.url}/c/${SLUG}`);
          return young
            .getByRole('button', { name: 'ابدأ' })
            .waitFor({ timeout: 3_000 })
            .then(() => true)
            .catch(() => false);
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await young.locator('.english-notice').count()).toBe(0);
    // The council's name, not translated, shows in English and is marked English (a screen reader says it so).
    expect(await young.locator('header .council').textContent()).toBe('Tarnford Council');
    expect(await young.locator('header .council').getAttribute('lang')).toBe('en');
    await young.getByRole('button', { name: 'ابدأ' }).click();
    const promise = young.locator('h1.promise-text');
    await expect.poll(() => promise.textContent()).toBe(FIXED);
    expect(await promise.getAttribute('lang')).toBe('ar');
    expect(await young.locator('.section-name').textContent()).toBe(DEMO_ARABIC['section:s_coming']);
  });

  it('fits a 360×740 phone with no sideways scrolling', async () => {
    const small = await adminPage(PHONE, true);
    await small.goto(`${server.url}${STAFF_PAGES.languages}/ar`);
    await small.getByRole('heading', { level: 1, name: 'Arabic (العربية)' }).waitFor();
    await small.locator('p.language-status').getByText('offered to young people').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(small, 'languages-04-phone', false);
    await small.locator('li.language-text').nth(1).scrollIntoViewIfNeeded();
    await screenshot(small, 'languages-05-texts-phone', false);
    expect(await axe(small)).toEqual([]);
    await small.getByRole('link', { name: 'All languages' }).click();
    await small.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
    await small
      .getByText(
        'Arabic: 38 of 40 texts translated — offered to young people (2 names show in English until translated)',
      )
      .waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(small, 'languages-08-list-phone', false);
    expect(await axe(small)).toEqual([]);
  });
});

describe('a promise reworded in a new pledge version', () => {
  it('marks its translation out of date; the admin lists only the texts to do and puts it right', async () => {
    const page = await adminPage(LAPTOP);
    const v1 = (await server.store.pledges.latest(councilId))!;
    const reworded = 'Before you move, we will tell you about your new home and take you to visit it first.';
    await server.store.pledges.publish({
      ...v1,
      version: 2,
      publishedAt: new Date().toISOString(),
      sections: v1.sections.map((s) => ({
        ...s,
        promises: s.promises.map((p) => (p.promiseId === 'p_visit' ? { ...p, text: reworded } : p)),
      })),
    });
    const round = (await server.store.rounds.get('r_tarnford_1'))!;
    await server.store.rounds.put({ ...round, pledgeVersion: 2 });

    await page.goto(`${server.url}${STAFF_PAGES.languages}/ar`);
    await page
      .locator('p.language-status')
      .getByText(
        'Arabic: 37 of 40 texts translated, 1 out of date since the pledge changed — not offered to young people yet',
      )
      .waitFor();
    await page.getByLabel('Show', { exact: true }).selectOption('to-do');
    // To do: the reworded promise, and the two names (optional) not translated yet.
    const all = page.locator('li.language-text');
    await expect.poll(() => all.count()).toBe(3);
    expect(await all.locator('p.english').allTextContents()).toEqual(['Tarnford Council', 'Spring 2027', reworded]);
    const items = all.filter({ hasText: reworded });
    await items.getByText(/^Out of date: the English changed since this was translated/).waitFor();
    await items.scrollIntoViewIfNeeded();
    await screenshot(page, 'languages-07-out-of-date-laptop', false);
    expect(await axe(page)).toEqual([]);

    await items.getByLabel(`In Arabic: ${reworded}`).fill('قبل أن تنتقل، سنخبرك عن بيتك الجديد، وسنأخذك لزيارته أولًا.');
    await items.getByRole('button', { name: /^Save/ }).click();
    await items.getByRole('status').getByText('Saved. 38 of 40 texts are translated.').waitFor();
    expect(await all.count()).toBe(3);
    expect(await page.locator('p.language-status').textContent()).toBe(
      'Arabic: 38 of 40 texts translated — offered to young people (2 names show in English until translated)',
    );

    // The council's name, translated in the list: the survey's top line shows it in Arabic.
    await page.getByLabel('Show', { exact: true }).selectOption('all');
    const name = page.locator('li.language-text').filter({ hasText: 'Tarnford Council' });
    await name.getByText('The council’s name (optional: shown in English until translated)').waitFor();
    await name.getByLabel('In Arabic: Tarnford Council').fill('مجلس تارنفورد');
    await name.getByRole('button', { name: /^Save/ }).click();
    await name.getByRole('status').getByText('Saved. 39 of 40 texts are translated.').waitFor();
    expect(await page.locator('p.language-status').textContent()).toBe(
      'Arabic: 39 of 40 texts translated — offered to young people (a name shows in English until translated)',
    );
  });
});

describe('other roles', () => {
  it.each(['board-member', 'moderator', 'facilitator'] as const)('a %s has no Languages link', async (role) => {
    const context = await signedInAs(browser, server, role);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff`);
    const nav = page.getByRole('navigation', { name: 'Staff pages' });
    await nav.locator('a').first().waitFor({ state: 'attached' });
    expect(await nav.locator(`a[href="${STAFF_PAGES.languages}"]`).count()).toBe(0);
    expect(await page.locator(`main a[href="${STAFF_PAGES.languages}"]`).count()).toBe(0);
  });
});

describe('the demo as `npm start` seeds it', () => {
  it('offers Riverside’s survey all in Arabic: promises, sections and help contacts, with no notice', async () => {
    const demo = await startTestServer({}, 'as-a-council-would');
    try {
      const phone = await phoneContext(browser, { locale: 'ar' });
      contexts.push(phone);
      const young = await phone.newPage();
      young.on('pageerror', (e) => errors.push(`${young.url()}: ${e.message}`));
      await young.goto(`${demo.url}/c/${DEMO_COUNCIL.slug}`);
      await young.getByRole('button', { name: 'ابدأ' }).click();
      // "About you" comes first when the round's promises are marked with who they are about: skip it.
      const arabicWords = Object.values(DEMO_ARABIC);
      for (let i = 0; i < 3; i++) {
        const promise = young.locator('h1.promise-text');
        if ((await promise.count()) === 0) await young.locator('.nav button[type=submit]').click();
        await expect.poll(() => promise.getAttribute('lang')).toBe('ar');
        expect(arabicWords).toContain(await promise.textContent());
        expect(await young.locator('.section-name').getAttribute('lang')).toBe('ar');
        expect(await young.locator('.english-notice').count()).toBe(0);
        if (i === 0) await screenshot(young, 'languages-06-demo-survey-ar', false);
        await young.locator('.nav button[type=submit]').click();
      }
      await young.goto(`${demo.url}/c/${DEMO_COUNCIL.slug}/privacy`);
      await young.getByText(DEMO_ARABIC['contact:1:name']!).waitFor();
      await young.getByText(DEMO_ARABIC['contact:3:description']!).waitFor();
    } finally {
      await demo.close();
    }
  });

  it('in a live session on the demo, a phone set to Arabic votes on each promise written in Arabic', async () => {
    const demo = await startTestServer({}, 'as-a-council-would');
    try {
      const facilitator = await loginToken(demo, demoEmail('facilitator'));
      const staff = async <T>(path: string, body: unknown): Promise<T> => {
        const res = await fetch(`${demo.url}/api/staff/councils/${DEMO_COUNCIL.councilId}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitator}` },
          body: JSON.stringify(body),
        });
        expect(res.status, await res.clone().text()).toBeLessThan(300);
        return (await res.json()) as T;
      };
      const [first] = promisesOf(DEMO_PLEDGE);
      const { session, state } = await staff<SessionWithState>('/sessions', {
        roundId: 'r_riverside_1',
        promiseIds: [first!.promiseId],
        name: 'In Care Council',
        roomSize: 12,
        mode: 'phones-and-hands',
      });
      const phone = await phoneContext(browser, { locale: 'ar' });
      contexts.push(phone);
      const young = await phone.newPage();
      young.on('pageerror', (e) => errors.push(`${young.url()}: ${e.message}`));
      await young.goto(`${demo.url}/join/${session.joinCode}`);
      // Before joining, the group question already names the council in Arabic, as it translated its name.
      await young.getByRole('button', { name: joinAr.joinWithoutSaying }).waitFor();
      expect(await young.locator('.session-name bdi').first().textContent()).toBe(DEMO_ARABIC['council:name']);
      await young.getByRole('button', { name: joinAr.joinWithoutSaying }).click();
      await young.getByRole('heading', { name: joinAr.waitingTitle }).waitFor();
      await staff(`/sessions/${session.sessionId}/control`, { action: 'next', version: state.version });
      const promise = young.locator('h1.promise-text');
      await expect
        .poll(() => promise.textContent(), { timeout: 15_000 })
        .toBe(DEMO_ARABIC[`promise:${first!.promiseId}`]);
      expect(await promise.getAttribute('lang')).toBe('ar');
      // The council's name in Arabic at the top; each answer's picture on the right, where Arabic starts.
      expect(await young.locator('.session-name bdi').first().textContent()).toBe(DEMO_ARABIC['council:name']);
      const answer = young.locator('.vote-answer').first();
      const [box, icon] = [await answer.boundingBox(), await answer.locator('svg.icon').boundingBox()];
      expect(box!.x + box!.width - (icon!.x + icon!.width)).toBeLessThan(30);
    } finally {
      await demo.close();
    }
  });
});
