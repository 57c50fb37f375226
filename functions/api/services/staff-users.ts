/** A council admin's staff: invite, change roles, remove; every change written to the audit log. */
import { STAFF_TOKEN_MAX_LIFETIME_SECONDS } from '../../../shared/limits';
import type { Role, StaffClaims } from '../../../shared/roles';
import type { InviteStaff, StaffUser } from '../../../shared/schemas/staff-users';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { conflict, notFound } from '../http-error';
import { recordAudit } from './audit';

const memberOf = async (deps: AppDeps, councilId: string, userId: string): Promise<StaffUser> => {
  const user = await deps.directory.get(councilId, userId);
  if (!user) throw notFound('There is no such staff member in your council');
  return user;
};

/**
 * Tokens issued before now no longer pass for this person on any server (within STAFF_ACCESS_CACHE_MS).
 * Written after the directory changed, so a token renewed in between cannot carry the old roles on.
 */
const endTokensOf = (deps: AppDeps, email: string) => {
  const now = deps.now().getTime();
  return deps.store.staffAccess.record(email, now, Math.ceil(now / 1000) + 2 * STAFF_TOKEN_MAX_LIFETIME_SECONDS);
};

const isSelf = (staff: StaffClaims, user: StaffUser) =>
  user.userId === staff.sub || user.email.toLowerCase() === staff.email.toLowerCase();

export const inviteStaff = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  input: InviteStaff,
): Promise<StaffUser> => {
  // The admin sees their own staff list, so saying an address is on it tells them nothing new.
  const email = input.email.toLowerCase();
  if ((await deps.directory.list(councilId)).some((u) => u.email.toLowerCase() === email))
    throw conflict(`${input.email} is already on your council's staff list. Change their roles there instead.`);
  let user: StaffUser;
  try {
    user = await deps.directory.invite(councilId, input);
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
    // An account elsewhere (another council, the platform operator): answered and audited as a new invite,
    // so the form cannot be used to test which addresses have accounts. Nothing is created or sent.
    user = await deps.directory.lookAlikeInvite(councilId, input);
  }
  await recordAudit(deps, staff, {
    councilId,
    action: 'staff.invite',
    target: user.email,
    details: { roles: user.roles.join(',') },
  });
  return user;
};

export const changeRoles = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  userId: string,
  roles: Role[],
): Promise<StaffUser> => {
  const user = await memberOf(deps, councilId, userId);
  if (isSelf(staff, user) && user.roles.includes('council-admin') && !roles.includes('council-admin')) {
    throw conflict('You cannot take away your own council admin role. Ask another council admin to do it.');
  }
  let changed: StaffUser;
  try {
    changed = await deps.directory.setRoles(councilId, userId, roles);
  } catch (e) {
    if (e instanceof ConflictError) throw notFound('There is no such staff member in your council');
    throw e;
  }
  await endTokensOf(deps, user.email);
  await recordAudit(deps, staff, {
    councilId,
    action: 'staff.roles',
    target: user.email,
    details: {
      from: user.roles.join(','),
      to: changed.roles.join(','),
    },
  });
  return changed;
};

/** Sets the name shown beside a staff member's e-mail; an empty name removes it. */
export const renameStaff = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  userId: string,
  name: string,
): Promise<StaffUser> => {
  const user = await memberOf(deps, councilId, userId);
  let changed: StaffUser;
  try {
    changed = await deps.directory.setName(councilId, userId, name || null);
  } catch (e) {
    if (e instanceof ConflictError) throw notFound('There is no such staff member in your council');
    throw e;
  }
  await recordAudit(deps, staff, { councilId, action: 'staff.name', target: user.email });
  return changed;
};

export const removeStaff = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  userId: string,
): Promise<void> => {
  const user = await memberOf(deps, councilId, userId);
  if (isSelf(staff, user)) throw conflict('You cannot remove your own account. Ask another council admin to do it.');
  await deps.directory.remove(councilId, userId);
  await endTokensOf(deps, user.email);
  await recordAudit(deps, staff, {
    councilId,
    action: 'staff.remove',
    target: user.email,
    details: { roles: user.roles.join(',') },
  });
};
