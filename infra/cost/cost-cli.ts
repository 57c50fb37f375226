/**
 * `npm run cost`: the monthly cost of the production stage for one council and for 150 on one
 * deployment, as a Markdown table (docs/deploy.md quotes it). Synthesises the stack offline.
 */
import { buildWebIfStale } from '../../functions/local/web-build';
import { fmtN, monthlyCost, PRICES, totalOf, USAGE } from './cost-model';
import { COUNTER_ITEMS_PER_SCORECARD, fullCounterItemKb, stackResources, synthForCost } from './stack-resources';

process.env.CDK_VALIDATION ??= 'false';
await buildWebIfStale({ log: (line) => console.error(line) });
const resources = stackResources(synthForCost('prod'));
const counterKb = fullCounterItemKb();
const columns = [1, 150];
const bills = columns.map((n) => monthlyCost(n, resources, USAGE, counterKb, COUNTER_ITEMS_PER_SCORECARD));

const usd = (x: number) => (x < 0.01 ? '< $0.01' : `$${x.toFixed(2)}`);
console.log(`Stack (prod): ${JSON.stringify(resources)}; a full counter item ${counterKb.toFixed(1)} KB\n`);
console.log(`| service | ${columns.map((n) => `${n} council${n === 1 ? '' : 's'}`).join(' | ')} |`);
console.log(`|---|${columns.map(() => '--:').join('|')}|`);
bills[0]!.forEach((item, i) => {
  console.log(`| ${item.service} | ${bills.map((b) => `${usd(b[i]!.usd)}<br>${b[i]!.what}`).join(' | ')} |`);
});
console.log(`| **total a month** | ${bills.map((b) => `**$${fmtN(totalOf(b), 2)}**`).join(' | ')} |`);
console.log(`| per council | ${bills.map((b, i) => `$${fmtN(totalOf(b) / columns[i]!, 2)}`).join(' | ')} |`);
console.log(`\nPrices used (USD, eu-west-2): ${JSON.stringify(PRICES)}`);
