/**
 * The real `npm test` and the real step on this machine, with the browser pointed nowhere and no way to
 * install: it must stop before lint, type-check or any test, with the line that says how to install.
 * apt-get is hidden by giving the run a PATH of links to every program on this one but apt-get.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canInstallWithApt } from '../../functions/local/prerequisites/step';
import { realSystem } from '../../functions/local/prerequisites/system';
import { REPO_ROOT } from '../../functions/local/web-build';

const tmp = mkdtempSync(join(tmpdir(), 'prerequisites-'));
// The run as another user must reach the links in here.
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder of links to every program on PATH except `hidden`, the first of each name as PATH finds it. */
const pathWithout = (name: string, hidden: readonly string[]): string => {
  const bin = join(tmp, name);
  mkdirSync(bin);
  const seen = new Set(hidden);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      symlinkSync(join(dir, entry), join(bin, entry));
    }
  }
  return bin;
};

const STEP = join(REPO_ROOT, 'test', 'support', 'prerequisites.ts');
const NPM_TEST_BANNERS = ['> promise-check@0.1.0 lint', '> promise-check@0.1.0 typecheck'];

describe('npm test on a machine that lacks a piece and cannot install it', { timeout: 120_000 }, () => {
  it('with CHROMIUM_PATH pointing nowhere and no apt-get, stops with the install line before lint or any test', () => {
    const PATH = pathWithout('no-apt', ['apt-get']);
    // Were the step to let it through, the unknown project makes vitest stop at once instead of running the suite.
    const r = spawnSync('npm', ['test', '--', '--project=no-such-project'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH, CHROMIUM_PATH: '/nonexistent' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('npm test stopped before starting anything: 1 thing is missing.');
    expect(r.stderr).toMatch(
      /✗ Chromium or Google Chrome .*: CHROMIUM_PATH is "\/nonexistent", but there is no program there: point it at Chromium or Chrome, or .*\. Install it with Debian: sudo apt-get install -y chromium · Ubuntu: sudo snap install chromium · Fedora: sudo dnf install -y chromium · macOS: brew install --cask google-chrome/,
    );
    // The step ran, and nothing after it did.
    expect(r.stdout).toContain('> promise-check@0.1.0 prerequisites');
    for (const banner of NPM_TEST_BANNERS) expect(output).not.toContain(banner);
    expect(output).not.toMatch(/Test Files|Tests\s+\d/);
  });

  it('not as root, with pdftoppm and pdftotext missing: installs nothing, says why, and gives the install line', () => {
    const PATH = pathWithout('no-poppler', ['pdftoppm', 'pdftotext']);
    const asSomeoneElse = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const home = join(tmp, 'home');
    mkdirSync(home);
    chmodSync(home, 0o777);
    const r = spawnSync(process.execPath, ['--import', 'tsx', STEP], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH, HOME: home },
      ...asSomeoneElse,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm test stopped before starting anything: 1 thing is missing.');
    expect(r.stderr).toContain(
      '✗ poppler (pdftoppm, pdftotext) (the print tests read the printed board report with it): no `pdftoppm` or `pdftotext` on PATH. Install it with Debian/Ubuntu: sudo apt-get install -y poppler-utils · Fedora: sudo dnf install -y poppler-utils · macOS: brew install poppler',
    );
    // Here that is "not running as root" (this machine is Debian with apt-get); on a Mac, "not Debian or Ubuntu".
    const why = canInstallWithApt({
      ...realSystem(),
      env: { ...process.env, PATH },
      uid: asSomeoneElse.uid ?? process.getuid?.(),
    });
    expect(why.yes).toBe(false);
    if (!why.yes)
      expect(r.stderr).toContain(
        `Nothing was installed: this step installs only as root with apt-get, and ${why.why}.`,
      );
    expect(r.stdout).not.toContain('Installing');
  });

  it('with everything there, says what it found and lets npm test go on', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', STEP], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Checking what npm test needs:\n {2}✓ Java \d+.*\n {2}✓ .*(Chromium|Chrome).*\n {2}✓ pdftoppm/,
    );
  });
});
