import { useEffect, useState } from 'preact/hooks';
import type { AuditPage as AuditEntries } from '../../../../shared/schemas/staff-users';
import { StaffLayout } from '../StaffLayout';
import { adminApi } from '../team/team-api';
import { useStaff } from '../use-staff';
import '../team/team.css';

/** What each recorded action means, as a council admin reads it; unknown ones show as recorded. */
const ACTIONS: Record<string, string> = {
  'council.create': 'Council added',
  'council.settings': 'Council settings changed',
  'staff.invite': 'Staff invited',
  'staff.roles': 'Roles changed',
  'staff.remove': 'Staff removed',
  'pledge.publish': 'Pledge published',
  'round.open': 'Round opened',
  'round.close': 'Round closed',
  'access-codes.create': 'Codes made',
  'scorecard.export-csv': 'Scorecard exported (CSV)',
  'comment.approve': 'Comment approved',
  'comment.redact': 'Comment redacted',
  'comment.reject': 'Comment rejected',
  'comment.flag-urgent': 'Comment flagged urgent',
  'action.create': 'Action added',
  'action.update': 'Action changed',
  'action.delete': 'Action deleted',
};

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The council's audit log, newest first: every staff change, export, moderation decision and publish. */
export const AuditPage = () => {
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const [entries, setEntries] = useState<AuditEntries['entries'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (token && councilId)
      adminApi(token, councilId)
        .audit()
        .then((p) => setEntries(p.entries))
        .catch((e: Error) => setError(e.message));
  }, [councilId]);

  return (
    <StaffLayout title="Audit log" who={me?.email}>
      <h1>Audit log</h1>
      <p>Who changed, exported, decided or published what, and when. Newest first; the latest 500.</p>
      {(meError || error) && (
        <p class="error" role="alert">
          {meError ?? error}
        </p>
      )}
      {entries && entries.length === 0 && <p>Nothing recorded yet.</p>}
      {entries && entries.length > 0 && (
        <div class="table-scroll">
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Which</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{when(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>{ACTIONS[e.action] ?? e.action}</td>
                  <td>{e.target}</td>
                  <td>
                    {e.details
                      ? Object.entries(e.details)
                          .map(([k, v]) => `${k}: ${String(v)}`)
                          .join('; ')
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
};
