/**
 * The urgent-comment reminder: each run alerts the safeguarding lead again about every urgent comment nobody
 * has acknowledged within its council's set time (services/moderation.ts decides which, once a period).
 * The councils are those of the rounds in the round registry, so no run scans the table.
 */
import { remindUnacknowledged } from '../api/services/moderation';
import type { RunLog } from './reconcile-recent';
import type { JobOutcome } from './scheduled-job';

type Deps = Parameters<typeof remindUnacknowledged>[0];

export const remindEveryCouncil = async (
  deps: Deps,
  roundIds: () => Promise<string[]>,
  logger: RunLog,
): Promise<JobOutcome> => {
  const councils = new Set<string>();
  for (const roundId of await roundIds()) {
    const round = await deps.store.rounds.get(roundId);
    if (round) councils.add(round.councilId);
  }
  const outcome = { Councils: councils.size, RemindersSent: 0, AlertsFailed: 0 };
  // A failed alert is logged by alertSafeguarding and the run goes on to the other councils; it is counted here.
  const counting: Deps = {
    ...deps,
    logger: {
      error: (message, extra) => {
        outcome.AlertsFailed++;
        deps.logger.error(message, extra);
      },
    },
  };
  for (const councilId of councils) {
    const sent = await remindUnacknowledged(counting, councilId);
    if (sent > 0) logger.warn(`urgent reminders: ${sent} sent again`, { councilId, sent });
    outcome.RemindersSent += sent;
  }
  // A failed run raises the job's alarm to the operators (infra/constructs/scheduled-job.ts).
  if (outcome.AlertsFailed > 0)
    throw new Error(`urgent reminders: ${outcome.AlertsFailed} alert(s) to the safeguarding lead failed; see the log`);
  return outcome;
};
