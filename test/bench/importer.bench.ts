/**
 * Importer speed: each real pledge in ../shared/pledges (goal: median under 50 ms each)
 * and the pathological inputs of test/unit/importer/pathological.ts (goal: no blow-up, reported only).
 * Every input is imported once cold, then RUNS times; the figures are milliseconds.
 */
import { importPledge } from '../../shared/importer';
import { PATHOLOGICAL } from '../unit/importer/pathological';
import { havePledges, PLEDGES_DIR, pledgeFiles } from '../unit/importer/pledges-dir';
import { fmt, summarise } from './support';

const RUNS = 50;
const GOAL_MS = 50;

const measure = (doc: string) => {
  let started = performance.now();
  const draft = importPledge(doc);
  const first = performance.now() - started;
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    importPledge(doc);
    ms.push(performance.now() - started);
  }
  const promises = draft.sections.reduce((n, s) => n + s.promises.length, 0);
  return { first, ...summarise(ms), sections: draft.sections.length, promises };
};

const row = (name: string, doc: string) => {
  const m = measure(doc);
  const line = `${name.padEnd(32)} ${(doc.length / 1024).toFixed(0).padStart(4)} KB  first ${fmt(m.first).padStart(6)}  p50 ${fmt(m.p50).padStart(6)}  p95 ${fmt(m.p95).padStart(6)}  max ${fmt(m.max).padStart(6)} ms  (${m.sections} sections, ${m.promises} promises)`;
  console.log(line);
  return m;
};

let over = 0;
console.log(
  `Real pledges (goal: p50 under ${GOAL_MS} ms; "first" includes the JIT warming up, p95 and max include other processes on a busy machine)`,
);
if (!havePledges) console.log(`  skipped: ${PLEDGES_DIR} is absent`);
for (const p of pledgeFiles()) {
  const m = row(p.name, p.text);
  if (m.p50 >= GOAL_MS) over++;
}
console.log('\nPathological inputs');
for (const [name, doc] of Object.entries(PATHOLOGICAL)) row(name, doc);

if (over > 0) {
  console.log(`\n${over} real pledge(s) took a median of ${GOAL_MS} ms or more`);
  process.exit(1);
}
