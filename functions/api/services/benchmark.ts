/**
 * The cross-council benchmark. Each live council has one small summary item: the shown theme scores of its
 * latest final round that heard from at least MIN_BENCHMARK_YOUNG_PEOPLE young people (an operator's test council
 * never has one). It is written when a final round's scorecard is read (only when its figures changed), and
 * `refreshCouncilSummary` does the same without a scorecard (a scheduled job). Scorecards show the day's release:
 * the summaries as the day's first read found them, so the median moves at most once a day, and is rounded to
 * BENCHMARK_ROUNDING_POINTS (shared/scoring/themes.ts). The cost depends on the number of councils only.
 */
import { MIN_BENCHMARK_YOUNG_PEOPLE } from '../../../shared/limits';
import type { Council } from '../../../shared/schemas/council';
import type { Round } from '../../../shared/schemas/round';
import type { ThemeResult } from '../../../shared/schemas/scorecard';
import { isFinal, type RoundCounts, releasedTotals, youngPeopleHeardFrom } from '../../../shared/scoring/release';
import { sameSummary, type ThemeSummary, themeRollups, themeSummaryOf } from '../../../shared/scoring/themes';
import type { StoredThemeSummary } from '../../store/board-store';
import type { AppDeps } from '../deps';
import { checkedParts } from './scorecards';

/** Whether a council's round may stand in other councils' benchmark. */
export const countsInBenchmark = (
  council: Pick<Council, 'testCouncil'>,
  round: Round,
  counts: RoundCounts,
  now: Date,
) => !council.testCouncil && isFinal(round, now) && youngPeopleHeardFrom(counts) >= MIN_BENCHMARK_YOUNG_PEOPLE;

/** The benchmark as released today (UTC): frozen by the day's first read. */
export const benchmarkToday = async (deps: AppDeps): Promise<StoredThemeSummary[]> => {
  const day = deps.now().toISOString().slice(0, 10);
  return (
    (await deps.store.benchmark.release(day)) ?? deps.store.benchmark.putRelease(day, await deps.store.benchmark.all())
  );
};

/** Stores this final round's theme summary when the council counts, it has shown figures and it differs from the stored one. */
export const refreshThemeSummary = async (
  deps: AppDeps,
  council: Council,
  round: Round,
  counts: RoundCounts,
  themes: readonly Pick<ThemeResult, 'themeId' | 'figures'>[],
): Promise<void> => {
  if (!countsInBenchmark(council, round, counts, deps.now())) return;
  const summary = themeSummaryOf(council.councilId, round, themes);
  if (Object.keys(summary.themes).length === 0) return;
  const stored = await deps.store.benchmark.all();
  if (
    sameSummary(
      stored.find((s) => s.councilId === council.councilId),
      summary,
    )
  )
    return;
  // The store keeps a later round's summary (a conditional put on opensAt).
  await deps.store.benchmark.put({ ...summary, computedAt: deps.now().toISOString() });
};

/** Recomputes a council's summary from its newest final round that counts (for a scheduled job). */
export const refreshCouncilSummary = async (deps: AppDeps, councilId: string): Promise<ThemeSummary | null> => {
  const [council, rounds] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.rounds.listForCouncil(councilId),
  ]);
  if (!council) return null;
  for (const round of [...rounds].sort((a, b) => b.opensAt.localeCompare(a.opensAt))) {
    if (!isFinal(round, deps.now())) continue;
    const [pledge, counts] = await Promise.all([
      deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion),
      checkedParts(deps, round.roundId),
    ]);
    if (!pledge || !countsInBenchmark(council, round, counts, deps.now())) continue;
    const ids = pledge.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
    const summary = themeSummaryOf(
      councilId,
      round,
      themeRollups(pledge, releasedTotals(counts, ids), council.thresholds),
    );
    if (Object.keys(summary.themes).length === 0) continue;
    await deps.store.benchmark.put({ ...summary, computedAt: deps.now().toISOString() });
    return summary;
  }
  return null;
};
