/**
 * The council admin's pledge pages in Chromium against the real local server, as Riverside's admin:
 * a Word document read in the browser (mammoth under the pages' Content-Security-Policy), then the real
 * 65-promise pledge uploaded, one promise corrected, published as the next version with the proposed
 * matching checked, the versions compared, the old round closed and a new one opened — and the young
 * person's survey then asks about all 65 promises.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import type { LocalServer } from '../../functions/local/server';
import { type PledgeVersion, promisesOf } from '../../shared/schemas/pledge';
import { desktopContext, launchBrowser, phoneContext, screenshot } from '../support/browser';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { havePledges, PLEDGES_DIR } from '../support/pledge-council';
import { docx } from '../unit/importer/docx';
import { closePdfMaker, pledgeHtml, printPdf, printScannedPdf, RIVERBEND } from '../unit/importer/pdf-maker';
import { readFixture } from '../unit/importer/pledges-dir';

const PREFIX = '003_';
const FIXED =
  'We will make sure you know who your social worker is and how to contact them, and we will tell you as soon as it changes.';
const EASY = 'You will know who your social worker is.';
const pledgesPresent = havePledges();

let server: LocalServer;
let browser: Browser;
const pageErrors: string[] = [];

const axe = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});
afterAll(async () => {
  await closePdfMaker();
  await browser?.close();
  await server?.close();
});

/** A desktop page signed in as the demo council's admin, on the import page, collecting page errors. */
const adminOnImportPage = async () => {
  const context = await desktopContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${page.url()}: ${m.text()}`));
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent('/staff/pledge/import')}`);
  await page.getByLabel('E-mail address').fill(demoEmail('council-admin'));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Import your pledge document' }).waitFor();
  return { context, page };
};

const sectionTitles = (page: Page) =>
  page.locator('.section-title-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const promiseTexts = (page: Page) =>
  page
    .locator('[data-testid="promise-edit"] textarea[id$="-text"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

describe('the files councils have', () => {
  it('a two-column PDF is read in the page with pdf.js, in order; a scanned one says it has no text to read', async () => {
    const { context, page } = await adminOnImportPage();
    await page.locator('#pledge-file').setInputFiles({
      name: 'riverbend-pledge.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await printPdf(pledgeHtml(RIVERBEND, { columns: 2 }))),
    });
    await page.getByRole('heading', { name: 'Check and correct the pledge' }).waitFor();
    expect(await page.locator('#pledge-title').inputValue()).toBe(RIVERBEND.title);
    expect(await sectionTitles(page)).toEqual(RIVERBEND.sections.map((s) => s.title));
    expect(await promiseTexts(page)).toEqual(RIVERBEND.sections.flatMap((s) => s.promises));

    await page.goto(`${server.url}/staff/pledge/import`);
    await page.locator('#pledge-file').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await printScannedPdf(['Riverbend Council Pledge', '• We will listen to you'])),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^This PDF has no text to read: scan\.pdf looks like a scan/);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'pledge-import-scanned-pdf');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('pasting a web page keeps the headings and lists that the browser put on the clipboard', async () => {
    const { context, page } = await adminOnImportPage();
    // As a browser copies a page: HTML with the structure, and plain text with neither bullets nor marks.
    const html =
      '<h1>Our promise to you</h1><p>Written with young people in care.</p><h2>Your home</h2><ul><li>We will find you a home near your school</li><li>We will visit you in your first week</li></ul><h2>Your say</h2><p>We will:</p><ul><li>ask you before we decide</li><li>tell you what we did about it</li></ul>';
    const plainText =
      'Our promise to you\nWritten with young people in care.\nYour home\nWe will find you a home near your school\nWe will visit you in your first week\nYour say\nWe will:\nask you before we decide\ntell you what we did about it';
    await page.locator('#pledge-text').focus();
    await page.evaluate(
      ([h, t]) => {
        const data = new DataTransfer();
        data.setData('text/html', h!);
        data.setData('text/plain', t!);
        document
          .getElementById('pledge-text')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [html, plainText],
    );
    await expect.poll(() => page.locator('#pledge-text').inputValue()).toBe(plainText);
    await page.getByText('Pasted from a web page: its headings and lists will be kept.').waitFor();
    await page.getByRole('button', { name: 'Find the promises' }).click();
    await page.getByRole('heading', { name: 'Check and correct the pledge' }).waitFor();
    expect(await page.locator('#pledge-title').inputValue()).toBe('Our promise to you');
    expect(await sectionTitles(page)).toEqual(['Your home', 'Your say']);
    expect(await promiseTexts(page)).toEqual([
      'We will find you a home near your school',
      'We will visit you in your first week',
      'We will ask you before we decide',
      'We will tell you what we did about it',
    ]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the council admin brings in the pledge', () => {
  it.skipIf(!pledgesPresent)(
    pledgesPresent
      ? 'reads a Word document in the browser, imports the 65-promise pledge by upload, corrects one, publishes, opens a round, and the survey asks all 65'
      : `skipped: ${PLEDGES_DIR} (the real pledge documents) is absent on this machine`,
    async () => {
      const file = readdirSync(PLEDGES_DIR).find((f) => f.startsWith(PREFIX) && f.endsWith('.txt'))!;
      const context = await desktopContext(browser);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${page.url()}: ${m.text()}`));
      const violations: string[] = [];

      await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent('/staff/pledge')}`);
      await page.getByLabel('E-mail address').fill(demoEmail('council-admin'));
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Your pledge' }).waitFor();
      await page.getByText(`Version 1, ${DEMO_PLEDGE.title}`, { exact: false }).waitFor();
      violations.push(...(await axe(page)));

      // A Word document: mammoth runs in the page, within the Content-Security-Policy (no eval, same origin).
      await page.getByRole('link', { name: 'Import a new version of the document' }).click();
      await page.getByRole('heading', { name: 'Import your pledge document' }).waitFor();
      violations.push(...(await axe(page)));
      await screenshot(page, 'pledge-import');
      await page.locator('#pledge-file').setInputFiles({
        name: 'pledge.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: docx([
          { heading: 1, text: 'Our Pledge to You' },
          { heading: 2, text: 'Your home' },
          { bullet: 0, text: 'We will tell you before you have to move home.' },
          { bullet: 0, text: 'We will visit you where you live.' },
          { heading: 2, text: 'School' },
          { bullet: 0, text: 'We will go to your school meetings if you want us to.' },
          { bullet: 0, text: 'Yes' },
        ]),
      });
      await page.getByRole('heading', { name: 'Check and correct the pledge' }).waitFor();
      expect(await page.locator('#pledge-title').inputValue()).toBe('Our Pledge to You');
      expect(
        await page.locator('.section-title-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      ).toEqual(['Your home', 'School']);
      await expect.poll(() => page.getByTestId('promise-edit').count()).toBe(4);
      // The importer's doubt about the one-word promise is shown beside it, and read out with its text box.
      const doubtful = page.getByTestId('promise-edit').nth(3);
      expect(await doubtful.locator('.notes').textContent()).toMatch(/Promise 2 in “School” is very short/);
      expect(await page.getByTestId('promise-edit').nth(2).locator('.notes').count()).toBe(0);
      expect((await doubtful.locator('textarea').first().getAttribute('aria-describedby'))?.split(' ')).toContain(
        await doubtful.locator('.notes').getAttribute('id'),
      );
      violations.push(...(await axe(page)));
      await screenshot(page, 'pledge-preview-warning');

      // The real pledge, uploaded as it is kept (a text file as copied from the council's web page).
      await page.goto(`${server.url}/staff/pledge/import`);
      await page.getByRole('heading', { name: 'Import your pledge document' }).waitFor();
      await page
        .locator('#pledge-file')
        .setInputFiles({ name: file, mimeType: 'text/plain', buffer: readFileSync(join(PLEDGES_DIR, file)) });
      await page.getByRole('heading', { name: 'Check and correct the pledge' }).waitFor();
      await expect.poll(() => page.getByTestId('section-edit').count()).toBe(6);
      await expect.poll(() => page.getByTestId('promise-edit').count()).toBe(65);
      await page.getByText('The importer found 6 sections and 65 promises.', { exact: false }).waitFor();

      // Split a promise after its first sentence and merge it back: still 65, same text.
      const second = page.getByTestId('promise-edit').nth(1);
      const before = await second.locator('textarea').first().inputValue();
      await page.getByTestId('promise-edit').nth(0).locator('textarea').first().focus();
      // Fix one promise: its wording, an easy-read version and a theme.
      const first = page.getByTestId('promise-edit').first();
      await first.locator('textarea').first().fill(FIXED);
      // A promise that reads above grade 6 opens on its easy-read box already; otherwise the admin opens it.
      if (!(await first.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
        await first.locator('summary').click();
      await first.getByLabel('Easy-read text for younger children (optional)').fill(EASY);
      const socialWorker = first.getByRole('checkbox', { name: 'Social worker' });
      if (!(await socialWorker.isChecked())) await socialWorker.check();
      // Moving by keyboard: the button follows the promise, so pressing it again keeps moving it.
      await second.getByRole('button', { name: 'Move down' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('promise-edit').nth(2).locator('textarea').first().inputValue())
        .toBe(before);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter'); // "Move up", now focused, brings it back
      await expect
        .poll(() => page.getByTestId('promise-edit').nth(1).locator('textarea').first().inputValue())
        .toBe(before);
      expect(await page.getByTestId('promise-edit').count()).toBe(65);
      violations.push(...(await axe(page)));
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'pledge-preview', false);

      // Publishing as version 2: every promise is shown with the earlier promise proposed for it.
      await page.getByRole('button', { name: 'Continue to publish' }).click();
      await page.getByRole('heading', { name: 'Publish version 2' }).waitFor();
      await expect.poll(() => page.getByTestId('match-row').count()).toBe(65);
      // The admin says the corrected first promise continues Riverside's "same social worker" promise.
      const sameWorker = DEMO_PLEDGE.sections.flatMap((s) => s.promises).find((p) => p.promiseId === 'p_same_worker')!;
      await page.locator('#match-0').selectOption('p_same_worker');
      const summary = await page.locator('.match-summary').textContent();
      expect(summary).toMatch(
        /^\d+ of 65 promises continue one of version 1; \d+ are new; \d+ of version 1 will be retired/,
      );
      violations.push(...(await axe(page)));
      await page.getByRole('button', { name: 'Publish version 2' }).click();

      // Versions: both listed, and what changed from 1 to 2.
      await page.getByRole('heading', { name: 'Versions of the pledge' }).waitFor();
      await page.getByText('Version 2 is published.', { exact: false }).waitFor();
      await page.getByTestId('diff').waitFor();
      const diffLine = await page.getByTestId('diff').locator('p').first().textContent();
      // As many continue as the publish page said; every other promise is new, every other of Riverside's retired.
      const kept = Number(/^(\d+) of 65/.exec(summary ?? '')?.[1]);
      expect(kept).toBeGreaterThanOrEqual(1);
      const riverside = promisesOf(DEMO_PLEDGE).length;
      expect(diffLine).toMatch(
        new RegExp(
          `^From version 1 to 2: ${65 - kept} new, ${kept} reworded, \\d+ moved to another section, ${riverside - kept} retired, 0 unchanged\\.$`,
        ),
      );
      expect(await page.locator('.diff del').first().textContent()).toContain(sameWorker.text);
      expect(await page.locator('.diff ins').first().textContent()).toContain(FIXED);
      violations.push(...(await axe(page)));
      await screenshot(page, 'pledge-versions');

      // Rounds: close Riverside's open round, then open one on version 2.
      await page.getByRole('navigation', { name: 'Pledge pages' }).getByRole('link', { name: 'Survey rounds' }).click();
      await page.getByRole('heading', { name: /^Open now:/ }).waitFor();
      await page.getByRole('button', { name: 'Close this round' }).click();
      await page.getByRole('button', { name: 'Yes, close it now' }).click();
      // The close takes effect everywhere within a few seconds; the page waits, then offers the next round.
      await page.getByRole('heading', { name: 'Open a round' }).waitFor({ timeout: 20_000 });
      await page.getByText('It will ask about version 2: 65 promises.').waitFor();
      await page.getByLabel('Name of the round').fill('Spring term 2027');
      await page.getByLabel(/Closing date/).fill('2099-03-31');
      // This council asks every young person every promise (left empty, the round would ask 12 of them).
      await page.getByLabel('Promises each young person is asked (optional)').fill('65');
      violations.push(...(await axe(page)));
      await page.getByRole('button', { name: 'Open the round' }).click();
      await page.getByText('“Spring term 2027” is open on version 2.', { exact: false }).waitFor();
      await page.getByRole('heading', { name: 'Open now: Spring term 2027' }).waitFor();
      await screenshot(page, 'pledge-rounds');

      // The young person's survey now asks about all 65 promises, the corrected one first (in its easy-read words).
      const phone = await phoneContext(browser);
      const survey = await phone.newPage();
      survey.on('pageerror', (e) => pageErrors.push(`${survey.url()}: ${e.message}`));
      await survey.goto(`${server.url}/c/${DEMO_COUNCIL.slug}`);
      await expect
        .poll(() => survey.getByText('We made 65 promises to you', { exact: false }).count(), { timeout: 15_000 })
        .toBe(1);
      await survey.getByRole('button', { name: 'Start' }).click();
      // The survey shows a promise's easy-read text where the council gave one.
      await expect.poll(() => survey.locator('h1').textContent()).toBe(EASY);
      await phone.close();

      // Published and audited: the version keeps the matched id; publish, close and open are in the audit log.
      const token = await loginToken(server, demoEmail('council-admin'));
      const auth = { headers: { Authorization: `Bearer ${token}` } };
      const v2 = (await (
        await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/pledge/versions/2`, auth)
      ).json()) as PledgeVersion;
      const promises = promisesOf(v2);
      expect(promises).toHaveLength(65);
      expect(promises[0]).toMatchObject({ promiseId: 'p_same_worker', text: FIXED, easyRead: EASY });
      expect(promises[0]!.themes).toContain('social-worker');
      const audit = (await (
        await fetch(`${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/audit`, auth)
      ).json()) as { entries: { action: string; actor: string }[] };
      const actions = audit.entries.filter((e) => e.actor === demoEmail('council-admin')).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['pledge.publish', 'round.close', 'round.open']));

      expect(violations).toEqual([]);
      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );
});

describe('editing the imported pledge', () => {
  it('asks before merging or deleting a section or throwing the draft away, undoes each exactly, and marks reading age', async () => {
    const { context, page } = await adminOnImportPage();
    const violations: string[] = [];
    await page.locator('#pledge-file').setInputFiles({
      name: 'complaints-after.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(readFixture('complaints-after.txt')),
    });
    await page.getByRole('heading', { name: 'Check and correct the pledge' }).waitFor();
    const stored = () => page.evaluate(() => sessionStorage.getItem('promise-check:pledge-draft'));
    expect(await sectionTitles(page)).toEqual(['Your home', 'Money']);

    // How to complain is greyed and set aside, with a way to bring it back in, which Undo takes back.
    await expect.poll(() => page.getByTestId('section-set-aside').count()).toBe(2);
    const asImported = await stored();
    await page.getByRole('button', { name: 'Bring “How to complain” into the pledge as promises' }).click();
    expect(await sectionTitles(page)).toEqual(['Your home', 'Money', 'How to complain']);
    await page.getByRole('button', { name: 'Undo: bring “How to complain” into the pledge' }).click();
    expect(await stored()).toBe(asImported);

    // Merging a section asks first, saying what will happen; Cancel changes nothing.
    const merge = page.getByRole('button', { name: 'Merge this whole section with the next section, “Money”' });
    await merge.click();
    const dialog = page.getByRole('dialog', { name: 'Merge “Your home” with the next section?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('The 2 promises of “Money” will move to the end of “Your home”');
    violations.push(...(await axe(page)));
    await screenshot(page, 'pledge-edit-confirm-merge', false);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toBe(asImported);
    await merge.click();
    await dialog.getByRole('button', { name: 'Yes, merge the two sections' }).click();
    expect(await sectionTitles(page)).toEqual(['Your home']);
    await expect.poll(() => page.getByTestId('promise-edit').count()).toBe(4);
    // Undo after a merge restores the draft exactly.
    await page.getByRole('button', { name: 'Undo: merge “Your home” with the next section' }).click();
    expect(await stored()).toBe(asImported);
    expect(await sectionTitles(page)).toEqual(['Your home', 'Money']);

    // Deleting a section asks too, and Undo brings it back.
    await page.getByRole('group', { name: 'Change section 2' }).getByRole('button', { name: 'Delete section' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the section “Money”?' })
      .getByRole('button', { name: 'Yes, delete the section' })
      .click();
    expect(await sectionTitles(page)).toEqual(['Your home']);
    await page.getByRole('button', { name: 'Undo: delete section “Money”' }).click();
    expect(await stored()).toBe(asImported);

    // Typing in one box is one step: undo takes back the whole change.
    const first = page.getByTestId('promise-edit').first();
    const original = await first.locator('textarea').first().inputValue();
    const HARD =
      'We will ensure appropriate accommodation arrangements are facilitated, considering individual circumstances and preferences.';
    await first.locator('textarea').first().fill('');
    await first.locator('textarea').first().pressSequentially('We will', { delay: 5 });
    await first.locator('textarea').first().fill(HARD);
    // Every promise and section title carries its reading age; a hard promise asks for easy-read words.
    await expect.poll(() => first.getByTestId('reading-mark').textContent()).toMatch(/^Hard to read: school grade \d+/);
    await first.getByTestId('ask-easy-read').waitFor();
    expect(await page.getByTestId('reading-mark').count()).toBe(2 + 4);
    expect(await page.getByTestId('hard-summary').textContent()).toMatch(/^1 promise reads above school grade 6/);
    await page.getByRole('button', { name: 'Undo: change promise 1 of “Your home”' }).click();
    expect(await first.locator('textarea').first().inputValue()).toBe(original);
    await first.locator('textarea').first().fill(HARD);
    for (const [size, name] of [
      [{ width: 360, height: 740 }, 'pledge-edit-360'],
      [{ width: 1280, height: 720 }, 'pledge-edit-1280'],
      [{ width: 1366, height: 768 }, 'pledge-edit-1366'],
    ] as const) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name, false);
    }
    violations.push(...(await axe(page)));

    // Throwing the draft away asks; Cancel keeps everything.
    await page.getByRole('button', { name: 'Throw this draft away…' }).click();
    const discard = page.getByRole('dialog', { name: 'Throw this draft away?' });
    expect(await discard.textContent()).toContain('All 4 promises in 2 sections');
    await discard.getByRole('button', { name: 'Cancel' }).click();
    expect(await sectionTitles(page)).toEqual(['Your home', 'Money']);

    // Publishing warns about the hard promise without easy-read text, but does not stop it.
    await page.getByRole('button', { name: 'Continue to publish' }).click();
    await page
      .getByRole('heading', { name: '1 promise is hard for younger children and has no easy-read text' })
      .waitFor();
    expect(await page.locator('.easy-read-warning li').textContent()).toMatch(
      /^Promise 1 in “Your home” \(grade \d+\): We will ensure/,
    );
    await page.getByRole('button', { name: /^Publish version/ }).waitFor();
    violations.push(...(await axe(page)));
    await screenshot(page, 'pledge-publish-easy-read-warning', false);

    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
