import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CareStatus } from '../../../shared/cohort';
import { contactsFor, NATIONAL_LINES, nationalLinesFor } from '../../../shared/help-audience';
import type { HelpContact } from '../../../shared/schemas/council';
import { textId } from '../../../shared/translations/text-ids';
import { councilWords } from './i18n';
import { useI18n } from './i18n/context';
import { PhoneIcon } from './icons';

/** What the young person said about being in care or having left care, once they said it; else undefined. */
export const CareAnswer = createContext<CareStatus | undefined>(undefined);

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

/** A council's words about a contact in the page's language where it translated them, else in English. */
const Words = ({ id, english, as: Tag }: { id: string; english: string; as: 'strong' | 'span' }) => {
  const { lang, texts } = useI18n();
  const words = councilWords(texts, id, english, lang);
  return (
    <Tag lang={words.lang} dir="auto">
      {words.text}
    </Tag>
  );
};

/**
 * The free national lines first (always there: Childline, and for a care leaver a line for any age too), then the
 * council's own contacts for everyone and for the young person's own group, each a tap away.
 */
export const HelpContacts = ({ contacts }: { contacts: readonly HelpContact[] }) => {
  const { t } = useI18n();
  const care = useContext(CareAnswer);
  return (
    <>
      <ul class="help-list">
        {nationalLinesFor(care).map((line) => (
          <li key={line}>
            <strong lang="en" dir="ltr">
              {NATIONAL_LINES[line].name}
            </strong>
            <span>{line === 'samaritans' ? t.samaritansNote : t.childlineNote}</span>
            <Call phone={NATIONAL_LINES[line].phone} />
          </li>
        ))}
        {contactsFor(contacts, care).map(({ contact: c, index }) => (
          <li key={index}>
            <Words id={textId.contactName(index)} english={c.name} as="strong" />
            {c.description && <Words id={textId.contactDescription(index)} english={c.description} as="span" />}
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
