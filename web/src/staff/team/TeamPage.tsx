import { useEffect, useState } from 'preact/hooks';
import { COUNCIL_ROLES, type CouncilRole, ROLE_DUTIES, ROLE_LABELS, roleConflictsOf } from '../../../../shared/roles';
import type { StaffUser } from '../../../../shared/schemas/staff-users';
import { STAFF_NAME_MAX_CHARS } from '../../../../shared/schemas/staff-users';
import { Field } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';
import { adminApi } from './team-api';
import './team.css';
import { STAFF_PAGES } from '../staff-paths';

const RoleBoxes = ({
  name,
  value,
  onChange,
}: {
  name: string;
  value: CouncilRole[];
  onChange: (r: CouncilRole[]) => void;
}) => (
  <fieldset class="role-boxes">
    <legend class="visually-hidden">Roles</legend>
    {COUNCIL_ROLES.map((role) => (
      <label key={role}>
        <input
          type="checkbox"
          name={name}
          checked={value.includes(role)}
          onChange={(e) => onChange(e.currentTarget.checked ? [...value, role] : value.filter((r) => r !== role))}
        />{' '}
        {ROLE_LABELS[role]}
      </label>
    ))}
  </fieldset>
);

/** Why these roles should not be on one account, said beside them (before and after saving). */
const ConflictWarnings = ({ roles }: { roles: CouncilRole[] }) => (
  <>
    {roleConflictsOf(roles).map((c) => (
      <p class="warning" key={c.roles.join()}>
        <strong>Warning:</strong> {c.why}
      </p>
    ))}
  </>
);

const StaffRow = ({
  user,
  self,
  api,
  onChanged,
}: {
  user: StaffUser;
  self: boolean;
  api: ReturnType<typeof adminApi>;
  onChanged: (message: string) => void;
}) => {
  const [roles, setRoles] = useState<CouncilRole[]>(
    user.roles.filter((r): r is CouncilRole => r !== 'platform-operator'),
  );
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(user.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const act = (work: () => Promise<unknown>, message: string) => async () => {
    setError(null);
    try {
      await work();
      onChanged(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const changed = roles.slice().sort().join() !== user.roles.slice().sort().join();
  return (
    <tr>
      <th scope="row">
        {user.name && <div>{user.name}</div>}
        {user.email}
        {self && ' (you)'}
        <div class="muted">
          {user.status === 'invited'
            ? 'Invited, not signed in yet'
            : user.status === 'disabled'
              ? 'Disabled'
              : 'Active'}
        </div>
      </th>
      <td>
        <RoleBoxes name={`roles-${user.userId}`} value={roles} onChange={setRoles} />
        <ConflictWarnings roles={roles} />
        {changed && (
          <button
            class="button secondary"
            type="button"
            disabled={roles.length === 0}
            onClick={act(
              () => api.setRoles(user.userId, roles),
              `Roles of ${user.email} saved. They apply from their next sign-in.`,
            )}
          >
            Save roles
          </button>
        )}
      </td>
      <td>
        <Field
          id={`name-${user.userId}`}
          class="name-field"
          label="Name (optional)"
          value={name}
          onValue={setName}
          attrs={{ maxLength: STAFF_NAME_MAX_CHARS, autocomplete: 'off' }}
        />
        {name.trim() !== (user.name ?? '') && (
          <button
            class="button secondary"
            type="button"
            onClick={act(() => api.setName(user.userId, name.trim()), `Name of ${user.email} saved.`)}
          >
            Save name
          </button>
        )}
      </td>
      <td>
        {!self && !confirming && (
          <button class="button secondary" type="button" onClick={() => setConfirming(true)}>
            Remove…
          </button>
        )}
        {confirming && (
          <span>
            Remove {user.email}?{' '}
            <button
              class="button danger"
              type="button"
              onClick={act(() => api.remove(user.userId), `${user.email} was removed.`)}
            >
              Yes, remove
            </button>{' '}
            <button class="button secondary" type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
};

/** A council admin's staff: who has which role, invitations, changes and removals (each written to the audit log). */
export const TeamPage = () => {
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const api = token && councilId ? adminApi(token, councilId) : null;
  const [staff, setStaff] = useState<StaffUser[] | null>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<CouncilRole[]>(['facilitator']);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    api
      ?.staff()
      .then((s) => setStaff(s.staff))
      .catch((e: Error) => setError(e.message));
  useEffect(() => void load(), [councilId]);

  const invite = async (e: Event) => {
    e.preventDefault();
    if (!api) return;
    setError(null);
    try {
      const user = await api.invite(email, roles, name.trim());
      setNotice(
        `${user.email} is invited: they get an e-mail with a temporary password, then set their own and an authenticator app.`,
      );
      setEmail('');
      setName('');
      void load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const admin = me?.roles.includes('council-admin');
  return (
    <StaffLayout title="Staff" who={me?.email}>
      <h1>Staff of {me?.council?.name ?? 'your council'}</h1>
      {(meError || (me && !admin)) && (
        <p class="error" role="alert">
          {meError ?? 'Only a council admin can manage staff.'}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {admin && (
        <>
          <h2 id="role-duties">What each role can see and do</h2>
          <ul class="role-duties" aria-labelledby="role-duties">
            {COUNCIL_ROLES.map((r) => (
              <li key={r}>
                <strong>{ROLE_LABELS[r]}:</strong> {ROLE_DUTIES[r]}
              </li>
            ))}
          </ul>
          <p class="narrow">
            Someone may hold several roles, but not moderator together with a role that reads the scorecard: the page
            warns when one account does.
          </p>
          <div class="table-scroll">
            <table class="team">
              <caption>Everyone who can sign in for your council</caption>
              <thead>
                <tr>
                  <th scope="col">E-mail</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Name</th>
                  <th scope="col">
                    <span class="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {staff?.map((u) => (
                  <StaffRow
                    key={`${u.userId}-${u.roles.join()}`}
                    user={u}
                    self={u.email === me?.email}
                    api={api!}
                    onChanged={(m) => {
                      setNotice(m);
                      void load();
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <form class="invite" onSubmit={invite} noValidate>
            <h2>Invite someone</h2>
            <Field
              id="invite-email"
              label="Their work e-mail address"
              value={email}
              onValue={setEmail}
              attrs={{ type: 'email', autocomplete: 'off', required: true }}
            />
            <Field
              id="invite-name"
              label="Their name (optional, shown only to your council's admins)"
              value={name}
              onValue={setName}
              attrs={{ autocomplete: 'off', maxLength: STAFF_NAME_MAX_CHARS }}
            />
            <RoleBoxes name="invite-roles" value={roles} onChange={setRoles} />
            <ConflictWarnings roles={roles} />
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
            <button class="button" type="submit" disabled={!email || roles.length === 0}>
              Send invitation
            </button>
          </form>
          <p>
            <a href={STAFF_PAGES.audit}>Audit log: who changed what, and when</a>
          </p>
        </>
      )}
    </StaffLayout>
  );
};
