import { useEffect, useState } from 'preact/hooks';
import type { Rating } from '../../../../shared/rating';
import type { HelpContact } from '../../../../shared/schemas/council';
import { textId } from '../../../../shared/translations/text-ids';
import { CommentBox } from '../CommentBox';
import { useHeadingFocus } from '../focus';
import { councilWords, promiseWords } from '../i18n';
import { useI18n } from '../i18n/context';
import { AnswerIcon, PencilIcon, SpeakerIcon } from '../icons';
import { ANSWERS } from '../lists';
import { StepForm } from '../StepForm';
import { canSpeak, speak, stopSpeaking, useVoiceFor } from '../speech';
import type { SurveyPromise } from '../survey-data';

/** One promise on one screen: its words, four big answers, an optional comment, back and next. */
export const PromiseScreen = (props: {
  promise: SurveyPromise;
  sectionTitle: string;
  sectionId: string;
  index: number;
  total: number;
  rating: Rating | undefined;
  comment: string | undefined;
  canAddComment: boolean;
  contacts: readonly HelpContact[];
  /** Whether the long help was shown in full already in this survey, and how to say it has been. */
  help?: { seen: boolean; onSeen: () => void };
  onRate: (r: Rating) => void;
  onComment: (text: string | undefined) => void;
  onBack: () => void;
  onNext: () => void;
}) => {
  const { t, lang, texts } = useI18n();
  const heading = useHeadingFocus();
  const [reading, setReading] = useState(false);
  const [justOpened, setJustOpened] = useState(false);
  const words = promiseWords(props.promise, lang, texts);
  const section = councilWords(texts, textId.section(props.sectionId), props.sectionTitle, lang);
  const voice = useVoiceFor(lang);
  // Pressed on a phone with no voice for this language: the button gives way to a line that says so.
  const [noVoice, setNoVoice] = useState(false);
  // Another language on the screen: what was being read stops, and its voice is looked for afresh.
  useEffect(() => {
    setNoVoice(false);
    setReading(false);
    stopSpeaking();
  }, [lang]);
  const id = props.promise.promiseId;
  useEffect(() => stopSpeaking, []);

  const readAloud = () => {
    if (!voice) return setNoVoice(true);
    if (reading) {
      stopSpeaking();
      return setReading(false);
    }
    setReading(true);
    speak(
      [
        { text: words.easyRead ?? words.text, lang: words.lang },
        {
          text: [t.question, ...ANSWERS.map((r) => t.ratings[r])]
            .map((s) => (/[.?!؟]$/.test(s) ? s : `${s}.`))
            .join(' '),
          lang,
        },
      ],
      () => setReading(false),
    );
  };

  return (
    // Skipping is quieter than answering: only Next, after an answer, is the bold button. A comment typed
    // without an answer is sent too, so the button then says Next, never Skip.
    <StepForm
      onBack={props.onBack}
      onNext={props.onNext}
      next={props.rating || props.comment?.trim() ? t.next : t.skip}
      quiet={!props.rating}
      stay
    >
      <p class="progress-text">{t.progressLabel(props.index + 1, props.total)}</p>
      <div class="bar" aria-hidden="true">
        <span style={{ width: `${((props.index + 1) / props.total) * 100}%` }} />
      </div>
      <p class="section-name" lang={section.lang} dir="auto">
        {section.text}
      </p>
      <h1 ref={heading} tabIndex={-1} class="promise-text" lang={words.lang} dir="auto">
        {words.easyRead ?? words.text}
      </h1>
      {/* "Show all the words" and "Read it to me" share one line, so the answers and Next fit on a phone's screen. */}
      <div class="promise-tools">
        {words.easyRead && (
          <details class="full-words">
            <summary>{t.fullPromise}</summary>
            <p lang={words.lang} dir="auto">
              {words.text}
            </p>
          </details>
        )}
        {canSpeak() &&
          (noVoice ? (
            // Never an English voice for Arabic words, nor a button that does nothing: it says why instead.
            <p class="hint no-voice" role="status">
              {t.cantReadAloud}
            </p>
          ) : (
            <button type="button" class="button secondary read" onClick={readAloud} aria-pressed={reading}>
              <SpeakerIcon /> {reading ? t.stopReading : t.readAloud}
            </button>
          ))}
      </div>
      <fieldset class="answers">
        <legend>{t.question}</legend>
        {ANSWERS.map((r) => (
          <label key={r} class={`answer answer-${r}`}>
            <input
              type="radio"
              name={`answer-${id}`}
              value={r}
              checked={props.rating === r}
              onChange={() => props.onRate(r)}
            />
            <AnswerIcon rating={r} />
            <span>{t.ratings[r]}</span>
          </label>
        ))}
      </fieldset>
      {props.comment === undefined ? (
        props.canAddComment ? (
          <button
            type="button"
            class="button secondary add-comment"
            onClick={() => {
              setJustOpened(true);
              props.onComment('');
            }}
          >
            <PencilIcon /> {t.addComment}
          </button>
        ) : (
          <p class="hint">{t.commentsFull}</p>
        )
      ) : (
        <>
          <CommentBox
            id={`comment-${id}`}
            label={t.commentLabel}
            value={props.comment}
            contacts={props.contacts}
            helpSeen={props.help?.seen}
            onHelpSeen={props.help?.onSeen}
            focusOnOpen={justOpened}
            onInput={(text) => props.onComment(text)}
          />
          <button type="button" class="link-button" onClick={() => props.onComment(undefined)}>
            {t.removeComment}
          </button>
        </>
      )}
    </StepForm>
  );
};
