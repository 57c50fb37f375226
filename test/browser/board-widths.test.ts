/**
 * The board's pages on a phone (390 px) and a tablet (768 px): the page never scrolls sideways, every table is
 * either fully in view or in its own named, keyboard-focusable scroller, body text is at least 16 px, controls
 * are at least 24 × 24 px (the board's menu 44 px tall), and axe finds nothing. One server, one browser, a page per width.
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { LATEST_ROUND, seedBoardPicture } from '../support/board-picture';
import { launchBrowser, SCREENSHOT_DIR, screenshot } from '../support/browser';
import { DEMO_PASSWORD, demoEmail, startTestServer } from '../support/local-server';

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, isMobile: false },
] as const;

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [browser] = await Promise.all([launchBrowser(), seedBoardPicture(server)]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  expect(pageErrors).toEqual([]);
});

/** What is wrong with the page at this width, as readable lines; empty when nothing is. */
const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth)
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;

    // Tables: wholly inside the viewport, or inside a scroller that is named, focusable and a region.
    for (const table of document.querySelectorAll('main table')) {
      if (!shown(table)) continue;
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
        scroller = scroller.parentElement;
      const r = table.getBoundingClientRect();
      const fits = r.left >= 0 && r.right <= root.clientWidth + 0.5;
      if (scroller && scroller.scrollWidth > scroller.clientWidth) {
        const named = scroller.getAttribute('aria-label') || scroller.getAttribute('aria-labelledby');
        if (scroller.tabIndex < 0 || !named || scroller.getAttribute('role') !== 'region')
          problems.push(`table scrolls in an unnamed or unfocusable box: ${label(table)}`);
      } else if (!fits) problems.push(`table cut off: ${label(table)} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }

    // Text: nothing a reader must read is below 16 px (the visually hidden helpers aside).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const small = new Set<string>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (
        !el ||
        !(n.textContent ?? '').trim() ||
        !shown(el) ||
        el.closest('.visually-hidden, [aria-hidden="true"], script, style')
      )
        continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 15.99) small.add(`${label(el)} ${size}px`);
    }
    problems.push(...[...small].map((s) => `text under 16 px: ${s}`));

    // Controls: 24 × 24 px at least; links that sit inside a sentence or a table cell are exempt (WCAG 2.5.8).
    for (const el of document.querySelectorAll('button, select, input, textarea, summary, nav a, header a, footer a')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 24 || r.height < 24)
        problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${label(el)}`);
    }
    for (const el of document.querySelectorAll('nav.board-nav a, .staff-menu a')) {
      const r = el.getBoundingClientRect();
      if (shown(el) && r.height < 43.5) problems.push(`menu link ${Math.round(r.height)} px tall: ${label(el)}`);
    }

    // Nothing overlaps: siblings in the board's menu and the staff header do not cover each other.
    for (const box of document.querySelectorAll('.staff-header, nav.board-nav ul, .button-row')) {
      const kids = [...box.querySelectorAll(':scope > *')]
        .filter(shown)
        .map((k) => [k, k.getBoundingClientRect()] as const);
      for (let i = 0; i < kids.length; i++)
        for (let j = i + 1; j < kids.length; j++) {
          const [a, ra] = kids[i]!;
          const [b, rb] = kids[j]!;
          if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1)
            problems.push(`overlap: ${label(a)} and ${label(b)}`);
        }
    }
    return problems;
  });

const checkPage = async (page: Page, shot: string) => {
  // The whole page at one pixel per CSS pixel: the tall ones (themes, the report) stay quick to take and to read.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${shot}.png`), fullPage: true, scale: 'css' });
  expect.soft(await layoutProblems(page), shot).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      shot,
    )
    .toEqual([]);
};

const signIn = async (page: Page, role: 'board-member' | 'moderator', next: string) => {
  await page.goto(`${server.url}/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

describe.each(WIDTHS)('the board pages on a $name', ({ name, viewport, isMobile }) => {
  let page: Page;
  const round = `/staff/rounds/${LATEST_ROUND}`;

  beforeAll(async () => {
    const context = await browser.newContext({
      viewport,
      isMobile,
      hasTouch: true,
      deviceScaleFactor: isMobile ? 2 : 1,
      locale: 'en-GB',
    });
    contexts.push(context);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(`${name} ${page.url()}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${name} ${page.url()}: ${m.text()}`));
  });

  it('sign-in, then the moderation queue', async () => {
    await page.goto(`${server.url}/staff/sign-in?next=/staff/moderation`);
    await page.getByLabel('E-mail address').waitFor();
    await checkPage(page, `widths-${name}-sign-in`);
    await signIn(page, 'moderator', '/staff/moderation');
    await page.getByTestId('queue-item').first().waitFor();
    await checkPage(page, `widths-${name}-moderation`);
  });

  it('staff home and the scorecard overview with its section tables', async () => {
    await signIn(page, 'board-member', '/staff');
    await page.getByRole('link', { name: 'Scorecard of the open round' }).waitFor();
    await checkPage(page, `widths-${name}-home`);
    await page.getByRole('link', { name: 'Scorecard of the open round' }).click();
    await page.locator('section.board-section').first().waitFor();
    await checkPage(page, `widths-${name}-overview`);
    // One screen of a section's promises as cards (the README shows the phone's).
    await page
      .locator('section.board-section h2')
      .first()
      .evaluate((h) => h.scrollIntoView());
    await screenshot(page, name === 'phone' ? 'board-phone-overview' : `widths-${name}-section`, false);
  });

  it('a promise page: chart, its table, the groups and "you said, we did"', async () => {
    await page.goto(`${server.url}${round}/promises/p_reply`);
    await page.locator('canvas[data-ready="true"]').waitFor();
    expect(await page.locator('table.trend-table').count()).toBe(1);
    const chart = await page.locator('.chart-box').boundingBox();
    expect(chart!.width).toBeGreaterThan(viewport.width * 0.8);
    await checkPage(page, `widths-${name}-promise`);
    if (name === 'phone') {
      await page.locator('#over-rounds').evaluate((h) => h.scrollIntoView());
      await screenshot(page, 'board-phone-promise', false);
      // At 320 px (WCAG's reflow width) a table too wide for the screen scrolls in its own named box, never the page.
      await page.setViewportSize({ width: 320, height: 700 });
      await expect
        .poll(() => page.locator('.table-scroll[role="region"][tabindex="0"]').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      // The chart redraws for the new width a moment after the resize (its ResizeObserver); then nothing may overflow.
      await expect.poll(() => layoutProblems(page)).toEqual([]);
      // Its name says what it holds; the arrow keys scroll it; the row headings stay in view while it scrolls.
      const box = page.locator('.table-scroll[role="region"]').first();
      expect(await box.getAttribute('aria-label')).toMatch(
        /^(Figures by round|By age group|In care or care leaver|How they answered).* \(scrolls sideways\)$/,
      );
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const rowHead = box.locator('tbody th').first();
      await box.scrollIntoViewIfNeeded();
      await screenshot(page, 'widths-phone-320-scrolled-table', false);
      expect(
        await rowHead.evaluate((th) =>
          Math.round(th.getBoundingClientRect().left - th.closest('.table-scroll')!.getBoundingClientRect().left),
        ),
      ).toBe(0);
      await page.setViewportSize(viewport);
      await expect.poll(() => page.locator('.table-scroll[role="region"]').count(), { timeout: 15_000 }).toBe(0);
    }
  });

  it('themes and the board report', async () => {
    await page.goto(`${server.url}${round}/themes`);
    await expect.poll(() => page.locator('canvas[data-ready="true"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await checkPage(page, `widths-${name}-themes`);
    await page.goto(`${server.url}${round}/report`);
    await page.getByTestId('board-report').waitFor();
    await checkPage(page, `widths-${name}-report`);
  });
});
