import type { HelpContact } from '../../../../shared/schemas/council';
import { CommentBox } from '../CommentBox';
import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { StepForm } from '../StepForm';

/** "What is one thing we should change?" — the last question, with the notice before its box. */
export const ChangeScreen = (props: {
  value: string;
  contacts: readonly HelpContact[];
  /** Whether the long help was shown in full already in this survey, and how to say it has been. */
  help?: { seen: boolean; onSeen: () => void };
  onInput: (t: string) => void;
  onBack: () => void;
  onNext: () => void;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <StepForm onBack={props.onBack} onNext={props.onNext} next={props.value.trim() ? t.next : t.skip}>
      <h1 ref={heading} tabIndex={-1} id="change-title">
        {t.changeTitle}
      </h1>
      <p>{t.changeHelp}</p>
      <CommentBox
        id="final-comment"
        label={t.changeLabel}
        labelledBy="change-title"
        value={props.value}
        contacts={props.contacts}
        helpSeen={props.help?.seen}
        onHelpSeen={props.help?.onSeen}
        onInput={props.onInput}
      />
    </StepForm>
  );
};
