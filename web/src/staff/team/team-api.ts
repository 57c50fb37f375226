/** The council admin's calls: staff accounts, the audit log, rounds and their one-time codes. */

import type { CouncilRole } from '../../../../shared/roles';
import type { AccessCodeSummary, NewCodes } from '../../../../shared/schemas/access-codes';
import type { Round } from '../../../../shared/schemas/round';
import type { AuditPage, StaffUser } from '../../../../shared/schemas/staff-users';
import { apiFetch, type Bearer } from '../../lib/api';

const council = (councilId: string) => `/api/staff/councils/${encodeURIComponent(councilId)}`;

export const adminApi = (token: Bearer, councilId: string) => ({
  staff: () => apiFetch<{ staff: StaffUser[] }>(`${council(councilId)}/staff`, { token }),
  invite: (email: string, roles: CouncilRole[]) =>
    apiFetch<StaffUser>(`${council(councilId)}/staff`, { method: 'POST', token, body: { email, roles } }),
  setRoles: (userId: string, roles: CouncilRole[]) =>
    apiFetch<StaffUser>(`${council(councilId)}/staff/${encodeURIComponent(userId)}/roles`, {
      method: 'PUT',
      token,
      body: { roles },
    }),
  remove: (userId: string) =>
    apiFetch<null>(`${council(councilId)}/staff/${encodeURIComponent(userId)}`, { method: 'DELETE', token }),
  audit: () => apiFetch<AuditPage>(`${council(councilId)}/audit?limit=500`, { token }),
  rounds: () => apiFetch<{ rounds: { round: Round; open: boolean }[] }>(`${council(councilId)}/rounds`, { token }),
  codes: (roundId: string) =>
    apiFetch<AccessCodeSummary>(`${council(councilId)}/rounds/${encodeURIComponent(roundId)}/access-codes`, { token }),
  makeCodes: (roundId: string, count: number, label: string) =>
    apiFetch<NewCodes>(`${council(councilId)}/rounds/${encodeURIComponent(roundId)}/access-codes`, {
      method: 'POST',
      token,
      body: { count, ...(label ? { label } : {}) },
    }),
});
