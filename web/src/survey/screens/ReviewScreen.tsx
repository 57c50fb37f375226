import { textId } from '../../../../shared/translations/text-ids';
import { useHeadingFocus } from '../focus';
import { councilWords, promiseWords } from '../i18n';
import { useI18n } from '../i18n/context';
import { AnswerIcon } from '../icons';
import type { Progress, StepId } from '../progress';
import type { SurveyPledge } from '../survey-data';

/** Every answer to the promises this person was asked, each with Change; then Send. */
export const ReviewScreen = (props: {
  /** The pledge's sections holding only the promises this person was asked. */
  pledge: SurveyPledge;
  /** The step that shows a promise. */
  stepOf: (promiseId: string) => StepId;
  progress: Progress;
  sending: boolean;
  error: string | null;
  onChange: (step: StepId) => void;
  onSend: () => void;
}) => {
  const { t, lang, texts } = useI18n();
  const sectionOf = (s: { sectionId: string; title: string }) =>
    councilWords(texts, textId.section(s.sectionId), s.title, lang);
  const heading = useHeadingFocus();
  const { progress: p } = props;
  const total = props.pledge.sections.reduce((n, s) => n + s.promises.length, 0);
  const answered = props.pledge.sections.reduce(
    (n, s) => n + s.promises.filter((x) => p.ratings[x.promiseId]).length,
    0,
  );
  const sendButton = (where: string) => (
    <>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <button type="button" class={`button big send ${where}`} disabled={props.sending} onClick={props.onSend}>
        {props.sending ? t.sending : t.send}
      </button>
    </>
  );
  return (
    <div class="screen review">
      <h1 ref={heading} tabIndex={-1}>
        {t.reviewTitle}
      </h1>
      <p>{t.reviewSummary(answered, total)}</p>
      {/* Send is also at the top: with many promises, the end of the list is a long way down. */}
      {sendButton('send-top')}
      <p>{t.reviewHelp}</p>
      {props.pledge.sections
        .filter((s) => s.promises.length > 0)
        .map((s) => (
          <section key={s.sectionId} aria-labelledby={`rs-${s.sectionId}`}>
            <h2 id={`rs-${s.sectionId}`} lang={sectionOf(s).lang} dir="auto">
              {sectionOf(s).text}
            </h2>
            <ol class="review-list">
              {s.promises.map((x) => {
                const step = props.stepOf(x.promiseId);
                const words = promiseWords(x, lang, texts);
                const rating = p.ratings[x.promiseId];
                const comment = p.comments[x.promiseId]?.trim();
                return (
                  <li key={x.promiseId}>
                    <p id={`rv-${x.promiseId}`} class="review-promise" lang={words.lang} dir="auto">
                      {words.easyRead ?? words.text}
                    </p>
                    <p class={`review-answer answer-${rating ?? 'none'}`}>
                      {rating ? (
                        <>
                          <AnswerIcon rating={rating} /> {t.ratings[rating]}
                        </>
                      ) : (
                        t.skipped
                      )}
                    </p>
                    {comment && (
                      <p class="review-comment">
                        {t.yourComment}: <q dir="auto">{comment}</q>
                      </p>
                    )}
                    <button
                      type="button"
                      class="link-button"
                      aria-describedby={`rv-${x.promiseId}`}
                      onClick={() => props.onChange(step)}
                    >
                      {t.change}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      <section aria-labelledby="rv-change">
        <h2 id="rv-change">{t.changeTitle}</h2>
        <p dir="auto">{p.finalComment.trim() ? <q>{p.finalComment.trim()}</q> : t.noComment}</p>
        <button type="button" class="link-button" aria-describedby="rv-change" onClick={() => props.onChange('change')}>
          {t.change}
        </button>
      </section>
      <section aria-labelledby="rv-about">
        <h2 id="rv-about">{t.aboutYou}</h2>
        <p>
          {t.ageQuestion} {p.about.ageGroup ? t.ages[p.about.ageGroup] : t.notSaid}
          <br />
          {t.careQuestion} {p.about.careStatus ? t.cares[p.about.careStatus] : t.notSaid}
        </p>
        <button type="button" class="link-button" aria-describedby="rv-about" onClick={() => props.onChange('about')}>
          {t.change}
        </button>
      </section>
      {sendButton('send-end')}
    </div>
  );
};
