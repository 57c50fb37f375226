import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n/context';
import { ArrowIcon } from './icons';

/**
 * One survey screen that asks something: its content, then Back and the button that goes on. Enter goes on, as the
 * button does; the page never reloads. `quiet` makes going on look like skipping (nothing answered yet).
 */
export const StepForm = (props: {
  onBack: () => void;
  onNext: () => void;
  /** The words on the button that goes on ("Next", "Skip", "Check my code"). */
  next: string;
  quiet?: boolean;
  busy?: boolean;
  /** Keep Back and Next at the bottom of a phone's screen while the content scrolls (the promise screens). */
  stay?: boolean;
  /** The screen checks its own input and says what is wrong in words, not the browser's bubble. */
  noValidate?: boolean;
  children: ComponentChildren;
}) => {
  const { t } = useI18n();
  return (
    <form
      class="screen"
      noValidate={props.noValidate}
      onSubmit={(e) => {
        e.preventDefault();
        props.onNext();
      }}
    >
      {props.children}
      <div class={props.stay ? 'nav stay' : 'nav'}>
        <button type="button" class="button secondary" onClick={props.onBack}>
          <ArrowIcon back /> {t.back}
        </button>
        <button type="submit" class={props.quiet ? 'button secondary' : 'button'} disabled={props.busy}>
          {props.next} <ArrowIcon />
        </button>
      </div>
    </form>
  );
};
