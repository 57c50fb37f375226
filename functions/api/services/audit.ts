import type { AuditAction } from '../../../shared/audit';
import type { StaffClaims } from '../../../shared/roles';
import type { AppDeps } from '../deps';

export interface AuditRecord {
  councilId: string;
  action: AuditAction;
  /** What it was done to: a round, comment, session or user. */
  target: string;
  details?: Record<string, string | number | boolean>;
  /** When, if the change carries its own time (a round's opening); otherwise now. */
  at?: string;
}

/** The one way a change is written to its council's audit log: by whom, from the verified token. */
export const recordAudit = (deps: AppDeps, staff: StaffClaims, r: AuditRecord): Promise<void> =>
  deps.store.audit.record({
    councilId: r.councilId,
    at: r.at ?? deps.now().toISOString(),
    actor: staff.email,
    action: r.action,
    target: r.target,
    ...(r.details ? { details: r.details } : {}),
  });
