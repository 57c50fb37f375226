/**
 * Every language the survey has, on a 360×740 phone, for a council that offers them all (a fluent speaker's check
 * recorded for each, its promises still in English with the notice that says so): the start screen and the first
 * promise in that language's words, laid out in the language table's direction, with no sideways scroll and no axe
 * finding. Screenshots survey-lang-<code>-01-start and -02-promise are looked at by a person.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from '../../shared/language-table';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { SURVEY_WORDS } from '../../web/src/survey/i18n';
import { launchBrowser, phoneContext } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

let server: LocalServer;
let browser: Browser;
const OTHERS = LANGUAGE_CODES.filter((l) => l !== 'en');

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await seedCouncil(server.store, {
    council: {
      councilId: 'c_everyshire',
      slug: 'everyshire',
      name: 'Everyshire Council',
      helpContacts: [{ name: 'Children’s Rights Service', description: 'Help to be heard', phone: '020 7946 0444' }],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: 'pl_everyshire',
    pledge: {
      title: 'Our promise',
      sections: [
        {
          sectionId: 's_home',
          title: 'Where you live',
          promises: [
            { promiseId: 'p_visit', text: 'We will show you your new home before you move.', themes: [] },
            { promiseId: 'p_bag', text: 'Your things will move with you in a proper bag.', themes: [] },
          ],
        },
      ],
    },
    roundId: 'r_everyshire_1',
    roundName: 'Spring 2027',
    now: new Date(),
    arabic: 'not-offered',
  });
  for (const language of OTHERS) {
    await server.store.translations.put(
      'c_everyshire',
      {
        settings: {
          language,
          switchedOn: true,
          englishPromisesNotice: true,
          screenWordsCheck: { checkedBy: 'A fluent reader', checkedAt: new Date().toISOString() },
        },
        translations: {},
      },
      0,
    );
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The fonts Chromium drew an element's text with (DevTools' "Rendered fonts"). */
const fontsDrawing = async (page: Page, selector: string): Promise<string[]> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
};
/** The Ethiopic fonts phones and computers have, as web/src/styles/base.css names them. */
const ETHIOPIC_FONTS = /Ethiopic|Kefa|Ebrima|Nyala|Abyssinica/;

describe('the survey in every language', () => {
  it.each(OTHERS)('%s: start and first promise at 360×740, in the table’s direction', async (lang: LanguageCode) => {
    const t = await SURVEY_WORDS.load(lang);
    const phone = await phoneContext(browser);
    // The language picked on this phone, as its language button leaves it.
    await phone.addInitScript((l) => localStorage.setItem('promise-check:lang', JSON.stringify(l)), lang);
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/c/everyshire`);
    await page.getByRole('button', { name: t.start, exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      lang,
      LANGUAGES[lang].dir,
    ]);
    await page.locator('.english-notice', { hasText: t.englishPromisesNotice }).waitFor();
    if (LANGUAGES[lang].script === 'Ethi') {
      // Drawn in a font that has Ethiopic letters (base.css names one per system), not as boxes in a Latin font.
      expect(await fontsDrawing(page, '.english-notice')).toContainEqual(expect.stringMatching(ETHIOPIC_FONTS));
    }
    const findings = await checkYoungPersonPage(page, `survey-lang-${lang}-01-start`);

    await page.getByRole('button', { name: t.start, exact: true }).click();
    await page.getByText(t.progressLabel(1, 2)).waitFor();
    await page.getByText(t.question).waitFor();
    // The promise is the council's English, marked so, inside the page's own direction.
    expect(await page.locator('h1.promise-text').getAttribute('lang')).toBe('en');
    findings.push(...(await checkYoungPersonPage(page, `survey-lang-${lang}-02-promise`)));
    if (lang === 'ps') {
      // Right to left: the question starts at the right edge, and Back sits right of the next step.
      const question = await page.getByText(t.question).boundingBox();
      expect(question!.x + question!.width).toBeGreaterThan(360 - 40);
      const back = await page.getByRole('button', { name: t.back }).boundingBox();
      const skip = await page.getByRole('button', { name: t.skip }).boundingBox();
      expect(back!.x).toBeGreaterThan(skip!.x);
    }
    await phone.close();
    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens again in Pashto with no connection, its words kept by the phone from the first visit', async () => {
    const t = await SURVEY_WORDS.load('ps');
    const phone = await phoneContext(browser, { serviceWorkers: 'allow' });
    await phone.addInitScript(() => localStorage.setItem('promise-check:lang', JSON.stringify('ps')));
    const page = await phone.newPage();
    await page.goto(`${server.url}/c/everyshire`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: t.start, exact: true }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');
    // The service worker's own copy holds the Pashto words (not only the browser's cache).
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(
      kept.some((u) => /^\/assets\/ps-[\w-]+\.js$/.test(u)),
      kept.join(' '),
    ).toBe(true);
    await phone.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: t.start, exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ps',
      'rtl',
    ]);
    await phone.close();
  });
});
