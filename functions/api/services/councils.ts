/** The platform operator adds councils; they never read one. */
import { newId } from '../../../shared/ids';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../../shared/limits';
import type { StaffClaims } from '../../../shared/roles';
import type { Council } from '../../../shared/schemas/council';
import type { NewCouncil, StaffUser } from '../../../shared/schemas/staff-users';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { conflict } from '../http-error';
import { recordAudit } from './audit';

/** Creates the council and invites its first council admin, who then loads the pledge and invites the rest. */
export const createCouncil = async (deps: AppDeps, staff: StaffClaims, input: NewCouncil) => {
  const council: Council = {
    councilId: newId('c'),
    slug: input.slug,
    name: input.name,
    helpContacts: [],
    thresholds: { ...DEFAULT_THRESHOLDS },
    commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    testCouncil: input.testCouncil,
  };
  const slugTaken = () => conflict(`The address "${input.slug}" is already taken by another council. Choose another.`);
  if (await deps.store.councils.getBySlug(input.slug)) throw slugTaken();
  // The first admin before the council: a council nobody can manage is worse than no council.
  let admin: StaffUser;
  try {
    admin = await deps.directory.invite(council.councilId, { email: input.adminEmail, roles: ['council-admin'] });
  } catch (e) {
    if (e instanceof ConflictError)
      throw conflict(`${input.adminEmail} already has an account. Choose another first admin.`);
    throw e;
  }
  try {
    await deps.store.councils.create(council);
  } catch (e) {
    await deps.directory.remove(council.councilId, admin.userId);
    if (e instanceof ConflictError) throw slugTaken();
    throw e;
  }
  const at = deps.now().toISOString();
  await recordAudit(deps, staff, {
    councilId: council.councilId,
    at,
    action: 'council.create',
    target: council.councilId,
    details: { slug: council.slug, testCouncil: input.testCouncil },
  });
  await recordAudit(deps, staff, {
    councilId: council.councilId,
    at,
    action: 'staff.invite',
    target: admin.email,
    details: { roles: 'council-admin' },
  });
  return { council: { councilId: council.councilId, slug: council.slug, name: council.name }, admin };
};
