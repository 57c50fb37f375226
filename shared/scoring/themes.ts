/**
 * Themes cut across every council's wording: a council's score per theme, and the median of the other
 * councils on the platform beside it. Only figures resting on at least 5 responses are ever summarised,
 * and a median is shown only when enough other councils contribute that none can be picked out.
 */
import { BENCHMARK_MAX_AGE_DAYS, BENCHMARK_ROUNDING_POINTS, MIN_BENCHMARK_COUNCILS } from '../limits';
import { emptyCounts, type RatingCounts } from '../rating';
import type { Thresholds } from '../schemas/council';
import type { PledgeContent } from '../schemas/pledge';
import { THEMES, type ThemeId } from '../themes';
import { type Figures, figuresOf } from './figures';
import { peopleBehind, pooledInterval } from './pooled';
import { type Interval, isShown, nOf, pooledCounts, respondentsAtLeast } from './score';

export type CountsByPromise = ReadonlyMap<string, RatingCounts>;

/**
 * The counts a roll-up (a section, a theme) pools: only promises whose own figures are shown. Pooling a
 * hidden promise too would let anyone subtract the shown promises from the roll-up and get it back.
 */
export const shownCounts = (promiseIds: readonly string[], counts: CountsByPromise): RatingCounts[] =>
  promiseIds.map((id) => counts.get(id) ?? emptyCounts()).filter((c) => isShown(nOf(c)));

export const rollupOf = (
  promiseIds: readonly string[],
  counts: CountsByPromise,
  thresholds: Thresholds,
): { counts: RatingCounts; interval: Interval; figures: Figures } => {
  const shown = shownCounts(promiseIds, counts);
  const pooled = pooledCounts(shown);
  const people = respondentsAtLeast(shown);
  const interval = pooledInterval(shown);
  return {
    counts: pooled,
    interval,
    figures: figuresOf(pooled, thresholds, people, { interval, people: peopleBehind(shown) }),
  };
};

/** The promise ids carrying each theme, in the fixed order of THEMES; themes no promise carries are left out. */
export const promisesByTheme = (pledge: Pick<PledgeContent, 'sections'>): Map<ThemeId, string[]> => {
  const byTheme = new Map<ThemeId, string[]>();
  for (const theme of THEMES) {
    const ids = pledge.sections.flatMap((s) =>
      s.promises.filter((p) => p.themes.includes(theme.id)).map((p) => p.promiseId),
    );
    if (ids.length > 0) byTheme.set(theme.id, ids);
  }
  return byTheme;
};

export interface ThemeRollup {
  themeId: ThemeId;
  counts: RatingCounts;
  /** The pooled 95% interval (design effect allowed for), unrounded: what a trend compares. */
  interval: Interval;
  figures: Figures;
}

export const themeRollups = (
  pledge: Pick<PledgeContent, 'sections'>,
  counts: CountsByPromise,
  thresholds: Thresholds,
): ThemeRollup[] =>
  [...promisesByTheme(pledge)].map(([themeId, ids]) => ({ themeId, ...rollupOf(ids, counts, thresholds) }));

/** What a council shares with the platform's benchmark: its shown theme scores from one round, nothing else. */
export interface ThemeSummary {
  councilId: string;
  roundId: string;
  /** When the round opened: a newer round's summary replaces an older one's, never the other way round. */
  opensAt: string;
  themes: Partial<Record<ThemeId, { score: number; n: number }>>;
}

export const themeSummaryOf = (
  councilId: string,
  round: { roundId: string; opensAt: string },
  rollups: readonly Pick<ThemeRollup, 'themeId' | 'figures'>[],
): ThemeSummary => ({
  councilId,
  roundId: round.roundId,
  opensAt: round.opensAt,
  themes: Object.fromEntries(
    rollups.flatMap((t) => (t.figures.suppressed ? [] : [[t.themeId, { score: t.figures.score, n: t.figures.n }]])),
  ),
});

/** Same round and same figures, whatever order the store gave the themes back in. */
export const sameSummary = (a: ThemeSummary | undefined, b: ThemeSummary): boolean => {
  if (!a || a.roundId !== b.roundId) return false;
  const ids = (s: ThemeSummary) => Object.keys(s.themes).sort();
  const [x, y] = [ids(a), ids(b)];
  return (
    x.length === y.length &&
    x.every(
      (id, i) =>
        id === y[i] &&
        a.themes[id as ThemeId]?.score === b.themes[id as ThemeId]?.score &&
        a.themes[id as ThemeId]?.n === b.themes[id as ThemeId]?.n,
    )
  );
};

export const median = (values: readonly number[]): number => {
  const s = [...values].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface Benchmark {
  /** The median score of the other councils for this theme, to the nearest BENCHMARK_ROUNDING_POINTS. */
  median: number;
  /** How many other councils it rests on. */
  councils: number;
}

/**
 * The median of every OTHER council's latest summary for the theme, or null when fewer than
 * MIN_BENCHMARK_COUNCILS contribute. Summaries from rounds that opened long ago no longer count. The summaries are
 * the day's release, each from a live council's final round (functions/api/services/benchmark.ts).
 */
export const benchmarkOf = (
  themeId: ThemeId,
  ownCouncilId: string,
  summaries: readonly ThemeSummary[],
  now: Date,
): Benchmark | null => {
  const oldest = new Date(now.getTime() - BENCHMARK_MAX_AGE_DAYS * 86_400_000).toISOString();
  const scores = summaries
    .filter((s) => s.councilId !== ownCouncilId && s.opensAt >= oldest)
    .flatMap((s) => {
      const t = s.themes[themeId];
      return t && isShown(t.n) ? [t.score] : [];
    });
  if (scores.length < MIN_BENCHMARK_COUNCILS) return null;
  // Rounded, so that adding councils of known scores cannot land the median exactly on one council's own score.
  const rounded = Math.round(median(scores) / BENCHMARK_ROUNDING_POINTS) * BENCHMARK_ROUNDING_POINTS;
  return { median: rounded, councils: scores.length };
};
