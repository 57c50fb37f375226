/**
 * The cross-council benchmark. Each council has one small summary item: the shown theme scores of its
 * latest round that has any. It is refreshed whenever a scorecard is computed (written only when its
 * figures changed), and `refreshCouncilSummary` does the same without a scorecard (a scheduled job, or
 * when a round closes). A scorecard reads every council's summary in one Query and takes the median of
 * the others: the cost depends on the number of councils, never on how many answered.
 */
import type { Round } from '../../../shared/schemas/round';
import type { ThemeResult } from '../../../shared/schemas/scorecard';
import { totalsByPromise } from '../../../shared/scoring/tally';
import { sameSummary, type ThemeSummary, themeRollups, themeSummaryOf } from '../../../shared/scoring/themes';
import type { AppDeps } from '../deps';

/** Stores this round's theme summary when it has shown figures, is not older than the stored one, and differs from it. */
export const refreshThemeSummary = async (
  deps: AppDeps,
  councilId: string,
  round: Round,
  themes: readonly Pick<ThemeResult, 'themeId' | 'figures'>[],
  stored: readonly ThemeSummary[],
  rounds: readonly Round[],
): Promise<void> => {
  const summary = themeSummaryOf(councilId, round, themes);
  if (Object.keys(summary.themes).length === 0) return;
  const mine = stored.find((s) => s.councilId === councilId);
  if (sameSummary(mine, summary)) return;
  // A later round that already has figures of its own keeps its summary (the store checks this too, atomically).
  if (mine && mine.opensAt > round.opensAt && rounds.some((r) => r.roundId === mine.roundId)) return;
  await deps.store.benchmark.put({ ...summary, computedAt: deps.now().toISOString() });
};

/** Recomputes a council's summary from its newest round with shown theme figures (for a job or a closing round). */
export const refreshCouncilSummary = async (deps: AppDeps, councilId: string): Promise<ThemeSummary | null> => {
  const [council, rounds] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.rounds.listForCouncil(councilId),
  ]);
  if (!council) return null;
  for (const round of [...rounds].sort((a, b) => b.opensAt.localeCompare(a.opensAt))) {
    const [pledge, tally] = await Promise.all([
      deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion),
      deps.store.aggregates.read(round.roundId),
    ]);
    if (!pledge) continue;
    const summary = themeSummaryOf(councilId, round, themeRollups(pledge, totalsByPromise(tally), council.thresholds));
    if (Object.keys(summary.themes).length === 0) continue;
    await deps.store.benchmark.put({ ...summary, computedAt: deps.now().toISOString() });
    return summary;
  }
  return null;
};
