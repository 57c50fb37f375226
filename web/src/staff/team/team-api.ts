/** The council admin's calls: staff accounts, the audit log, rounds and their one-time codes. */

import { API_PATHS, fill, query } from '../../../../shared/api-paths';
import type { CouncilRole } from '../../../../shared/roles';
import type { AccessCodeSummary, NewCodes } from '../../../../shared/schemas/access-codes';
import type { Round } from '../../../../shared/schemas/round';
import type { AuditPage, StaffUser } from '../../../../shared/schemas/staff-users';
import { apiFetch, type Bearer } from '../../lib/api';

export const adminApi = (token: Bearer, councilId: string) => ({
  staff: () => apiFetch<{ staff: StaffUser[] }>(fill(API_PATHS.staff, { councilId }), { token }),
  invite: (email: string, roles: CouncilRole[], name = '') =>
    apiFetch<StaffUser>(fill(API_PATHS.staff, { councilId }), {
      method: 'POST',
      token,
      body: { email, roles, ...(name ? { name } : {}) },
    }),
  setName: (userId: string, name: string) =>
    apiFetch<StaffUser>(fill(API_PATHS.staffName, { councilId, userId }), { method: 'PUT', token, body: { name } }),
  setRoles: (userId: string, roles: CouncilRole[]) =>
    apiFetch<StaffUser>(fill(API_PATHS.staffRoles, { councilId, userId }), {
      method: 'PUT',
      token,
      body: { roles },
    }),
  remove: (userId: string) =>
    apiFetch<null>(fill(API_PATHS.staffMember, { councilId, userId }), { method: 'DELETE', token }),
  audit: () => apiFetch<AuditPage>(`${fill(API_PATHS.audit, { councilId })}${query({ limit: 500 })}`, { token }),
  rounds: () =>
    apiFetch<{ rounds: { round: Round; open: boolean }[] }>(fill(API_PATHS.rounds, { councilId }), { token }),
  codes: (roundId: string) =>
    apiFetch<AccessCodeSummary>(fill(API_PATHS.accessCodes, { councilId, roundId }), { token }),
  makeCodes: (roundId: string, count: number, label: string) =>
    apiFetch<NewCodes>(fill(API_PATHS.accessCodes, { councilId, roundId }), {
      method: 'POST',
      token,
      body: { count, ...(label ? { label } : {}) },
    }),
});
