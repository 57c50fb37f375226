import { useState } from 'preact/hooks';
import { API_PATHS } from '../../../../shared/api-paths';
import { apiFetch } from '../../lib/api';
import { Field } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';

type Made = { council: { councilId: string; slug: string; name: string }; admin: { email: string } };

/** The platform operator adds a council and its first council admin; the operator never sees a council's data. */
export const CouncilsPage = () => {
  const { me, error: meError, token } = useStaff();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setMade(
        await apiFetch<Made>(API_PATHS.councils, {
          method: 'POST',
          token,
          body: { name: name.trim(), slug: slug.trim(), adminEmail: adminEmail.trim() },
        }),
      );
      setName('');
      setSlug('');
      setAdminEmail('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const operator = me?.roles.includes('platform-operator');
  return (
    <StaffLayout title="Councils" who={me?.email}>
      <h1>Add a council</h1>
      {(meError || (me && !operator)) && (
        <p class="error" role="alert">
          {meError ?? 'Only the platform operator adds councils.'}
        </p>
      )}
      {made && (
        <p class="notice" role="status">
          {made.council.name} is added at /c/{made.council.slug}. {made.admin.email} is invited as its first council
          admin: they set the council’s help contacts, load the pledge and invite everyone else. Its id, for the
          safeguarding lead’s alert subscription, is <code>{made.council.councilId}</code>.
        </p>
      )}
      {operator && (
        <form class="narrow" onSubmit={add} noValidate>
          <Field
            id="council-name"
            label="Name of the council"
            value={name}
            onValue={setName}
            attrs={{ maxLength: 120 }}
          />
          <Field
            id="council-slug"
            label="Its address for young people: /c/…"
            value={slug}
            onValue={(v) => setSlug(v.toLowerCase())}
            attrs={{ maxLength: 60, placeholder: 'riverside' }}
          />
          <Field
            id="council-admin"
            label="E-mail of its first council admin"
            value={adminEmail}
            onValue={setAdminEmail}
            attrs={{ type: 'email' }}
          />
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <button class="button" type="submit" disabled={busy}>
            {busy ? 'Adding…' : 'Add the council'}
          </button>
        </form>
      )}
    </StaffLayout>
  );
};
