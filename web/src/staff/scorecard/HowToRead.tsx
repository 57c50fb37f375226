import { FIRM_STATUS_MIN_N, SUPPRESSED_LABEL } from '../../../../shared/limits';
import type { Scorecard } from '../../../../shared/schemas/scorecard';

/** The rules behind every figure, in plain words. */
export const HowToRead = ({
  card,
  open = false,
}: {
  card: Pick<Scorecard, 'thresholds' | 'previousRound'>;
  open?: boolean;
}) => (
  <details class="how-to-read" open={open}>
    <summary>How to read these figures</summary>
    <ul>
      <li>
        <strong>Score</strong> = (Yes + half of Sometimes) ÷ n × 100, where n is everyone who answered Yes, Sometimes or
        No. “Don’t know” is counted but not scored.
      </li>
      <li>
        <strong>Status</strong>: kept (green) at {card.thresholds.green} or more, partly kept (amber) from{' '}
        {card.thresholds.amber}, not kept (red) below {card.thresholds.amber}.
      </li>
      <li>
        The <strong>95% interval</strong> in brackets is where the true score probably lies; it is wide when few
        answered. A status whose interval reaches across a limit reads <strong>probably</strong> (“Probably not kept”),
        and is drawn as an outline; so is one from fewer than {FIRM_STATUS_MIN_N} answers.
      </li>
      <li>
        A <strong>whole section</strong> or a <strong>theme</strong> adds up the answers of its promises, and one young
        person answers several of them, so it says “answers, from about so many young people”, and its interval is
        widened to allow for that (a design effect).
      </li>
      <li>
        A change since {card.previousRound?.name ?? 'the previous round'} is marked <strong>a real change</strong> (▲ ▼)
        only when the two intervals do not overlap; otherwise it <strong>may be noise</strong> (△ ▽).
      </li>
      <li>
        Any figure from {SUPPRESSED_LABEL} young people reads “{SUPPRESSED_LABEL}”, and so does any figure that would
        let someone work one out by subtraction.
      </li>
      <li>
        Comments are shown only after a moderator approved them, and never beside a figure from {SUPPRESSED_LABEL}.
      </li>
    </ul>
  </details>
);
