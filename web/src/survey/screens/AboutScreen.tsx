import type { AboutYou } from '../../../../shared/cohort';
import { useHeadingFocus } from '../focus';
import { useI18n } from '../i18n/context';
import { AGES, CARE } from '../lists';
import { StepForm } from '../StepForm';

/** Two optional, coarse questions, each with "I would rather not say". */
export const AboutScreen = (props: {
  about: AboutYou;
  onChange: (a: AboutYou) => void;
  /** Asked before the promises: how many questions these answers give ("8 questions, about 3 minutes"). */
  setLength?: string;
  onBack: () => void;
  onNext: () => void;
}) => {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { about } = props;
  return (
    <StepForm onBack={props.onBack} onNext={props.onNext} next={about.ageGroup || about.careStatus ? t.next : t.skip}>
      <h1 ref={heading} tabIndex={-1}>
        {t.aboutTitle}
      </h1>
      <p>{t.aboutHelp}</p>
      {props.setLength !== undefined && <p>{t.aboutChooses}</p>}
      <fieldset class="choices">
        <legend>{t.ageQuestion}</legend>
        {AGES.map((a) => (
          <label key={a} class="choice">
            <input
              type="radio"
              name="age"
              value={a}
              checked={about.ageGroup === a}
              onChange={() => props.onChange({ ...about, ageGroup: a })}
            />
            <span>{t.ages[a]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices">
        <legend>{t.careQuestion}</legend>
        {CARE.map((c) => (
          <label key={c} class="choice">
            <input
              type="radio"
              name="care"
              value={c}
              checked={about.careStatus === c}
              onChange={() => props.onChange({ ...about, careStatus: c })}
            />
            <span>{t.cares[c]}</span>
          </label>
        ))}
      </fieldset>
      {props.setLength !== undefined && (
        <p class="set-length" aria-live="polite">
          <strong>{props.setLength}</strong>
        </p>
      )}
    </StepForm>
  );
};
