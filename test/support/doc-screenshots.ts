/**
 * The pictures in the README and the guides are screenshots the browser tests take. After `npm test`,
 * `npm run docs:screenshots` copies the ones named here from test-output/screenshots/ to
 * docs/screenshots/, so the documents show the pages as they are now. One list, one home.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../functions/local/web-build';
import { SCREENSHOT_DIR } from './browser';

export const DOC_SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

/** Screenshot names (without .png) the documents use. */
export const DOC_SCREENSHOTS: string[] = [
  // Young people
  'survey-01-start',
  'survey-02-promise-01',
  'survey-07-check-answers',
  'survey-08-thank-you',
  'survey-ar-02-promise',
  'survey-04-privacy',
  // Live sessions
  'sessions-setup',
  'sessions-presenter-lobby',
  'sessions-phone-group',
  'sessions-presenter-results',
  'sessions-presenter-hands',
  'sessions-phone-voted',
  'sessions-summary',
  // The board and the moderators
  'board-overview',
  'board-promise',
  'board-themes',
  'board-print-1',
  'board-print-2',
  'board-phone-overview',
  'board-phone-promise',
  'moderation',
  'moderation-01-urgent-laptop',
  'moderation-03-decided-laptop',
  'moderation-04-details-tablet',
  'moderation-05-asks-first-laptop',
  // Council admins
  'pledge-import',
  'pledge-preview',
  'pledge-versions',
  'admin-01-staff',
  'admin-04-cards',
  'settings-02-refused',
  'languages-02-file-refused-laptop',
  'languages-03-offered-laptop',
  'languages-05-texts-phone',
  'survey-offline-01-reopened',
];

const main = () => {
  mkdirSync(DOC_SCREENSHOT_DIR, { recursive: true });
  const missing: string[] = [];
  for (const name of DOC_SCREENSHOTS) {
    const from = join(SCREENSHOT_DIR, `${name}.png`);
    if (!existsSync(from)) missing.push(name);
    else copyFileSync(from, join(DOC_SCREENSHOT_DIR, `${name}.png`));
  }
  console.log(`Copied ${DOC_SCREENSHOTS.length - missing.length} screenshots to docs/screenshots/.`);
  if (missing.length) {
    console.error(`Not taken by the last test run (run npm test first): ${missing.join(', ')}`);
    process.exitCode = 1;
  }
};

if (import.meta.url === `file://${process.argv[1]}`) main();
