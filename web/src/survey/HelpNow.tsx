import type { HelpContact } from '../../../shared/schemas/council';
import { HelpContacts } from './HelpContacts';
import { useI18n } from './i18n/context';

/** "Need help now?" with Childline and the council's contacts: on every page that ends the survey. */
export const HelpNow = ({ contacts }: { contacts: readonly HelpContact[] }) => {
  const { t } = useI18n();
  return (
    <section aria-labelledby="help-now">
      <h2 id="help-now">{t.helpTitle}</h2>
      <HelpContacts contacts={contacts} />
    </section>
  );
};
