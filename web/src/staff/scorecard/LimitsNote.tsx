import type { Scorecard } from '../../../../shared/schemas/scorecard';
import { limitsChangedInWords } from '../../../../shared/scoring/words';

/** When this round was scored with other limits than the round before it, the board is told before it compares. */
export const LimitsNote = ({ card }: { card: Pick<Scorecard, 'limitsChanged' | 'thresholds'> }) =>
  card.limitsChanged ? (
    <p class="limits-note" data-testid="limits-note">
      {limitsChangedInWords(card.limitsChanged, card.thresholds)} Statuses of each round use its own limits.
    </p>
  ) : null;
