import { useEffect, useState } from 'preact/hooks';
import { COMMENT_RETENTION_DAYS, MAX_HELP_CONTACTS } from '../../../../shared/limits';
import type { CouncilSettingsView, HelpContact } from '../../../../shared/schemas/council';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';
import { settingsApi } from './settings-api';
import './settings.css';

/** A number field's text as sent: empty stays empty, so the server says what is missing. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
/** Optional text fields are left out when blank, rather than sent empty. */
const tidy = (c: HelpContact): HelpContact =>
  Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as unknown as HelpContact;

const ContactFields = ({ index, contact, onChange, onRemove }: { index: number; contact: HelpContact; onChange: (c: HelpContact) => void; onRemove: () => void }) => {
  const id = (field: string) => `contact-${index}-${field}`;
  const field = (name: keyof HelpContact, label: string, hint: string | null, type = 'text', autocomplete = 'off') => (
    <div class="field">
      <label for={id(name)}>{label}</label>
      {hint && <span class="hint" id={id(`${name}-hint`)}>{hint}</span>}
      <input
        id={id(name)}
        type={type}
        autocomplete={autocomplete}
        value={contact[name] ?? ''}
        aria-describedby={hint ? id(`${name}-hint`) : undefined}
        onInput={(e) => onChange({ ...contact, [name]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <fieldset class="contact">
      <legend>Contact {index + 1}</legend>
      {field('name', 'Name', null)}
      {field('description', 'What it is for (optional)', 'For example: help to be heard, or to make a complaint')}
      {field('phone', 'Phone number', 'Young people can tap it to call', 'tel')}
      {field('url', 'Web address (optional if there is a phone number)', 'Starts with https://', 'url')}
      <button class="button secondary" type="button" onClick={onRemove}>
        Remove contact {index + 1}
      </button>
    </fieldset>
  );
};

/** A council admin sets the council's name, its help contacts, the score colours and how long comments are kept. */
export const SettingsPage = () => {
  const { me, error: meError, token } = useStaff();
  const councilId = me?.council?.councilId;
  const api = token && councilId ? settingsApi(token, councilId) : null;
  const [saved, setSaved] = useState<CouncilSettingsView | null>(null);
  const [name, setName] = useState('');
  const [contacts, setContacts] = useState<HelpContact[]>([]);
  const [green, setGreen] = useState('');
  const [amber, setAmber] = useState('');
  const [days, setDays] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (s: CouncilSettingsView) => {
    setSaved(s);
    setName(s.name);
    setContacts(s.helpContacts);
    setGreen(String(s.thresholds.green));
    setAmber(String(s.thresholds.amber));
    setDays(String(s.commentRetentionDays));
  };
  useEffect(() => {
    api?.read().then(show).catch((e: Error) => setError(e.message));
  }, [councilId]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!api || !saved) return;
    setError(null);
    setNotice(null);
    setSaving(true);
    try {
      show(
        await api.save({
          name,
          helpContacts: contacts.map(tidy),
          thresholds: { green: numberOf(green), amber: numberOf(amber) },
          commentRetentionDays: numberOf(days),
          version: saved.version,
        }),
      );
      setNotice('Saved. Young people’s pages show the change within a few seconds.');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const admin = me?.roles.includes('council-admin');
  return (
    <StaffLayout title="Council settings" who={me?.email}>
      <h1>Settings of {saved?.name ?? me?.council?.name ?? 'your council'}</h1>
      {(meError || (me && !admin)) && <p class="error" role="alert">{meError ?? 'Only a council admin can change the council’s settings.'}</p>}
      {admin && saved && (
        <form class="settings" onSubmit={save} noValidate>
          <section aria-labelledby="name-heading">
            <h2 id="name-heading">Name</h2>
            <div class="field">
              <label for="council-name">The council’s name, as young people see it</label>
              <input id="council-name" type="text" autocomplete="organization" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </div>
            <p class="hint">
              Young people’s address stays <strong>/c/{saved.slug}</strong>: it is printed on cards and posters.
            </p>
          </section>

          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">Where young people can get help</h2>
            <p>
              Every survey page and the privacy page show these. Childline (0800 1111) is always shown first; add your own services, such as the children’s
              rights service and the emergency duty team.
            </p>
            {contacts.map((c, i) => (
              <ContactFields
                key={i}
                index={i}
                contact={c}
                onChange={(next) => setContacts(contacts.map((old, j) => (j === i ? next : old)))}
                onRemove={() => setContacts(contacts.filter((_, j) => j !== i))}
              />
            ))}
            <button class="button secondary" type="button" disabled={contacts.length >= MAX_HELP_CONTACTS} onClick={() => setContacts([...contacts, { name: '' }])}>
              Add a contact
            </button>
            {contacts.length >= MAX_HELP_CONTACTS && <p class="hint">That is the most a page can list ({MAX_HELP_CONTACTS}).</p>}
          </section>

          <section aria-labelledby="colours-heading">
            <h2 id="colours-heading">Score colours</h2>
            <p>
              A promise’s score runs from 0 to 100: (Yes + half of Sometimes) ÷ everyone who answered Yes, Sometimes or No × 100. The scorecard colours it
              by these limits.
            </p>
            <div class="field narrow">
              <label for="green-from">Green from a score of</label>
              <input id="green-from" type="number" inputMode="numeric" min={0} max={100} value={green} onInput={(e) => setGreen(e.currentTarget.value)} />
            </div>
            <div class="field narrow">
              <label for="amber-from">Amber from a score of</label>
              <input id="amber-from" type="number" inputMode="numeric" min={0} max={100} value={amber} onInput={(e) => setAmber(e.currentTarget.value)} />
            </div>
            <p class="hint">Below amber is red. A figure from fewer than 5 young people is never coloured.</p>
          </section>

          <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">How long comments are kept</h2>
            <div class="field narrow">
              <label for="retention-days">Keep young people’s comments for this many days</label>
              <span class="hint" id="retention-hint">
                From {COMMENT_RETENTION_DAYS.min} to {COMMENT_RETENTION_DAYS.max.toLocaleString('en-GB')} days. A new period applies to comments that arrive
                from now on; comments already received are deleted when the period they arrived with ends. Counts are always kept.
              </span>
              <input
                id="retention-days"
                type="number"
                inputMode="numeric"
                min={COMMENT_RETENTION_DAYS.min}
                max={COMMENT_RETENTION_DAYS.max}
                value={days}
                aria-describedby="retention-hint"
                onInput={(e) => setDays(e.currentTarget.value)}
              />
            </div>
          </section>

          {error && <p class="error" role="alert">{error}</p>}
          {notice && <p class="notice" role="status">{notice}</p>}
          <button class="button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </form>
      )}
    </StaffLayout>
  );
};
