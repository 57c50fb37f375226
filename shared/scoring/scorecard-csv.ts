/**
 * Every figure the board pages show, as one tidy CSV table: a row per figure group, the same columns
 * throughout, SUPPRESSED_LABEL wherever the page shows it. Written with shared/csv.ts (RFC 4180, safe to
 * open in a spreadsheet).
 */
import { AGE_BUCKETS, CARE_BUCKETS } from '../cohort';
import type { CsvCell } from '../csv';
import { NOT_RELEASED_LABEL, SUPPRESSED_LABEL } from '../limits';
import { RATINGS } from '../rating';
import type { History, Scorecard } from '../schemas/scorecard';
import type { Figures } from './figures';
import type { TrendView } from './trend';

export const SCORECARD_CSV_HEADER = [
  'table',
  'round',
  'section',
  'promise_id',
  'promise',
  'theme',
  'group_by',
  'group',
  'responses',
  'promises',
  'yes',
  'sometimes',
  'no',
  'dont_know',
  'n',
  'score',
  'interval_low',
  'interval_high',
  'status',
  'previous_score',
  'change',
  'change_is',
  'others_median',
  'others_councils',
] as const;

type Column = (typeof SCORECARD_CSV_HEADER)[number];
type Row = Partial<Record<Column, CsvCell>>;

const FIGURE_COLUMNS = [
  'yes',
  'sometimes',
  'no',
  'dont_know',
  'n',
  'score',
  'interval_low',
  'interval_high',
  'status',
] as const;

const figureCells = (f: Figures | null): Row => {
  if (f === null) return Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, 'not asked']));
  if (f.suppressed) return Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, f.label]));
  const [yes, sometimes, no, dontknow] = RATINGS.map((r) => f.counts[r]);
  return {
    yes,
    sometimes,
    no,
    dont_know: dontknow,
    n: f.n,
    score: f.score,
    interval_low: f.interval.low,
    interval_high: f.interval.high,
    status: f.status,
  };
};

const trendCells = (t: TrendView | null): Row =>
  t ? { previous_score: t.previousScore, change: t.change, change_is: t.real ? 'real change' : 'may be noise' } : {};

/** The survey's cohort splits (sessions ask neither question of each person). */
const WAYS = [
  ['age group', 'byAge', AGE_BUCKETS],
  ['care status', 'byCare', CARE_BUCKETS],
] as const;

/** Who the round heard from, in the words of the page. */
export const PEOPLE_ROWS = [
  ['young people', 'youngPeople'],
  ['survey', 'survey'],
  ['phones in live sessions', 'phones'],
  ['hands counted in live sessions', 'hands'],
] as const;

/** Where a promise's answers came from. */
export const PART_ROWS = [
  ['survey', 'survey'],
  ['live sessions', 'sessions'],
] as const;

export const scorecardCsvRows = (card: Scorecard, history?: History): CsvCell[][] => {
  const round = card.round.name;
  const rows: Row[] = [];
  for (const [group, key] of PEOPLE_ROWS)
    rows.push({
      table: 'responded',
      round,
      group_by: 'who',
      group,
      responses: card.people ? card.people[key] : NOT_RELEASED_LABEL,
    });
  for (const [label, key, groups] of WAYS) {
    for (const g of groups)
      rows.push({
        table: 'responded',
        round,
        group_by: `survey by ${label}`,
        group: g,
        responses: card.responded ? (card.responded[key] as Record<string, CsvCell>)[g] : NOT_RELEASED_LABEL,
      });
  }
  const s = card.overview.statusCounts;
  for (const [group, n] of [
    ['green', s.green],
    ['amber', s.amber],
    ['red', s.red],
    [SUPPRESSED_LABEL, s.notShown],
  ] as const) {
    rows.push({ table: 'promises by status', round, group_by: 'status', group, promises: n });
  }
  for (const section of card.sections) {
    rows.push({
      table: 'section',
      round,
      section: section.title,
      ...figureCells(section.figures),
      ...trendCells(section.trend),
    });
    for (const p of section.promises) {
      const base = { round, section: section.title, promise_id: p.promiseId, promise: p.text };
      rows.push({ table: 'promise', ...base, ...figureCells(p.figures), ...trendCells(p.trend) });
      for (const [group, key] of PART_ROWS)
        rows.push({ table: 'promise by part', ...base, group_by: 'answered in', group, ...figureCells(p.parts[key]) });
      for (const [label, key, groups] of WAYS) {
        for (const g of groups)
          rows.push({
            table: 'promise by group',
            ...base,
            group_by: `survey by ${label}`,
            group: g,
            ...figureCells((p.breakdown[key] as Record<string, Figures>)[g]!),
          });
      }
    }
  }
  for (const t of card.themes) {
    rows.push({
      table: 'theme',
      round,
      theme: t.label,
      ...figureCells(t.figures),
      ...trendCells(t.trend),
      ...(t.benchmark ? { others_median: t.benchmark.median, others_councils: t.benchmark.councils } : {}),
    });
  }
  if (history) {
    const names = new Map(history.rounds.map((r) => [r.roundId, r.name]));
    for (const p of history.promises) {
      for (const pt of p.points)
        rows.push({
          table: 'promise over rounds',
          round: names.get(pt.roundId),
          section: p.sectionTitle,
          promise_id: p.promiseId,
          promise: p.text,
          ...figureCells(pt.figures),
        });
    }
    for (const t of history.themes) {
      for (const pt of t.points)
        rows.push({
          table: 'theme over rounds',
          round: names.get(pt.roundId),
          theme: t.label,
          ...figureCells(pt.figures),
        });
    }
  }
  return [[...SCORECARD_CSV_HEADER], ...rows.map((r) => SCORECARD_CSV_HEADER.map((c) => r[c]))];
};
