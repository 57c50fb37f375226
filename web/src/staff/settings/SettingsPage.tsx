import { useEffect, useState } from 'preact/hooks';
import { CONTACT_AUDIENCE_LABELS, CONTACT_AUDIENCES, type ContactAudience } from '../../../../shared/help-audience';
import {
  COMMENT_RETENTION_DAYS,
  MAX_HELP_CONTACTS,
  SUPPRESSED_LABEL,
  URGENT_ACKNOWLEDGE_MINUTES,
} from '../../../../shared/limits';
import type { CouncilSettingsView, HelpContact } from '../../../../shared/schemas/council';
import { ApiFailure } from '../../lib/api';
import { Field, FormOutcome, type InputAttrs, SelectField } from '../Field';
import { StaffLayout } from '../StaffLayout';
import { useStaff } from '../use-staff';
import { settingsApi } from './settings-api';
import './settings.css';

/** A number field's text as sent: empty stays empty, so the server says what is missing. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
/** Optional text fields are left out when blank, rather than sent empty. */
const tidy = (c: HelpContact): HelpContact =>
  Object.fromEntries(
    Object.entries(c).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as unknown as HelpContact;

/** A score limit: a whole number 0–100, with the phone's number pad. */
const PERCENT: InputAttrs = { type: 'number', inputMode: 'numeric', min: 0, max: 100 };

/** The server's problems by field path ("helpContacts.2.url"), shown beside the field they concern. */
type Problems = Record<string, string>;

const ContactFields = (props: {
  index: number;
  contact: HelpContact;
  problems: Problems;
  onChange: (c: HelpContact) => void;
  onRemove: () => void;
}) => {
  const { index, contact, onChange, onRemove } = props;
  const field = (name: keyof HelpContact, label: string, hint: string | null, type = 'text') => (
    <Field
      id={`contact-${index}-${name}`}
      label={label}
      hint={hint}
      problem={props.problems[`helpContacts.${index}.${name}`]}
      value={contact[name] ?? ''}
      onValue={(v) => onChange({ ...contact, [name]: v })}
      attrs={{ type, autocomplete: 'off' }}
    />
  );
  return (
    <fieldset class="contact">
      <legend>Contact {index + 1}</legend>
      {field('name', 'Name', null)}
      {field('description', 'What it is for (optional)', 'For example: help to be heard, or to make a complaint')}
      {field('phone', 'Phone number', 'Young people can tap it to call', 'tel')}
      {field('url', 'Web address (optional if there is a phone number)', 'Starts with https://', 'url')}
      <SelectField
        id={`contact-${index}-audience`}
        label="Who it is for"
        hint="A young person who says they are in care, or have left care, sees the contacts for everyone and for them."
        value={contact.audience ?? 'everyone'}
        onValue={(audience) => onChange({ ...contact, audience: audience as ContactAudience })}
        options={CONTACT_AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {CONTACT_AUDIENCE_LABELS[a]}
          </option>
        ))}
      />
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
  const [ackMinutes, setAckMinutes] = useState('');
  const [linkUrgent, setLinkUrgent] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const show = (s: CouncilSettingsView) => {
    setSaved(s);
    setName(s.name);
    setContacts(s.helpContacts);
    setGreen(String(s.thresholds.green));
    setAmber(String(s.thresholds.amber));
    setDays(String(s.commentRetentionDays));
    setAckMinutes(String(s.urgentAcknowledgeMinutes));
    setLinkUrgent(s.linkUrgentComments);
  };
  useEffect(() => {
    api
      ?.read()
      .then(show)
      .catch((e: Error) => setError(e.message));
  }, [councilId]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!api || !saved) return;
    setError(null);
    setProblems({});
    setNotice(null);
    setSaving(true);
    try {
      show(
        await api.save({
          name,
          helpContacts: contacts.map(tidy),
          thresholds: { green: numberOf(green), amber: numberOf(amber) },
          commentRetentionDays: numberOf(days),
          urgentAcknowledgeMinutes: numberOf(ackMinutes),
          linkUrgentComments: linkUrgent,
          version: saved.version,
        }),
      );
      setNotice('Saved. Young people’s pages show the change within a few seconds.');
    } catch (err) {
      const issues = err instanceof ApiFailure ? err.issues : [];
      const found: Problems = {};
      for (const i of issues) found[i.path.replace(/^thresholds$/, 'thresholds.amber')] ??= i.message;
      setProblems(found);
      setError(
        issues.length > 0
          ? `Nothing was saved. Put right what is marked below: ${issues[0]!.message}`
          : (err as Error).message,
      );
    } finally {
      setSaving(false);
    }
  };

  const admin = me?.roles.includes('council-admin');
  return (
    <StaffLayout title="Council settings" who={me?.email}>
      <h1>Settings of {saved?.name ?? me?.council?.name ?? 'your council'}</h1>
      {(meError || (me && !admin)) && (
        <p class="error" role="alert">
          {meError ?? 'Only a council admin can change the council’s settings.'}
        </p>
      )}
      {admin && saved && (
        <form class="settings" onSubmit={save} noValidate>
          <section aria-labelledby="name-heading">
            <h2 id="name-heading">Name</h2>
            <Field
              id="council-name"
              label="The council’s name, as young people see it"
              problem={problems.name}
              value={name}
              onValue={setName}
              attrs={{ type: 'text', autocomplete: 'organization' }}
            />
            <p class="hint">
              Young people’s address stays <strong>/c/{saved.slug}</strong>: it is printed on cards and posters.
            </p>
          </section>

          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">Where young people can get help</h2>
            <p>
              Every survey page and the privacy page show these. Childline (0800 1111) is always shown first; add your
              own services, such as the children’s rights service and the emergency duty team.
            </p>
            {contacts.map((c, i) => (
              <ContactFields
                key={i}
                index={i}
                contact={c}
                problems={problems}
                onChange={(next) => setContacts(contacts.map((old, j) => (j === i ? next : old)))}
                onRemove={() => setContacts(contacts.filter((_, j) => j !== i))}
              />
            ))}
            <button
              class="button secondary"
              type="button"
              disabled={contacts.length >= MAX_HELP_CONTACTS}
              onClick={() => setContacts([...contacts, { name: '' }])}
            >
              Add a contact
            </button>
            {contacts.length >= MAX_HELP_CONTACTS && (
              <p class="hint">That is the most a page can list ({MAX_HELP_CONTACTS}).</p>
            )}
          </section>

          <section aria-labelledby="colours-heading">
            <h2 id="colours-heading">Score colours</h2>
            <p>
              A promise’s score runs from 0 to 100: (Yes + half of Sometimes) ÷ everyone who answered Yes, Sometimes or
              No × 100. The scorecard colours it by these limits.
            </p>
            {(
              [
                ['green', 'Green', green, setGreen],
                ['amber', 'Amber', amber, setAmber],
              ] as const
            ).map(([colour, label, value, setValue]) => (
              <Field
                key={colour}
                id={`${colour}-from`}
                label={`${label} from a score of`}
                narrow
                problem={problems[`thresholds.${colour}`]}
                value={value}
                onValue={setValue}
                attrs={PERCENT}
              />
            ))}
            <p class="hint">Below amber is red. A figure from {SUPPRESSED_LABEL} young people is never coloured.</p>
          </section>

          <section aria-labelledby="retention-heading">
            <h2 id="retention-heading">How long comments are kept</h2>
            <Field
              id="retention-days"
              label="Keep young people’s comments for this many days"
              narrow
              hint={`From ${COMMENT_RETENTION_DAYS.min} to ${COMMENT_RETENTION_DAYS.max.toLocaleString('en-GB')} days. A new period applies to comments that arrive from now on; comments already received are deleted when the period they arrived with ends. Counts are always kept.`}
              problem={problems.commentRetentionDays}
              value={days}
              onValue={setDays}
              attrs={{
                type: 'number',
                inputMode: 'numeric',
                min: COMMENT_RETENTION_DAYS.min,
                max: COMMENT_RETENTION_DAYS.max,
              }}
            />
          </section>

          <section aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">Urgent comments</h2>
            <Field
              id="urgent-acknowledge-minutes"
              label="Someone must say they have seen an urgent comment’s alert within this many minutes"
              narrow
              hint={`From ${URGENT_ACKNOWLEDGE_MINUTES.min} to ${URGENT_ACKNOWLEDGE_MINUTES.max.toLocaleString('en-GB')} minutes. If nobody has, the moderation queue marks it and the safeguarding lead is alerted again, every such period until someone does.`}
              problem={problems.urgentAcknowledgeMinutes}
              value={ackMinutes}
              onValue={setAckMinutes}
              attrs={{
                type: 'number',
                inputMode: 'numeric',
                min: URGENT_ACKNOWLEDGE_MINUTES.min,
                max: URGENT_ACKNOWLEDGE_MINUTES.max,
              }}
            />
            <div class="field">
              <label class="check">
                <input
                  type="checkbox"
                  id="link-urgent"
                  checked={linkUrgent}
                  aria-describedby="link-urgent-hint"
                  onChange={(e) => setLinkUrgent(e.currentTarget.checked)}
                />{' '}
                Show the other comments sent with an urgent comment
              </label>
              <span class="hint" id="link-urgent-hint">
                Off unless your council decided otherwise with its data protection officer (see the data protection
                impact assessment). When on, an urgent comment keeps a link to the other comments the same young person
                sent with it, from then on; a moderator can read them, and each reading is in the audit log.
              </span>
            </div>
          </section>

          <FormOutcome error={error} notice={notice} />
          <button class="button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save settings'}
          </button>
        </form>
      )}
    </StaffLayout>
  );
};
