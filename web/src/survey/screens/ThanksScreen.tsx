import { useEffect, useState } from 'preact/hooks';
import type { HelpContact } from '../../../../shared/schemas/council';
import { useHeadingFocus } from '../focus';
import { HelpContacts } from '../HelpContacts';
import { useI18n } from '../i18n/context';
import { loadActions, type PublicActions } from '../survey-data';

/** Thank you; what the council did after the last round; help now; and how to take part next time. */
export const ThanksScreen = (props: {
  slug: string;
  councilName: string;
  contacts: readonly HelpContact[];
  onCheckNew: () => Promise<boolean>;
  /** Wipes this phone for the next person and opens the start screen. */
  onSomeoneElse: () => void;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const [actions, setActions] = useState<PublicActions | null | 'failed'>(null);
  const [checked, setChecked] = useState<'idle' | 'busy' | 'none'>('idle');
  useEffect(() => {
    loadActions(props.slug).then(setActions, () => setActions('failed'));
  }, [props.slug]);

  const list = actions && actions !== 'failed' ? actions.actions : [];
  return (
    <div class="screen thanks">
      <h1 ref={heading} tabIndex={-1}>
        {t.thanksTitle}
      </h1>
      <p class="notice done">{t.thanksSent(props.councilName)}</p>

      <section aria-labelledby="said-did">
        <h2 id="said-did">{t.saidDidTitle}</h2>
        {actions === null ? (
          <p>{t.loading}</p>
        ) : list.length === 0 ? (
          <p>{t.saidDidEmpty}</p>
        ) : (
          <>
            {actions !== 'failed' && actions.round && <p>{t.saidDidIntro(actions.round.name)}</p>}
            <ul class="actions">
              {list.map((a, i) => (
                <li key={i}>
                  <p class="action-promise" lang="en" dir="auto">
                    {a.promiseText}
                  </p>
                  <p lang="en" dir="auto">
                    <strong>{a.action}</strong>
                  </p>
                  <p class="action-meta">
                    <span class={`status status-${a.status}`}>{t.actionStatus[a.status] ?? a.status}</span>
                    {a.owner && (
                      <span lang="en" dir="auto">
                        {' '}
                        · {t.actionWho(a.owner)}
                      </span>
                    )}
                    {a.due && <span> · {t.actionWhen(a.due)}</span>}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="help-now">
        <h2 id="help-now">{t.helpTitle}</h2>
        <HelpContacts contacts={props.contacts} />
      </section>

      <section aria-labelledby="next-time">
        <h2 id="next-time">{t.nextTitle}</h2>
        <p>{t.nextText}</p>
        <button
          type="button"
          class="button secondary"
          disabled={checked === 'busy'}
          onClick={async () => {
            setChecked('busy');
            setChecked((await props.onCheckNew()) ? 'idle' : 'none');
          }}
        >
          {t.checkNew}
        </button>
        <p role="status">{checked === 'none' ? t.noNewYet : ''}</p>
      </section>

      <section aria-labelledby="someone-else">
        <h2 id="someone-else">{t.someoneElseTitle}</h2>
        <button type="button" class="button secondary" onClick={props.onSomeoneElse}>
          {t.someoneElse}
        </button>
      </section>
    </div>
  );
};
