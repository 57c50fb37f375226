import { useState } from 'preact/hooks';
import { lastDayOpen } from '../closing-date';
import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { ArrowIcon } from '../icons';
import { setLengthWords } from '../short-survey';

/**
 * The first screen, always the one the survey opens on: what this is, that it is anonymous, and Start.
 * When a survey is in progress on this phone it offers Carry on, or "Someone else wants to answer on this
 * phone", and shows nothing of those answers until the person chooses to carry on (phones are shared).
 */
export const StartScreen = (props: {
  councilName: string;
  roundName: string;
  /** When the round closes, or null when it has no closing date. */
  closesAt: string | null;
  /** Promises this person is asked (their set, or what they were asked so far). */
  total: number;
  /** Promises in the pledge. */
  pledgeTotal: number;
  answered: number | null;
  /** Answers were sent from this phone before (only that: not which, not when). */
  sentBefore: boolean;
  /** Answers from this phone are waiting for the internet. */
  waiting: boolean;
  onStart: () => void;
  onCarryOn: () => void;
  onSomeoneElse: () => void;
}) => {
  const { t, lang, englishNotice } = useI18n();
  const heading = useHeadingFocus();
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.startTitle(props.councilName)}
      </h1>
      <p class="round-name">{t.roundName(props.roundName)}</p>
      {englishNotice && <p class="notice english-notice">{t.englishPromisesNotice}</p>}
      {props.closesAt && <p class="open-until">{t.openUntil(lastDayOpen(props.closesAt, lang))}</p>}
      <p>
        {props.total < props.pledgeTotal ? t.startIntroSet(props.total, props.pledgeTotal) : t.startIntro(props.total)}
      </p>
      <p class="set-length">
        <strong>{setLengthWords(t, props.total)}</strong>
      </p>
      <p>{t.startSkip}</p>
      <p class="notice">{t.startAnon}</p>
      {props.waiting && <p class="notice saved">{t.startWaiting}</p>}
      {props.answered === null ? (
        <>
          {props.sentBefore && !props.waiting && <p>{t.startSentBefore}</p>}
          <button type="button" class="button big" onClick={props.onStart}>
            {t.start} <ArrowIcon />
          </button>
        </>
      ) : confirming ? (
        <div class="confirm" role="group" aria-labelledby="someone-else-q">
          <p id="someone-else-q">
            <strong>{t.someoneElseSure}</strong>
          </p>
          <div class="nav">
            <button type="button" class="button secondary" onClick={props.onCarryOn}>
              {t.someoneElseNo}
            </button>
            <button type="button" class="button danger" onClick={props.onSomeoneElse}>
              {t.someoneElseYes}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{t.carryOnNote(props.answered, props.total)}</p>
          <button type="button" class="button big" onClick={props.onCarryOn}>
            {t.carryOn} <ArrowIcon />
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            {t.someoneElse}
          </button>
        </>
      )}
    </div>
  );
};
