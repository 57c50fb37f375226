import { useEffect, useState } from 'preact/hooks';
import { auditActionLabel } from '../../../../shared/audit';
import type { AuditPage as AuditEntries } from '../../../../shared/schemas/staff-users';
import { StaffLayout } from '../StaffLayout';
import { adminApi } from '../team/team-api';
import { useStaff } from '../use-staff';
import '../team/team.css';
import { dateTimeText } from '../../lib/format';

const when = dateTimeText;

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
                  <td>{auditActionLabel(e.action)}</td>
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
