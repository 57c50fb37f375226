import type { HelpContact } from '../../../../shared/schemas/council';
import { useHeadingFocus } from '../focus';
import { HelpContacts } from '../HelpContacts';
import { useI18n } from '../i18n/context';
import { ArrowIcon } from '../icons';

/**
 * The privacy page for young people, in the words of the catalogue. It must stay true to the code:
 * what the survey sends (progress.ts submissionOf), what stays on the phone (web/src/lib/device-storage.ts, device.ts), and what the
 * server keeps (functions/api/services/submissions.ts; for sessions, docs/data-model.md "Live sessions").
 */
export const PrivacyPage = (props: { contacts: readonly HelpContact[]; onBack: (() => void) | null }) => {
  const { t } = useI18n();
  const p = t.privacy;
  const heading = useHeadingFocus();
  const part = (id: string, title: string, lines: readonly string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="plain-list">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
  return (
    <div class="screen privacy">
      <h1 ref={heading} tabIndex={-1}>
        {p.title}
      </h1>
      <p>{p.intro}</p>
      {part('pv-keep', p.keepTitle, p.keep)}
      {part('pv-never', p.neverTitle, p.never)}
      {part('pv-phone', p.phoneTitle, p.phone)}
      {part('pv-anon', p.anonTitle, p.anon)}
      {part('pv-comment', p.commentTitle, p.comment)}
      {part('pv-session', p.sessionTitle, p.session)}
      <section aria-labelledby="pv-talk">
        <h2 id="pv-talk">{p.talkTitle}</h2>
        <HelpContacts contacts={props.contacts} />
      </section>
      {props.onBack && (
        <button type="button" class="button secondary" onClick={props.onBack}>
          <ArrowIcon back /> {p.backToSurvey}
        </button>
      )}
    </div>
  );
};
