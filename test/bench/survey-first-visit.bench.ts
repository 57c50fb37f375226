/**
 * A young person's first visit, end to end: Lighthouse 12 (mobile, default simulated throttling) on the
 * survey's start page (a 65-promise pledge), served through a stand-in for CloudFront (edge-emulator.ts)
 * in three ways, each run RUNS times in turn:
 *   fast API       the API answers at once (a warm function); nothing kept at the edge
 *   edge, slow API the API answers 800 ms late (a cold start), but the survey's data is kept at the edge
 *                  (a visitor in the last minute asked for it), as the CloudFront behaviour does
 *   slow API       the API answers 800 ms late and the data comes from it (the API as it was: uncached)
 * Goal: the largest contentful paint of "edge, slow API" within 10% of "fast API" (medians). Lighthouse's
 * simulation replays the page on a model of a slow phone and network from what it saw; the observed LCP
 * (the same run, unthrottled) is printed beside it, since that is where the API's own delay shows plainly.
 */
import lighthouse from 'lighthouse';
import { freePort } from '../../functions/local/dynamo-local';
import { API_PATHS, fill } from '../../shared/api-paths';
import { launchBrowser } from '../support/browser';
import { startEdgeEmulator } from './edge-emulator';
import { fmt, summarise } from './support';
import { SLUG, startSurveyBench } from './survey-support';

const RUNS = 5;
const COLD_START_MS = 800;
const GOAL = 0.1;

const bench = await startSurveyBench();
const slow = await bench.another({ apiDelayMs: COLD_START_MS });
const ways = [
  { name: 'fast API', edge: await startEdgeEmulator(bench.server.url, { cache: false }) },
  { name: 'edge, slow API', edge: await startEdgeEmulator(slow.url, { cache: true }) },
  { name: 'slow API', edge: await startEdgeEmulator(slow.url, { cache: false }) },
];
const port = await freePort();
const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
const figures = new Map<string, { lcp: number[]; fcp: number[]; observed: number[] }>(
  ways.map((w) => [w.name, { lcp: [], fcp: [], observed: [] }]),
);
let failed = false;
try {
  for (let i = 0; i < RUNS; i++) {
    for (const way of ways) {
      // A visitor in the last half minute: the edge holds the data (a no-op where nothing is kept).
      await way.edge.warm(fill(API_PATHS.survey, { slug: SLUG }));
      const result = await lighthouse(`${way.edge.url}/c/${SLUG}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error('Lighthouse returned nothing');
      const f = figures.get(way.name)!;
      f.lcp.push(result.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
      f.fcp.push(result.lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN);
      // What the unthrottled page did in this run, beside the simulation: where the API's delay shows plainly.
      const observed = (result.lhr.audits.metrics?.details as { items?: { observedLargestContentfulPaint?: number }[] })
        ?.items?.[0]?.observedLargestContentfulPaint;
      f.observed.push(observed ?? Number.NaN);
    }
  }
  console.log(
    `First visit to /c/${SLUG} (${bench.source}); Lighthouse mobile, simulated throttling; API ${COLD_START_MS} ms late where slow; median of ${RUNS}`,
  );
  // A run where Lighthouse could not measure a figure (a busy machine) is left out of its median.
  const median = (xs: number[]) => summarise(xs.filter(Number.isFinite)).p50;
  for (const way of ways) {
    const f = figures.get(way.name)!;
    console.log(
      `  ${way.name.padEnd(16)} LCP ${fmt(median(f.lcp), 0).padStart(6)} ms   FCP ${fmt(median(f.fcp), 0).padStart(6)} ms   observed LCP ${fmt(median(f.observed), 0).padStart(5)} ms   (LCP runs: ${f.lcp.map((x) => fmt(x, 0)).join(', ')}; edge: ${way.edge.stats.hits} fresh, ${way.edge.stats.staleHits} stale, ${way.edge.stats.misses} misses)`,
    );
  }
  const fast = median(figures.get('fast API')!.lcp);
  const edge = median(figures.get('edge, slow API')!.lcp);
  const uncached = median(figures.get('slow API')!.lcp);
  const change = (edge - fast) / fast;
  failed = !(Math.abs(change) <= GOAL);
  console.log(
    `  edge-served LCP ${change >= 0 ? '+' : ''}${fmt(100 * change)}% against the fast API (goal within ${100 * GOAL}%): ${failed ? 'NOT met' : 'met'}; uncached slow API ${uncached >= fast ? '+' : ''}${fmt((100 * (uncached - fast)) / fast)}%`,
  );
} finally {
  await browser.close();
  for (const way of ways) await way.edge.close();
  await bench.stop();
}
process.exit(failed ? 1 : 0);
