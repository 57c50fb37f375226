/**
 * Short surveys against the whole pledge, simulated over the real 65-promise pledge (../shared/pledges/003_…):
 * 60, 100 and 400 young people, each stopping after a geometric number of promises (mean 15). Short: each gets
 * the round's 12 (shared/survey/short-set.ts, from counts in steps of 5 as the phone is told), then "Rate some
 * more?" 4 at a time while they would go on. Whole: every promise in pledge order, as the survey asked before.
 * A tenth of answers are "Don't know", which do not count in n.
 *
 * Figures per size, over TRIALS runs: promises shown on the scorecard (n ≥ 5), the smallest n, max ÷ min n, and
 * the median promises asked (the set) and answered per young person.
 * Goals: 60 people → all 65 shown; 100 → max ÷ min ≤ 1.5; median asked ≤ 12. Exits 1 when a goal is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPledge } from '../../shared/importer';
import { DEFAULT_PROMISES_PER_PERSON, MIN_GROUP_SIZE, MORE_PROMISES_STEP } from '../../shared/limits';
import { coarseCoverage } from '../../shared/survey/coverage';
import { pickMore, pickSet } from '../../shared/survey/short-set';
import { havePledges, PLEDGES_DIR } from '../support/pledge-council';
import { fmt, percentile } from './support';

const SIZES = [60, 100, 400] as const;
const TRIALS = 200;
const MEAN_STOP = 15;
const DONT_KNOW = 0.1;

if (!havePledges()) {
  console.log(`skipped: ${PLEDGES_DIR} (the real pledge documents) is absent on this machine`);
  process.exit(0);
}
const file = readdirSync(PLEDGES_DIR).find((f) => f.startsWith('003_') && f.endsWith('.txt'))!;
const draft = importPledge(readFileSync(join(PLEDGES_DIR, file), 'utf8'));
const ids = draft.sections.flatMap((s, i) => s.promises.map((_, j) => `p_${i}_${j}`));
console.log(`${file}: ${ids.length} promises in ${draft.sections.length} sections; ${TRIALS} runs per size`);

/** Promises a young person would rate before stopping: geometric on 1, 2, 3, … with mean MEAN_STOP. */
const stopAfter = () => Math.max(1, Math.ceil(Math.log(1 - Math.random()) / Math.log(1 - 1 / MEAN_STOP)));
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

interface Run {
  shown: number;
  minN: number;
  spread: number;
  askedMedian: number;
  answeredMedian: number;
}

const simulate = (people: number, short: boolean): Run => {
  const n = new Map(ids.map((id) => [id, 0]));
  const asked: number[] = [];
  const answered: number[] = [];
  for (let person = 0; person < people; person++) {
    const patience = stopAfter();
    let order: string[];
    if (short) {
      const coverage = coarseCoverage(n, ids);
      order = pickSet(ids, coverage, DEFAULT_PROMISES_PER_PERSON, Math.random);
      // "Rate some more?": yes while they would still go on and promises are left.
      while (patience > order.length && order.length < ids.length)
        order = [...order, ...pickMore(ids, order, coverage, MORE_PROMISES_STEP, Math.random)];
    } else order = ids;
    asked.push(short ? order.length : ids.length);
    const rated = order.slice(0, patience);
    answered.push(rated.length);
    for (const id of rated) if (Math.random() >= DONT_KNOW) n.set(id, n.get(id)! + 1);
  }
  const ns = [...n.values()];
  const minN = Math.min(...ns);
  return {
    shown: ns.filter((x) => x >= MIN_GROUP_SIZE).length,
    minN,
    spread: minN === 0 ? Number.POSITIVE_INFINITY : Math.max(...ns) / minN,
    askedMedian: median(asked),
    answeredMedian: median(answered),
  };
};

const goals: string[] = [];
for (const people of SIZES) {
  console.log(`\n${people} young people`);
  for (const short of [true, false]) {
    const runs = Array.from({ length: TRIALS }, () => simulate(people, short));
    const col = (f: (r: Run) => number) => runs.map(f).sort((a, b) => a - b);
    const shown = col((r) => r.shown);
    const minN = col((r) => r.minN);
    const spread = col((r) => r.spread);
    const asked = median(col((r) => r.askedMedian));
    const answered = median(col((r) => r.answeredMedian));
    const allShown = runs.filter((r) => r.shown === ids.length).length / TRIALS;
    console.log(
      `  ${(short ? `short (${DEFAULT_PROMISES_PER_PERSON} each)` : 'whole pledge, in order').padEnd(24)}` +
        ` shown (n≥5): median ${median(shown)}, worst ${shown[0]}; all ${ids.length} in ${fmt(allShown * 100, 0)}% of runs` +
        ` | smallest n: median ${median(minN)}, worst ${minN[0]}` +
        ` | max÷min n: median ${fmt(median(spread), 2)}, 95th pct ${fmt(percentile(spread, 95), 2)}` +
        ` | asked per person: median ${asked}, answered ${answered}`,
    );
    if (!short) continue;
    if (people === 60 && percentile(shown, 5) < ids.length) goals.push('60 people: all 65 shown in 95% of runs');
    if (people === 100 && median(spread) > 1.5) goals.push('100 people: max ÷ min n at most 1.5');
    if (asked > DEFAULT_PROMISES_PER_PERSON) goals.push(`${people} people: median asked at most 12`);
  }
}
if (goals.length) {
  console.log(`\nGoals missed: ${goals.join('; ')}`);
  process.exit(1);
}
console.log('\nGoals met: 60 → all 65 shown; 100 → max ÷ min n ≤ 1.5; median asked ≤ 12.');
