/**
 * First visit to the survey of a 65-promise pledge on a phone with an empty cache: every byte over the
 * wire (HTML, JS, CSS, icons, the pledge JSON), compressed as the server sends it, as Chromium counts it
 * (CDP Network.loadingFinished encodedDataLength, headers included). Budget: 60 KB.
 */
import type { CDPSession } from 'playwright-core';
import { launchBrowser, phoneContext } from '../support/browser';
import { SLUG, startSurveyBench } from './survey-support';

const BUDGET_BYTES = 60 * 1024;

const { server, source, stop } = await startSurveyBench();
const browser = await launchBrowser();
let failed = false;
try {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, { url: string; type: string; encoding: string }>();
  const bytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) =>
    urls.set(e.requestId, { url: e.response.url, type: e.type, encoding: String(e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '') }),
  );
  cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));

  await page.goto(`${server.url}/c/${SLUG}`, { waitUntil: 'networkidle' });
  await page.getByText('We made 65 promises to you').waitFor();
  // The first promise screen needs nothing more from the network; open it to prove it.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Promise 1 of 65').waitFor();
  await page.waitForLoadState('networkidle');

  let total = 0;
  console.log(`Survey first visit, ${source}, 360×740 phone, empty cache:`);
  for (const [id, n] of bytes) {
    const r = urls.get(id);
    total += n;
    console.log(`  ${String(n).padStart(7)} B  ${(r?.type ?? '?').padEnd(10)} ${(r?.encoding || 'identity').padEnd(8)} ${r?.url.replace(server.url, '') ?? id}`);
  }
  const loaded = [...urls.values()].map((u) => u.url);
  const forbidden = loaded.filter((u) => /\/assets\/(chart|staff)[-.]/.test(u));
  console.log(`  total over the wire: ${(total / 1024).toFixed(1)} KB in ${bytes.size} responses (budget ${BUDGET_BYTES / 1024} KB) ${total <= BUDGET_BYTES ? 'PASS' : 'FAIL'}`);
  console.log(`  chart.js or staff chunks loaded: ${forbidden.length === 0 ? 'none' : forbidden.join(', ')}`);
  failed = total > BUDGET_BYTES || forbidden.length > 0;
} finally {
  await browser.close();
  await stop();
}
process.exit(failed ? 1 : 0);
