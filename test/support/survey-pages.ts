import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { screenshot } from './browser';

/** axe-core on the page as it is now: no violations of any rule axe runs by default. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/** True when the page is wider than the screen (a child would have to scroll sideways). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/**
 * What every young person's page and state must have: the quick exit, the privacy link, no sideways
 * scroll, no axe violation. Saves a screenshot under the given name; returns the axe findings so a test
 * can collect them all and fail once with the full list.
 */
export const checkYoungPersonPage = async (page: Page, name: string): Promise<string[]> => {
  await expect.poll(() => page.locator('.quick-exit').isVisible()).toBe(true);
  expect(await page.locator('footer a[href$="privacy"]').count(), `${name}: privacy link`).toBe(1);
  expect(await scrollsSideways(page), `${name}: scrolls sideways`).toBe(false);
  await screenshot(page, name);
  return (await axeViolations(page)).map((v) => `${name}: ${v}`);
};

export const postSubmission = (server: LocalServer, roundId: string, body: unknown) =>
  fetch(`${server.url}/api/public/rounds/${roundId}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export const fetchScorecard = async (
  server: LocalServer,
  token: string,
  councilId: string,
  roundId: string,
): Promise<Scorecard> => {
  const res = await fetch(`${server.url}/api/staff/councils/${councilId}/rounds/${roundId}/scorecard`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Scorecard;
};

/** Counts per promise from a scorecard (every promise must be past "fewer than 5" for this to be exact). */
export const countsByPromise = (card: Scorecard) =>
  Object.fromEntries(
    card.sections
      .flatMap((s) => s.promises)
      .map((p) => [p.promiseId, p.figures.suppressed ? 'suppressed' : p.figures.counts] as const),
  );
