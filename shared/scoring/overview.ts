import type { Figures } from './figures';
import type { Status } from './score';
import type { TrendView } from './trend';

export interface PromiseLine {
  promiseId: string;
  text: string;
  figures: Figures;
  trend: TrendView | null;
  actions: readonly unknown[];
}

export interface PromiseRef {
  promiseId: string;
  text: string;
}

/** The promises whose status is "not kept", split by whether anything is being done about them yet. */
export interface NotKept {
  count: number;
  /** Of those, how many are "probably not kept": their 95% interval reaches across a limit. */
  probably: number;
  withAction: PromiseRef[];
  noAction: PromiseRef[];
}

export interface Overview {
  /** Promises by status; `notShown` counts those with fewer than MIN_GROUP_SIZE ratings. */
  statusCounts: Record<Status, number> & { notShown: number };
  /** Up to three promises with the largest rise since the previous round (rises only). */
  mostImproved: { promiseId: string; text: string; score: number; trend: TrendView }[];
  /** Up to three promises with the lowest scores this round. */
  leastKept: { promiseId: string; text: string; score: number; status: Status; certain: boolean; firm: boolean }[];
  notKept: NotKept;
}

export const OVERVIEW_LIST_LENGTH = 3;

/** The first things a board reads: how many promises are kept, what got better, what is least kept. */
export const overviewOf = (promises: readonly PromiseLine[]): Overview => {
  const statusCounts = { green: 0, amber: 0, red: 0, notShown: 0 };
  const shown: { p: PromiseLine; score: number; status: Status; trend: TrendView | null }[] = [];
  for (const p of promises) {
    if (p.figures.suppressed) statusCounts.notShown++;
    else {
      statusCounts[p.figures.status]++;
      shown.push({ p, score: p.figures.score, status: p.figures.status, trend: p.trend });
    }
  }
  const mostImproved = shown
    .flatMap((x) =>
      x.trend && x.trend.change > 0
        ? [{ promiseId: x.p.promiseId, text: x.p.text, score: x.score, trend: x.trend }]
        : [],
    )
    // The largest rise first; of equal rises, a real change before one that may be noise.
    .sort((a, b) => b.trend.change - a.trend.change || Number(b.trend.real) - Number(a.trend.real))
    .slice(0, OVERVIEW_LIST_LENGTH);
  const leastKept = [...shown]
    .sort((a, b) => a.score - b.score)
    .slice(0, OVERVIEW_LIST_LENGTH)
    .map((x) => ({
      promiseId: x.p.promiseId,
      text: x.p.text,
      score: x.score,
      status: x.status,
      certain: !x.p.figures.suppressed && x.p.figures.certain,
      firm: !x.p.figures.suppressed && x.p.figures.firm,
    }));
  const red = shown.filter((x) => x.status === 'red').map((x) => x.p);
  const ref = (p: PromiseLine): PromiseRef => ({ promiseId: p.promiseId, text: p.text });
  const notKept = {
    count: red.length,
    probably: red.filter((p) => !p.figures.suppressed && !p.figures.certain).length,
    withAction: red.filter((p) => p.actions.length > 0).map(ref),
    noAction: red.filter((p) => p.actions.length === 0).map(ref),
  };
  return { statusCounts, mostImproved, leastKept, notKept };
};
