import type { HelpContact } from '../../../shared/schemas/council';
import { useI18n } from './i18n/context';
import { PhoneIcon } from './icons';
import { CHILDLINE } from './lists';

const telOf = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** A phone number is always written left to right, also inside Arabic text (or its digit groups swap). */
const Call = ({ phone }: { phone: string }) => {
  const { t } = useI18n();
  return (
    <a class="tel" href={telOf(phone)}>
      <PhoneIcon /> {t.call} <bdi dir="ltr">{phone}</bdi>
    </a>
  );
};

/** Childline first (always there), then the council's own contacts, each a tap away. */
export const HelpContacts = ({ contacts }: { contacts: readonly HelpContact[] }) => {
  const { t } = useI18n();
  return (
    <>
      <ul class="help-list">
        <li>
          <strong lang="en" dir="ltr">
            {CHILDLINE.name}
          </strong>
          <span>{t.childlineNote}</span>
          <Call phone={CHILDLINE.phone} />
        </li>
        {contacts.map((c) => (
          <li key={c.name}>
            <strong lang="en" dir="auto">
              {c.name}
            </strong>
            {c.description && (
              <span lang="en" dir="auto">
                {c.description}
              </span>
            )}
            {c.phone && <Call phone={c.phone} />}
            {c.url && (
              <a href={c.url} rel="noopener noreferrer">
                {t.website}
              </a>
            )}
          </li>
        ))}
      </ul>
      <p>{t.trusted}</p>
    </>
  );
};
