import { ExitIcon } from '../survey/icons';
import { leaveNow } from './leave-now';

/** The red "Leave now" button every young person's page carries (survey, privacy, /join). */
export const QuickExit = (props: { label: string; hint: string; before?: () => void }) => (
  <>
    <button type="button" class="quick-exit" onClick={() => leaveNow(props.before)} aria-describedby="quick-exit-hint">
      <ExitIcon /> {props.label}
    </button>
    <span id="quick-exit-hint" class="visually-hidden">
      {props.hint}
    </span>
  </>
);
