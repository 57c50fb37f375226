/**
 * Importer speed: each real pledge in ../shared/pledges and each of the project's own fixtures (goal:
 * median under 50 ms each), a ten-page PDF printed by Chromium, read with pdf.js and imported (goal:
 * median under 500 ms), and the pathological inputs of test/unit/importer/pathological.ts (goal: no
 * blow-up, reported only). Every input is imported once cold, then RUNS times; the figures are milliseconds.
 */
import { readdirSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importPledge } from '../../shared/importer';
import { type PdfJs, readPdfText } from '../../shared/importer/pdf-text';
import { PATHOLOGICAL } from '../unit/importer/pathological';
import { closePdfMaker, pledgeHtml, printPdf, RIVERBEND, tenPagePledge } from '../unit/importer/pdf-maker';
import { FIXTURES_DIR, havePledges, PLEDGES_DIR, pledgeFiles, readFixture } from '../unit/importer/pledges-dir';
import { fmt, summarise } from './support';

const RUNS = 50;
const GOAL_MS = 50;
const PDF_RUNS = 15;
const PDF_GOAL_MS = 500;

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
console.log(`\nThe project's own fixtures (goal: p50 under ${GOAL_MS} ms)`);
for (const f of readdirSync(FIXTURES_DIR)
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort()) {
  const m = row(f, readFixture(f));
  if (m.p50 >= GOAL_MS) over++;
}

console.log(`\nA ten-page PDF, read with pdf.js and imported (goal: p50 under ${PDF_GOAL_MS} ms)`);
const pdf = await printPdf(pledgeHtml(tenPagePledge(RIVERBEND), { columns: 1 }), 'Riverbend pledge, version 3');
await closePdfMaker();
const readAndImport = async () =>
  importPledge(await readPdfText(pdfjs as unknown as PdfJs, pdf.slice(), 'pledge.pdf'), { format: 'markdown' });
let started = performance.now();
const draft = await readAndImport();
const first = performance.now() - started;
const pdfMs: number[] = [];
for (let i = 0; i < PDF_RUNS; i++) {
  started = performance.now();
  await readAndImport();
  pdfMs.push(performance.now() - started);
}
const p = summarise(pdfMs);
console.log(
  `${'ten-page-pledge.pdf'.padEnd(32)} ${(pdf.length / 1024).toFixed(0).padStart(4)} KB  first ${fmt(first).padStart(6)}  p50 ${fmt(p.p50).padStart(6)}  p95 ${fmt(p.p95).padStart(6)}  max ${fmt(p.max).padStart(6)} ms  (${draft.sections.length} sections, ${draft.sections.reduce((n, s) => n + s.promises.length, 0)} promises)`,
);
if (p.p50 >= PDF_GOAL_MS) over++;

console.log('\nPathological inputs');
for (const [name, doc] of Object.entries(PATHOLOGICAL)) row(name, doc);

if (over > 0) {
  console.log(`\n${over} document(s) took longer than their goal (median)`);
  process.exit(1);
}
