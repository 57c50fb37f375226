/** The board's CSV files open as numbers: parsed as a spreadsheet reads them, every number column sums. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/csv';
import { SUPPRESSED_LABEL } from '../../shared/limits';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { GROUP_NAMES, HIDDEN_LABEL, responseRates } from '../../shared/scoring/response-rate';
import { NO_FIGURES_LINE, RATES_NOT_SHOWN } from '../../shared/scoring/round-response-rates';
import { buildScorecard } from '../../shared/scoring/scorecard';
import { CSV_COLUMNS, CSV_KINDS, CSV_NUMBER_COLUMNS, scorecardCsvRows } from '../../shared/scoring/scorecard-csv';
import { actionOn, council, finalRound, NOW, pledgeVersion, surveyOnly, tallyOf } from '../support/scorecard-fixture';

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
};

/** What a spreadsheet makes of a cell: a number only when the whole cell is one. */
const asNumber = (cell: string): number | null => (/^-?\d+(\.\d+)?(E-?\d+)?$/i.test(cell.trim()) ? Number(cell) : null);

const pledge = pledgeVersion([
  {
    id: 's1',
    promises: [
      ['pa', ['health']],
      ['pb', ['health']],
      ['pc', []],
    ],
  },
  { id: 's2', promises: [['pd', ['education']]] },
]);
const card = buildScorecard({
  council,
  round: finalRound('r2', 'Autumn 2026', '2026-09-01T00:00:00Z'),
  pledge,
  counts: surveyOnly(
    tallyOf([
      [{ pa: 'yes', pb: 'no', pc: 'yes', pd: 'sometimes' }, 14, { age: '14-17' }],
      [{ pa: 'no', pb: 'no', pc: 'no' }, 8, { age: '18-25' }],
      [{ pa: 'yes', pb: 'dontknow', pc: 'yes', pd: 'yes' }, 2, { age: '8-13' }],
      [{ pa: 'sometimes' }, 3],
    ]),
  ),
  sessionsHeld: 0,
  previous: null,
  comments: [],
  actions: [actionOn('pb', 'in-progress', '2027-03-31'), actionOn('pb', 'done')],
  summaries: [],
  now: NOW,
});

const population = { 'in-care:8-13': 40, 'in-care:14-17': 60, 'care-leaver:14-17': 20, 'care-leaver:18-25': 100 };
const withRates = (rates: Scorecard['responseRates']): Scorecard => ({ ...card, responseRates: rates });

describe('the CSV files', () => {
  it('keeps every number column a number or empty, with hidden figures flagged apart, in every file', () => {
    expect(card.sections[0]!.promises.some((p) => p.breakdown.byAge['8-13'].suppressed)).toBe(true);
    const shown = withRates({
      state: 'shown',
      rates: responseRates(
        population,
        { 'in-care:8-13': 16, 'in-care:14-17': 24, 'care-leaver:14-17': 3, 'care-leaver:18-25': 12 },
        0,
      ),
    });
    for (const [kind, c] of [...CSV_KINDS.map((k) => [k, card] as const), ['people', shown] as const]) {
      const [header, ...rows] = parseCsv(toCsv(scorecardCsvRows(kind, c), { bom: true }));
      expect(header, kind).toEqual([...CSV_COLUMNS[kind]]);
      for (const row of rows) {
        expect(row.length, kind).toBe(header!.length);
        const get = (c: string) => row[header!.indexOf(c)] ?? '';
        for (const col of header!.filter((c) => CSV_NUMBER_COLUMNS.includes(c)))
          expect(get(col) === '' || asNumber(get(col)) !== null, `${kind}.${col} = "${get(col)}"`).toBe(true);
        if (header!.includes('suppressed')) {
          expect(['true', 'false']).toContain(get('suppressed'));
          if (get('suppressed') === 'true') {
            expect(get('suppressed_because')).not.toBe('');
            for (const col of header!.filter((c) => CSV_NUMBER_COLUMNS.includes(c))) expect(get(col)).toBe('');
          }
        }
        // Never the small-numbers words where a number goes.
        for (const col of header!.filter((c) => CSV_NUMBER_COLUMNS.includes(c)))
          expect(get(col)).not.toContain(SUPPRESSED_LABEL);
      }
    }
  });

  it('the who-answered file carries the response rates the board reads: of how many, and the per cent, hidden as on the page', () => {
    const rows = (c: Scorecard) => {
      const [header, ...rest] = parseCsv(toCsv(scorecardCsvRows('people', c)));
      return rest
        .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
        .filter((r) => r.group_by === 'response rate');
    };
    const heardIn = { 'in-care:8-13': 16, 'in-care:14-17': 24, 'care-leaver:14-17': 3, 'care-leaver:18-25': 12 };
    const shown = rows(withRates({ state: 'shown', rates: responseRates(population, heardIn, 0) }));
    expect(shown.map((r) => [r.group, r.young_people, r.of_young_people, r.percent_answered, r.suppressed])).toEqual([
      ['everyone', '55', '220', '25', 'false'],
      [GROUP_NAMES['in-care:8-13'], '16', '40', '40', 'false'],
      [GROUP_NAMES['in-care:14-17'], '24', '60', '40', 'false'],
      [GROUP_NAMES['care-leaver:14-17'], '', '', '', 'true'],
      // Hidden too: the total less the other groups would give the small one away.
      [GROUP_NAMES['care-leaver:18-25'], '', '', '', 'true'],
    ]);
    expect(shown[3]!.suppressed_because).toBe(SUPPRESSED_LABEL);
    expect(shown[4]!.suppressed_because).toBe(HIDDEN_LABEL);
    const notShown = rows(withRates({ state: 'not-shown', reason: RATES_NOT_SHOWN }));
    expect(notShown.map((r) => [r.group, r.suppressed, r.suppressed_because])).toEqual([
      ['everyone', 'true', RATES_NOT_SHOWN],
    ]);
    expect(rows(withRates({ state: 'no-figures' })).map((r) => r.suppressed_because)).toEqual([NO_FIGURES_LINE]);
    expect(rows(withRates(null))).toEqual([]);
  });

  it('sums: the promises file adds up to what the page shows, and the actions file lists each action with its status and due date', () => {
    const [header, ...rows] = parseCsv(toCsv(scorecardCsvRows('promises', card)));
    const col = (c: string) => header!.indexOf(c);
    const actions = rows.reduce((s, r) => s + (asNumber(r[col('actions')]!) ?? 0), 0);
    expect(actions).toBe(2);
    const pb = rows.find((r) => r[col('promise_id')] === 'pb')!;
    expect(pb[col('status_in_words')]).toBe('Not kept');
    expect(asNumber(pb[col('n')]!)).toBe(22);
    const [aHeader, ...aRows] = parseCsv(toCsv(scorecardCsvRows('actions', card)));
    expect(aRows.map((r) => [r[aHeader!.indexOf('status')], r[aHeader!.indexOf('due')]])).toEqual([
      ['Started', '2027-03-31'],
      ['Done', ''],
    ]);
    // An action's words that look like a formula are made safe, the words kept.
    expect(aRows[0]![aHeader!.indexOf('action')]).toBe('Do something about pb, = now');
  });
});
