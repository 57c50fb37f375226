import { textId } from '../../../../shared/translations/text-ids';
import { useHeadingFocus } from '../focus';
import { councilWords } from '../i18n';
import { useI18n } from '../i18n/context';
import { StepForm } from '../StepForm';

/**
 * "Sections first": the parts of the pledge that matter to them, each a big tick box with the part's own title.
 * Picking none asks from every part; the line below says how many questions their picks give.
 */
export const SectionsScreen = (props: {
  sections: readonly { sectionId: string; title: string }[];
  chosen: readonly string[];
  setLength: string;
  onChange: (chosen: string[]) => void;
  onBack: () => void;
  onNext: () => void;
}) => {
  const { t, lang, texts } = useI18n();
  const heading = useHeadingFocus();
  const toggle = (id: string, on: boolean) =>
    props.onChange(props.sections.map((s) => s.sectionId).filter((x) => (x === id ? on : props.chosen.includes(x))));
  return (
    <StepForm onBack={props.onBack} onNext={props.onNext} next={props.chosen.length > 0 ? t.next : t.sectionsAll}>
      <h1 ref={heading} tabIndex={-1}>
        {t.sectionsTitle}
      </h1>
      <p>{t.sectionsHelp}</p>
      <fieldset class="choices">
        <legend>{t.sectionsQuestion}</legend>
        {props.sections.map((s) => (
          <label key={s.sectionId} class="choice">
            <input
              type="checkbox"
              name="sections"
              value={s.sectionId}
              checked={props.chosen.includes(s.sectionId)}
              onChange={(e) => toggle(s.sectionId, e.currentTarget.checked)}
            />
            <span lang={councilWords(texts, textId.section(s.sectionId), s.title, lang).lang} dir="auto">
              {councilWords(texts, textId.section(s.sectionId), s.title, lang).text}
            </span>
          </label>
        ))}
      </fieldset>
      <p class="set-length" aria-live="polite">
        <strong>{props.setLength}</strong>
      </p>
    </StepForm>
  );
};
