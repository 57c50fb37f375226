/**
 * The board's figures as CSV files a spreadsheet can sum: one file per kind of row (promises, sections, themes, the
 * groups within each promise, who answered, actions, every round), each with the same columns on every row. A number
 * column only ever holds a number or nothing: where a figure is hidden its cells are empty and the `suppressed` and
 * `suppressed_because` columns say so and why. Written with shared/csv.ts (RFC 4180, safe to open in a spreadsheet).
 */
import { AGE_BUCKETS, CARE_BUCKETS } from '../cohort';
import type { CsvCell } from '../csv';
import { NOT_RELEASED_LABEL } from '../limits';
import { ACTION_STATUS_LABELS } from '../schemas/actions';
import type { History, PromiseResult, Scorecard } from '../schemas/scorecard';
import type { Figures } from './figures';
import { NO_FIGURES_LINE } from './round-response-rates';
import type { TrendView } from './trend';
import { statusInWords } from './words';

export const CSV_KINDS = ['promises', 'sections', 'themes', 'groups', 'people', 'actions', 'rounds'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** What each file holds, for the download links and the API's description. */
export const CSV_KIND_LABELS: Record<CsvKind, string> = {
  promises: 'Promises',
  sections: 'Sections',
  themes: 'Themes',
  groups: 'Each promise by group',
  people: 'Who answered',
  actions: 'Actions',
  rounds: 'Every round',
};

/** Why a figure's cells are empty. */
const NOT_ASKED = 'not asked';

const FIGURE_NUMBERS = ['yes', 'sometimes', 'no', 'dont_know', 'n', 'score', 'interval_low', 'interval_high'] as const;
const FIGURE_COLUMNS = [
  'suppressed',
  'suppressed_because',
  ...FIGURE_NUMBERS,
  'status',
  'status_in_words',
  'status_is_certain',
] as const;
const TREND_COLUMNS = ['previous_score', 'change', 'change_is'] as const;

/** Every file's columns, in order. */
export const CSV_COLUMNS = {
  promises: [
    'round',
    'section',
    'promise_id',
    'promise',
    ...FIGURE_COLUMNS,
    ...TREND_COLUMNS,
    'comments',
    'actions',
    'actions_done',
  ],
  sections: ['round', 'section', ...FIGURE_COLUMNS, 'young_people_about', ...TREND_COLUMNS],
  themes: [
    'round',
    'theme',
    ...FIGURE_COLUMNS,
    'young_people_about',
    ...TREND_COLUMNS,
    'others_median',
    'others_councils',
  ],
  groups: ['round', 'section', 'promise_id', 'promise', 'group_by', 'group', ...FIGURE_COLUMNS],
  people: [
    'round',
    'group_by',
    'group',
    'suppressed',
    'suppressed_because',
    'young_people',
    'of_young_people',
    'percent_answered',
  ],
  actions: [
    'round',
    'section',
    'promise_id',
    'promise',
    'promise_status',
    'action',
    'owner',
    'due',
    'status',
    'shown_to_young_people',
  ],
  rounds: ['round', 'round_opened', 'kind', 'section', 'promise_id', 'promise', 'theme', ...FIGURE_COLUMNS],
} as const satisfies Record<CsvKind, readonly string[]>;

/** The columns that hold numbers (or nothing) in every file: what a spreadsheet may sum. */
export const CSV_NUMBER_COLUMNS: readonly string[] = [
  ...FIGURE_NUMBERS,
  'previous_score',
  'change',
  'comments',
  'actions',
  'actions_done',
  'young_people_about',
  'of_young_people',
  'percent_answered',
  'others_median',
  'others_councils',
  'young_people',
];

type Row = Record<string, CsvCell>;

const hidden = (why: string): Row => ({ suppressed: true, suppressed_because: why });

const figureCells = (f: Figures | null): Row => {
  if (f === null) return hidden(NOT_ASKED);
  if (f.suppressed) return hidden(f.label);
  return {
    suppressed: false,
    yes: f.counts.yes,
    sometimes: f.counts.sometimes,
    no: f.counts.no,
    dont_know: f.counts.dontknow,
    n: f.n,
    score: f.score,
    interval_low: f.interval.low,
    interval_high: f.interval.high,
    status: f.status,
    status_in_words: statusInWords(f),
    status_is_certain: f.certain,
    ...('people' in f && typeof f.people === 'number' ? { young_people_about: f.people } : {}),
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

const peopleCell = (v: number | string | undefined): Row =>
  typeof v === 'number' ? { suppressed: false, young_people: v } : hidden(v ?? NOT_RELEASED_LABEL);

/** The group of the response-rate rows; their overall row is for everyone the council counted. */
const RATE_ROWS = 'response rate';
const EVERYONE = 'everyone';

/** A response rate as the page shows it: how many answered, of how many, and the per cent; hidden where the page hides it. */
const rateCells = (r: { heard: number | string; population: number; rate: number | null }, hiddenWhy?: string): Row =>
  typeof r.heard === 'number' && r.rate !== null
    ? { suppressed: false, young_people: r.heard, of_young_people: r.population, percent_answered: r.rate }
    : hidden(hiddenWhy ?? String(r.heard));

const rateRows = (card: Scorecard): Row[] => {
  const rates = card.responseRates;
  const row = { round: card.round.name, group_by: RATE_ROWS };
  if (!rates) return [];
  if (rates.state === 'no-figures') return [{ ...row, group: EVERYONE, ...hidden(NO_FIGURES_LINE) }];
  if (rates.state === 'not-shown') return [{ ...row, group: EVERYONE, ...hidden(rates.reason) }];
  const { rates: r } = rates;
  return [
    { ...row, group: EVERYONE, ...rateCells(r) },
    ...r.groups.map((g) => ({ ...row, group: g.name, ...rateCells(g, r.groupsHidden) })),
  ];
};

const promisesOf = (card: Scorecard) => card.sections.flatMap((s) => s.promises.map((p) => ({ section: s.title, p })));

const promiseBase = (card: Scorecard, section: string, p: PromiseResult): Row => ({
  round: card.round.name,
  section,
  promise_id: p.promiseId,
  promise: p.text,
});

const rowsOf = (kind: CsvKind, card: Scorecard, history?: History): Row[] => {
  const round = card.round.name;
  switch (kind) {
    case 'promises':
      return promisesOf(card).map(({ section, p }) => ({
        ...promiseBase(card, section, p),
        ...figureCells(p.figures),
        ...trendCells(p.trend),
        comments: p.comments.length,
        actions: p.actions.length,
        actions_done: p.actions.filter((a) => a.status === 'done').length,
      }));
    case 'sections':
      return card.sections.map((s) => ({
        round,
        section: s.title,
        ...figureCells(s.figures),
        ...trendCells(s.trend),
      }));
    case 'themes':
      return card.themes.map((t) => ({
        round,
        theme: t.label,
        ...figureCells(t.figures),
        ...trendCells(t.trend),
        ...(t.benchmark ? { others_median: t.benchmark.median, others_councils: t.benchmark.councils } : {}),
      }));
    case 'groups':
      return promisesOf(card).flatMap(({ section, p }) => [
        ...PART_ROWS.map(([group, key]) => ({
          ...promiseBase(card, section, p),
          group_by: 'answered in',
          group,
          ...figureCells(p.parts[key]),
        })),
        ...WAYS.flatMap(([label, key, groups]) =>
          groups.map((g) => ({
            ...promiseBase(card, section, p),
            group_by: `survey by ${label}`,
            group: g,
            ...figureCells((p.breakdown[key] as Record<string, Figures>)[g] ?? null),
          })),
        ),
      ]);
    case 'people':
      return [
        ...PEOPLE_ROWS.map(([group, key]) => ({ round, group_by: 'who', group, ...peopleCell(card.people?.[key]) })),
        ...WAYS.flatMap(([label, key, groups]) =>
          groups.map((g) => ({
            round,
            group_by: `survey by ${label}`,
            group: g,
            ...peopleCell(card.responded ? (card.responded[key] as Record<string, number | string>)[g] : undefined),
          })),
        ),
        ...rateRows(card),
      ];
    case 'actions':
      return promisesOf(card).flatMap(({ section, p }) =>
        p.actions.map((a) => ({
          ...promiseBase(card, section, p),
          promise_status: p.figures.suppressed ? p.figures.label : statusInWords(p.figures),
          action: a.action,
          owner: a.owner,
          due: a.due,
          status: ACTION_STATUS_LABELS[a.status],
          shown_to_young_people: a.published,
        })),
      );
    case 'rounds': {
      if (!history) return [];
      const rounds = new Map(history.rounds.map((r) => [r.roundId, r]));
      const when = (id: string) => ({
        round: rounds.get(id)?.name,
        round_opened: rounds.get(id)?.opensAt.slice(0, 10),
      });
      return [
        ...history.promises.flatMap((p) =>
          p.points.map((pt) => ({
            ...when(pt.roundId),
            kind: 'promise',
            section: p.sectionTitle,
            promise_id: p.promiseId,
            promise: p.text,
            ...figureCells(pt.figures),
          })),
        ),
        ...history.themes.flatMap((t) =>
          t.points.map((pt) => ({ ...when(pt.roundId), kind: 'theme', theme: t.label, ...figureCells(pt.figures) })),
        ),
      ];
    }
  }
};

/** One file's rows, the header first. */
export const scorecardCsvRows = (kind: CsvKind, card: Scorecard, history?: History): CsvCell[][] => {
  const columns: readonly string[] = CSV_COLUMNS[kind];
  return [[...columns], ...rowsOf(kind, card, history).map((r) => columns.map((c) => r[c]))];
};
