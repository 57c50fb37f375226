import { useState } from 'preact/hooks';
import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { ArrowIcon } from '../icons';

/** The first screen: what this is, that it is anonymous, and Start (or Carry on, on a phone that has progress). */
export const StartScreen = (props: {
  councilName: string;
  roundName: string;
  total: number;
  answered: number | null;
  onStart: () => void;
  onCarryOn: () => void;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="screen">
      <h1 ref={heading} tabIndex={-1}>
        {t.startTitle(props.councilName)}
      </h1>
      <p class="round-name">{t.roundName(props.roundName)}</p>
      <p>{t.startIntro(props.total)}</p>
      <p>{t.startSkip}</p>
      <p class="notice">{t.startAnon}</p>
      {props.answered === null ? (
        <button type="button" class="button big" onClick={props.onStart}>
          {t.start} <ArrowIcon />
        </button>
      ) : confirming ? (
        <div class="confirm" role="group" aria-labelledby="restart-q">
          <p id="restart-q">
            <strong>{t.startAgainSure}</strong>
          </p>
          <div class="nav">
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {t.startAgainNo}
            </button>
            <button type="button" class="button danger" onClick={props.onStart}>
              {t.startAgainYes}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{t.carryOnNote(props.answered, props.total)}</p>
          <button type="button" class="button big" onClick={props.onCarryOn}>
            {t.carryOn} <ArrowIcon />
          </button>
          <button type="button" class="link-button" onClick={() => setConfirming(true)}>
            {t.startAgain}
          </button>
        </>
      )}
    </div>
  );
};
