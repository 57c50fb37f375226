import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { emptyCounts, type Rating, type RatingCounts } from '../../shared/rating';
import { totalCounts, totalResponses } from '../../shared/scoring/tally';
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

/**
 * What the round's counters hold for the survey: how many answered and each promise's counts. The board sees these
 * only once the round is final (shared/scoring/release.ts), so tests of an open round read the store.
 */
export const storedCounts = async (
  server: LocalServer,
  roundId: string,
): Promise<{ responses: number; of: (promiseId: string) => RatingCounts }> => {
  const { survey } = await server.deps.store.aggregates.readParts(roundId);
  const byPromise = new Map([...survey.promises].map(([id, t]) => [id, totalCounts(t)]));
  return { responses: totalResponses(survey), of: (promiseId) => byPromise.get(promiseId) ?? emptyCounts() };
};

/**
 * Each promise's stored counts are exactly `base` (what was there before) plus the one rating in `given`, if any:
 * a young person's answers counted once each, and no promise they were not asked touched.
 */
export const expectRatedOnce = (
  counts: { of: (promiseId: string) => RatingCounts },
  promises: readonly { promiseId: string; text: string }[],
  given: Readonly<Record<string, Rating>>,
  base: RatingCounts = emptyCounts(),
): void => {
  for (const p of promises) {
    const want = { ...base };
    const r = given[p.promiseId];
    if (r) want[r]++;
    expect(counts.of(p.promiseId), p.text).toEqual(want);
  }
};
