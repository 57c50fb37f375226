import type { ComponentChildren } from 'preact';
import type { HelpContact } from '../../../../shared/schemas/council';
import { useHeadingFocus } from '../focus';
import { HelpNow } from '../HelpNow';
import { useI18n } from '../i18n/context';
import { ArrowIcon } from '../icons';

/** Answers are queued on the phone and will go when it is online: said plainly. */
export const SavedScreen = (props: { onSendNow: () => void; trying: boolean; onSomeoneElse: () => void }) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.savedTitle}
      </h1>
      <p class="notice saved" role="status">
        {t.saved}
      </p>
      <p>{t.savedMore}</p>
      <button type="button" class="button secondary" disabled={props.trying} onClick={props.onSendNow}>
        {props.trying ? t.sending : t.sendNow}
      </button>
      <button type="button" class="button secondary" onClick={props.onSomeoneElse}>
        {t.someoneElse}
      </button>
    </div>
  );
};

/** The server refused the answers for a reason that trying again will not fix. */
export const ProblemScreen = (props: {
  closed: boolean;
  message: string;
  onBack: (() => void) | null;
  contacts: readonly HelpContact[];
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.problemTitle}
      </h1>
      {props.closed ? (
        <p>{t.closed}</p>
      ) : (
        <>
          <p>{t.problem}</p>
          <p class="error" lang="en" dir="auto">
            {props.message}
          </p>
        </>
      )}
      {props.onBack && (
        <button type="button" class="button secondary" onClick={props.onBack}>
          <ArrowIcon back /> {t.backToCheck}
        </button>
      )}
      <HelpNow contacts={props.contacts} />
    </div>
  );
};

export const NoRoundScreen = ({
  councilName,
  contacts,
  children,
}: {
  councilName: string;
  contacts: readonly HelpContact[];
  /** What became of answers left waiting on this phone, if any. */
  children?: ComponentChildren;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.noRoundTitle}
      </h1>
      <p>{t.noRound(councilName)}</p>
      {children}
      <HelpNow contacts={contacts} />
    </div>
  );
};

/** The survey could not be loaded: a link that leads nowhere, or no connection (worth trying again). */
export const FailedScreen = ({ notFound, onRetry }: { notFound: boolean; onRetry: () => void }) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {notFound ? t.badLinkTitle : t.problemTitleLoad}
      </h1>
      <p>{notFound ? t.badLink : t.loadFailed}</p>
      {!notFound && (
        <button type="button" class="button" onClick={onRetry}>
          {t.tryAgain}
        </button>
      )}
    </div>
  );
};
