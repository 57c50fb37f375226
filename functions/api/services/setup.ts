/** What a council's staff are waiting on: the admin's setup checklist, and the comments a moderator has to read. */

import { MODERATORS, type StaffClaims } from '../../../shared/roles';
import { promisesOf } from '../../../shared/schemas/pledge';
import { isRoundOpen } from '../../../shared/schemas/round';
import { type SetupChecklist, setupChecklist } from '../../../shared/setup/checklist';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';

export const councilSetup = async (deps: AppDeps, councilId: string): Promise<SetupChecklist> => {
  const now = deps.now();
  const [council, pledge, rounds, staff] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.pledges.latest(councilId),
    deps.store.rounds.listForCouncil(councilId),
    deps.directory.list(councilId),
  ]);
  if (!council) throw notFound('There is no such council');
  const open = rounds.find((r) => isRoundOpen(r, now)) ?? null;
  const codesMade =
    open?.access === 'one-time-codes'
      ? (await deps.store.accessCodes.batches(open.roundId)).reduce((n, b) => n + b.count, 0)
      : 0;
  return setupChecklist({
    pledge: pledge ? { version: pledge.version, promises: promisesOf(pledge).length } : null,
    openRound: open ? { name: open.name, pledgeVersion: open.pledgeVersion, access: open.access } : null,
    helpContacts: council.helpContacts.length,
    staff: staff.map((s) => ({ roles: s.roles })),
    codesMade,
  });
};

/**
 * Counts of work waiting for the signed-in person, for the staff menu. Only a moderator is told how many
 * comments wait: anyone who also reads the scorecard could line a new comment up with the figures.
 */
export const workWaiting = async (deps: AppDeps, councilId: string, staff: StaffClaims) => ({
  ...(staff.roles.some((r) => MODERATORS.includes(r))
    ? { commentsToModerate: await deps.store.comments.pendingCounts(councilId) }
    : {}),
});
