/**
 * Lighthouse 12 on the survey's start page (a 65-promise pledge), mobile emulation with Lighthouse's
 * default (simulated) throttling, driving the Chromium the prerequisites step finds. Playwright starts
 * the browser with a debugging port and Lighthouse connects to it, so nothing is downloaded.
 * Goals: performance ≥ 95, accessibility 100, best practices ≥ 95.
 */
import lighthouse from 'lighthouse';
import { freePort } from '../../functions/local/dynamo-local';
import { launchBrowser } from '../support/browser';
import { SLUG, startSurveyBench } from './survey-support';

const GOALS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;

const { server, source, stop } = await startSurveyBench();
const port = await freePort();
const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
let failed = false;
try {
  const url = `${server.url}/c/${SLUG}`;
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS) });
  if (!result) throw new Error('Lighthouse returned nothing');
  const { lhr } = result;
  console.log(
    `Lighthouse ${lhr.lighthouseVersion} on ${url.replace(server.url, '')} (${source}); ${lhr.configSettings.formFactor}, throttling ${lhr.configSettings.throttlingMethod}`,
  );
  for (const [id, goal] of Object.entries(GOALS)) {
    const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const ok = score >= goal;
    failed ||= !ok;
    console.log(`  ${id.padEnd(15)} ${String(score).padStart(3)}  (goal ≥ ${goal}) ${ok ? 'PASS' : 'FAIL'}`);
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const a = lhr.audits[id];
    if (a) console.log(`  ${a.title.padEnd(26)} ${a.displayValue ?? ''}`);
  }
  const misses = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
  for (const a of misses) console.log(`  below full marks: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
} finally {
  await browser.close();
  await stop();
}
process.exit(failed ? 1 : 0);
