/**
 * The guides' pictures are screenshots the browser tests take, copied by `npm run docs:screenshots`
 * (test/support/doc-screenshots.ts). Every picture a guide shows must be in that copy list, so it is
 * refreshed with the pages, and must be there in docs/screenshots/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../functions/local/web-build';
import { DOC_SCREENSHOT_DIR, DOC_SCREENSHOTS } from '../support/doc-screenshots';

const GUIDES = join(REPO_ROOT, 'docs', 'guides');
const pictures = (file: string) =>
  [...readFileSync(join(GUIDES, file), 'utf8').matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({
    alt: m[1]!,
    path: m[2]!,
  }));

describe('the guides show screenshots the tests take', () => {
  const guides = readdirSync(GUIDES).filter((f) => f.endsWith('.md'));

  it('are the facilitator, moderator and board guides', () => {
    expect(guides.sort()).toEqual(['board.md', 'facilitator.md', 'moderator.md']);
  });

  for (const guide of guides) {
    it(`${guide}: every picture is a refreshed screenshot, present, and described in words`, () => {
      const shown = pictures(guide);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      for (const { alt, path } of shown) {
        const name = /^\.\.\/screenshots\/([\w-]+)\.png$/.exec(path)?.[1];
        expect(name, `${guide}: ${path} is not in docs/screenshots/`).toBeDefined();
        expect(
          DOC_SCREENSHOTS,
          `${guide}: ${name} is not in the copy list of test/support/doc-screenshots.ts`,
        ).toContain(name);
        expect(
          existsSync(join(DOC_SCREENSHOT_DIR, `${name}.png`)),
          `${guide}: run npm test, then npm run docs:screenshots`,
        ).toBe(true);
        expect(alt.length, `${guide}: ${name} needs words saying what it shows`).toBeGreaterThan(20);
      }
    });
  }
});

describe("the README's pictures", () => {
  it('are refreshed screenshots, present, each described in words', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/<img src="docs\/screenshots\/([\w-]+)\.png"[^>]*alt="([^"]*)"/g)].map((m) => ({
      name: m[1]!,
      alt: m[2]!,
    }));
    expect(shown.length).toBe((readme.match(/<img /g) ?? []).length);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    for (const { name, alt } of shown) {
      expect(DOC_SCREENSHOTS, `${name} is not in the copy list of test/support/doc-screenshots.ts`).toContain(name);
      expect(
        existsSync(join(DOC_SCREENSHOT_DIR, `${name}.png`)),
        `${name}: run npm test, then npm run docs:screenshots`,
      ).toBe(true);
      expect(alt.length, `${name} needs words saying what it shows`).toBeGreaterThan(8);
    }
  });
});
