import { useEffect, useRef, useState } from 'preact/hooks';
import { COMMENT_MAX_CHARS } from '../../../shared/limits';
import type { HelpContact } from '../../../shared/schemas/council';
import { HelpContacts } from './HelpContacts';
import { useI18n } from './i18n/context';

/**
 * A comment box, always with the notice before it: nobody can reply, and where to get help now.
 * The box is described by the notice's first sentence, so a screen reader hears it on arriving.
 */
export const CommentBox = (props: {
  id: string;
  label: string;
  /** Hide the label when a heading above already says it (the box is then labelled by that heading). */
  labelledBy?: string;
  value: string;
  contacts: readonly HelpContact[];
  focusOnOpen?: boolean;
  /** The long help was shown in full on an earlier box of this survey: now it is one line that opens. */
  helpSeen?: boolean;
  /** Called when the long help is shown in full, so the next box shows it short. */
  onHelpSeen?: () => void;
  onInput: (text: string) => void;
}) => {
  const { t } = useI18n();
  const box = useRef<HTMLTextAreaElement>(null);
  // Decided when the box opens: the help does not shrink while the young person reads it.
  const [short] = useState(() => props.helpSeen === true);
  useEffect(() => {
    if (props.focusOnOpen) box.current?.focus();
    if (!short) props.onHelpSeen?.();
  }, []);
  const left = COMMENT_MAX_CHARS - props.value.length;
  return (
    <div class="comment">
      {short ? (
        <>
          <p id={`${props.id}-anon`}>
            <strong>{t.noticeAnon}</strong>
          </p>
          <details class="notice help-notice">
            <summary>{t.helpNowShort}</summary>
            <HelpContacts contacts={props.contacts} />
          </details>
        </>
      ) : (
        <section class="notice help-notice" aria-labelledby={`${props.id}-notice`}>
          <h2 id={`${props.id}-notice`}>{t.noticeTitle}</h2>
          <p id={`${props.id}-anon`}>
            <strong>{t.noticeAnon}</strong>
          </p>
          <p>{t.noticeHelp}</p>
          <HelpContacts contacts={props.contacts} />
        </section>
      )}
      {!props.labelledBy && (
        <label class="comment-label" for={props.id}>
          {props.label}
        </label>
      )}
      <p id={`${props.id}-who`} class="who-reads">
        {t.whoReads}
      </p>
      <textarea
        id={props.id}
        ref={box}
        rows={5}
        maxLength={COMMENT_MAX_CHARS}
        value={props.value}
        aria-labelledby={props.labelledBy}
        aria-describedby={`${props.id}-anon ${props.id}-who ${props.id}-left`}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id={`${props.id}-left`} class="count">
        {t.commentLeft(left)}
      </p>
    </div>
  );
};
