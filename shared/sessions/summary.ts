/**
 * What a session leaves behind once the room has gone: each promise's counts (phone votes and hands
 * together), with every figure from fewer than MIN_GROUP_SIZE young people replaced, as everywhere outside the room.
 */
import type { CsvCell } from '../csv';
import { SUPPRESSED_LABEL } from '../limits';
import { emptyCounts, RATING_LABELS, RATINGS } from '../rating';
import type { Thresholds } from '../schemas/council';
import { countFigure, type Figures, figuresOf, SUPPRESSED } from '../scoring/figures';
import { isSmallPart } from '../scoring/release';
import { type RoundTally, totalCounts } from '../scoring/tally';

export interface SessionPromise {
  promiseId: string;
  text: string;
  easyRead?: string;
}

export interface SessionSummaryRow {
  promiseId: string;
  text: string;
  figures: Figures;
}

export interface SessionSummary {
  /** People who voted by phone at least once. */
  phoneVoters: number | typeof SUPPRESSED_LABEL;
  /** People a show of hands stood for (the largest tally of any promise). */
  handsCounted: number | typeof SUPPRESSED_LABEL;
  promises: SessionSummaryRow[];
}

/** Nobody is no one to recognise: 0 is shown as 0 (a session without phones, or without hands). */
const peopleFigure = (n: number) => (n === 0 ? 0 : countFigure(n));

export const buildSessionSummary = (
  promises: readonly SessionPromise[],
  tally: RoundTally,
  thresholds: Thresholds,
): SessionSummary => ({
  phoneVoters: peopleFigure(tally.responses.bySource['session-vote']),
  handsCounted: peopleFigure(tally.responses.bySource['session-tally']),
  promises: promises.map((p) => {
    const t = tally.promises.get(p.promiseId);
    // The phones' votes and the typed hands are parts of their own: the facilitator knows the hands, so a total
    // over a small group of phones would give their votes away (shared/scoring/release.ts).
    const small = t ? isSmallPart(t.bySource['session-vote']) || isSmallPart(t.bySource['session-tally']) : false;
    return {
      promiseId: p.promiseId,
      text: p.text,
      figures: small ? SUPPRESSED : figuresOf(t ? totalCounts(t) : emptyCounts(), thresholds),
    };
  }),
});

const STATUS_WORDS = { green: 'kept', amber: 'partly kept', red: 'not kept' } as const;

/** One row per promise, in the session's order; suppressed rows say so in every figure cell. */
export const summaryCsvRows = (summary: SessionSummary): CsvCell[][] => [
  ['number', 'promise_id', 'promise', ...RATINGS.map((r) => RATING_LABELS[r]), 'n', 'score', 'status'],
  ...summary.promises.map((row, i) => {
    const f = row.figures;
    const figures: CsvCell[] = f.suppressed
      ? Array.from({ length: RATINGS.length + 3 }, () => SUPPRESSED_LABEL)
      : [...RATINGS.map((r) => f.counts[r]), f.n, f.score, STATUS_WORDS[f.status]];
    return [i + 1, row.promiseId, row.text, ...figures];
  }),
];
