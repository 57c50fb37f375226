/**
 * Arabic is offered only where the council offers it. Cedarford translated every promise, section title and help
 * contact and switched Arabic on: a young person whose phone reads Arabic answers with every word in Arabic, right to
 * left, and no notice. Elmbury has not switched Arabic on: the same phone gets the survey in English, with no button
 * that would leave its promises in English under Arabic words.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { PledgeContent } from '../../shared/schemas/pledge';
import { sourceHash, sourceTexts, type TranslationSet } from '../../shared/translations/texts';
import { launchBrowser, phoneContext } from '../support/browser';
import { startTestServer } from '../support/local-server';
import { checkYoungPersonPage } from '../support/survey-pages';

const PLEDGE: PledgeContent = {
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
    {
      sectionId: 's_worker',
      title: 'Your social worker',
      promises: [{ promiseId: 'p_reply', text: 'Your social worker will reply within two days.', themes: [] }],
    },
  ],
};
const CONTACT = { name: 'Children’s Rights Service', description: 'Help to be heard', phone: '020 7946 0444' };
const ARABIC: Record<string, string> = {
  'council:name': 'مجلس سيدارفورد',
  'round:name': 'ربيع 2027',
  'section:s_home': 'مكان سكنك',
  'promise:p_visit': 'سنريك بيتك الجديد قبل أن تنتقل.',
  'promise:p_bag': 'ستنتقل أغراضك معك في حقيبة لائقة.',
  'section:s_worker': 'أخصائيك الاجتماعي',
  'promise:p_reply': 'سيرد عليك أخصائيك الاجتماعي خلال يومين.',
  'contact:1:name': 'خدمة حقوق الأطفال',
  'contact:1:description': 'مساعدة لكي يُسمع صوتك',
};

let server: LocalServer;
let browser: Browser;

const council = (slug: string, name: string) => ({
  council: {
    councilId: `c_${slug}`,
    slug,
    name,
    helpContacts: [CONTACT],
    thresholds: { ...DEFAULT_THRESHOLDS },
    commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
  },
  pledgeId: `pl_${slug}`,
  pledge: PLEDGE,
  roundId: `r_${slug}_1`,
  roundName: 'Spring 2027',
  now: new Date(),
  arabic: 'not-offered' as const,
});

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  await seedCouncil(server.store, council('cedarford', 'Cedarford Council'));
  await seedCouncil(server.store, council('elmbury', 'Elmbury Council'));
  const translations: TranslationSet = Object.fromEntries(
    sourceTexts(PLEDGE, [CONTACT], { council: 'Cedarford Council', round: 'Spring 2027' }).map((t) => [
      t.id,
      { text: ARABIC[t.id]!, sourceHash: sourceHash(t.source) },
    ]),
  );
  await server.store.translations.put(
    'c_cedarford',
    {
      settings: {
        language: 'ar',
        switchedOn: true,
        englishPromisesNotice: false,
        screenWordsCheck: { checkedBy: 'Amal Haddad', checkedAt: new Date().toISOString() },
      },
      translations,
    },
    0,
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the survey in the council’s languages', () => {
  it('is all in Arabic where the council translated everything: promises, parts and help contacts', async () => {
    const phone = await phoneContext(browser, { locale: 'ar' });
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/c/cedarford`);
    await page.getByRole('button', { name: 'ابدأ' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('.english-notice').count()).toBe(0);
    // The council's name and the round's, as the council translated them, at the top and on the start screen.
    expect(await page.locator('header .council').textContent()).toBe(ARABIC['council:name']);
    expect(await page.locator('header .council').getAttribute('lang')).toBe('ar');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(ARABIC['council:name']);
    expect(await page.locator('.round-name').textContent()).toContain(ARABIC['round:name']);
    expect(await page.title()).toContain(ARABIC['council:name']);
    await page.getByRole('button', { name: 'ابدأ' }).click();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const promise = page.locator('h1.promise-text');
      await expect.poll(() => promise.getAttribute('lang')).toBe('ar');
      seen.push((await promise.textContent())!, (await page.locator('.section-name').textContent())!);
      expect(await page.locator('.section-name').getAttribute('lang')).toBe('ar');
      if (i === 0) expect(await checkYoungPersonPage(page, 'languages-01-promise-ar')).toEqual([]);
      await page.locator('.nav button[type=submit]').click();
    }
    expect(new Set(seen)).toEqual(
      new Set([
        'مكان سكنك',
        'أخصائيك الاجتماعي',
        ARABIC['promise:p_visit'],
        ARABIC['promise:p_bag'],
        ARABIC['promise:p_reply'],
      ]),
    );
    await page.goto(`${server.url}/c/cedarford/privacy`);
    await page.getByText('خدمة حقوق الأطفال').waitFor();
    await page.getByText('مساعدة لكي يُسمع صوتك').waitFor();
    await phone.close();
    expect(errors).toEqual([]);
  });

  it('stays in English where the council has not switched Arabic on, and offers no Arabic button', async () => {
    const phone = await phoneContext(browser, { locale: 'ar' });
    const page = await phone.newPage();
    await page.goto(`${server.url}/c/elmbury`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    expect(await page.getByRole('button', { name: 'العربية' }).count()).toBe(0);
    await phone.close();
  });
});
