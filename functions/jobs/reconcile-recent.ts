/**
 * The scheduled reconcile: each run recounts every round that can still change (open, or closed within
 * RECENT_DAYS, so late resends and repairs are covered) from its raw records and compares the recount
 * with the counters the scorecard reads. Every difference is logged as the command prints it and counted
 * in the run's metrics (Differences, RoundsWithDifferences) for an alarm; nothing is repaired here: a
 * person reads the report and runs `npm run reconcile -- <round> --repair`.
 */
import { formatReport, verdictOf } from './reconcile-report';
import { type ReconcileDeps, reconcileRound } from './reconcile-round';
import type { JobOutcome } from './scheduled-job';

/** A round closed longer ago than this no longer changes, so it is no longer checked every run. */
export const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

/** The part of the job's logger a run uses. */
export interface RunLog {
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
}

export const reconcileRecentRounds = async (
  deps: ReconcileDeps,
  { now, logger }: { now: Date; logger: RunLog },
): Promise<JobOutcome> => {
  const outcome = { RoundsChecked: 0, RoundsWithDifferences: 0, Differences: 0, RoundsBusy: 0 };
  const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
  for (const roundId of await deps.reconcile.roundIds()) {
    const round = await deps.store.rounds.get(roundId);
    if (!round || (round.closesAt !== null && round.closesAt < since)) continue;
    const report = await reconcileRound(deps, roundId);
    outcome.RoundsChecked++;
    if (report.busy) outcome.RoundsBusy++;
    if (report.differences > 0) {
      outcome.RoundsWithDifferences++;
      outcome.Differences += report.differences;
      logger.warn(`reconcile ${roundId}: ${verdictOf(report)}`, {
        roundId,
        councilId: report.councilId,
        report: formatReport(report),
      });
    } else {
      logger.info(`reconcile ${roundId}: ${verdictOf(report)}`, { roundId, councilId: report.councilId });
    }
  }
  return outcome;
};
