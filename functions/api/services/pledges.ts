import { nextVersion } from '../../../shared/pledge/next-version';
import type { StaffClaims } from '../../../shared/roles';
import type { PledgeVersion } from '../../../shared/schemas/pledge';
import type { PublishPledge } from '../../../shared/schemas/pledge-draft';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { conflict, unprocessable } from '../http-error';
import { recordAudit } from './audit';

/** A council has one pledge; its id is made with the first version and kept by every later one. */
const pledgeIdFor = (councilId: string, latest: PledgeVersion | null) =>
  latest?.pledgeId ?? `pl_${councilId.replace(/^c_/, '')}`;

/** Publishes the admin's draft as the next immutable version and writes it to the audit log. */
export const publishPledge = async (
  deps: AppDeps,
  councilId: string,
  staff: StaffClaims,
  draft: PublishPledge,
): Promise<PledgeVersion> => {
  const latest = await deps.store.pledges.latest(councilId);
  const plan = nextVersion(latest, draft);
  if (!plan.ok) throw plan.reason === 'stale' ? conflict(plan.message) : unprocessable(plan.message);
  const now = deps.now().toISOString();
  const version: PledgeVersion = {
    ...plan.content,
    councilId,
    pledgeId: pledgeIdFor(councilId, latest),
    version: plan.version,
    publishedAt: now,
    retiredPromiseIds: plan.retiredPromiseIds,
  };
  try {
    await deps.store.pledges.publish(version);
  } catch (e) {
    if (e instanceof ConflictError)
      throw conflict(`Version ${version.version} was published by someone else a moment ago. Reload and try again.`);
    throw e;
  }
  await recordAudit(deps, staff, {
    councilId,
    at: now,
    action: 'pledge.publish',
    target: `${version.pledgeId}@${version.version}`,
    details: {
      promises: plan.content.sections.reduce((n, s) => n + s.promises.length, 0),
      retired: plan.retiredPromiseIds.length,
    },
  });
  return version;
};
