import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../../functions/local/prerequisites/detect';
import { missingLine } from '../../functions/local/prerequisites/step';
import { realSystem } from '../../functions/local/prerequisites/system';
import { REPO_ROOT } from '../../functions/local/web-build';

/** Screenshots land here (git-ignored); the README's pictures are copied from here. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');

let chromiumPath: string | undefined;

/**
 * The browser the prerequisites step found and reported (CHROMIUM_PATH, else Debian's Chromium, Google
 * Chrome, or Chrome in /Applications on a Mac), found the same way here. The tests never download one.
 */
export const chromiumExecutable = (): string => {
  if (chromiumPath) return chromiumPath;
  const system = realSystem();
  const found = findChromium(system);
  if (!found.ok) throw new Error(`No browser for the tests.\n${missingLine(found, system)}`);
  chromiumPath = found.path;
  return chromiumPath;
};

/** The machine's network is closed: without these, Chromium keeps trying to reach Google's services. */
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Headless Chromium, with `extraArgs` after the usual ones (Lighthouse's debugging port, say). */
export const launchBrowser = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: [...QUIET_CHROMIUM, ...extraArgs] });

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

/**
 * The survey's service worker is blocked unless a test asks for it (`serviceWorkers: 'allow'`): requests a
 * worker answers never reach Playwright's page.route, which other tests use to make requests fail.
 */
export const phoneContext = (
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> =>
  browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    serviceWorkers: 'block',
    ...options,
  });

export const desktopContext = (
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> =>
  browser.newContext({ viewport: DESKTOP, locale: 'en-GB', serviceWorkers: 'block', ...options });

/** Saves a full-page screenshot as test-output/screenshots/<name>.png and returns its path. */
export const screenshot = async (page: Page, name: string, fullPage = true): Promise<string> => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
};

/** Collects every request a page makes that leaves the app's own origin. */
export const watchForeignRequests = (page: Page, origin: string): string[] => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
};
