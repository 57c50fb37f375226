import type { HelpContact } from '../../../shared/schemas/council';
import { useI18n } from './i18n/context';
import { PhoneIcon } from './icons';
import { CHILDLINE } from './lists';

const telOf = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Childline first (always there), then the council's own contacts, each a tap away. */
export const HelpContacts = ({ contacts }: { contacts: readonly HelpContact[] }) => {
  const { t } = useI18n();
  return (
    <>
      <ul class="help-list">
        <li>
          <strong lang="en">{CHILDLINE.name}</strong> · {t.childlineNote}
          <br />
          <a class="tel" href={telOf(CHILDLINE.phone)}>
            <PhoneIcon /> {t.call(CHILDLINE.phone)}
          </a>
        </li>
        {contacts.map((c) => (
          <li key={c.name}>
            <strong lang="en" dir="auto">{c.name}</strong>
            {c.description && (
              <>
                {' · '}
                <span lang="en" dir="auto">{c.description}</span>
              </>
            )}
            {c.phone && (
              <>
                <br />
                <a class="tel" href={telOf(c.phone)}>
                  <PhoneIcon /> {t.call(c.phone)}
                </a>
              </>
            )}
            {c.url && (
              <>
                <br />
                <a href={c.url} rel="noopener noreferrer">{t.website}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>{t.trusted}</p>
    </>
  );
};
