import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `most` presses. */
export const tabTo = async (page: Page, selector: string, most = 40): Promise<number> => {
  for (let i = 1; i <= most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
};

/** What the focused element is, in words: its tag, and its text or label. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent;
    return `${el.tagName.toLowerCase()} ${(label ?? '').trim().replace(/\s+/g, ' ')}`;
  });
