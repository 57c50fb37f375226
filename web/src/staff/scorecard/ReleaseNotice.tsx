/** Tells the board when a round's figures were (or will be) released, and why they do not move with every answer. */
import { LATE_ANSWER_DAYS, MIN_GROUP_SIZE } from '../../../../shared/limits';
import type { Scorecard } from '../../../../shared/schemas/scorecard';
import { isFinal } from '../../../../shared/scoring/release';
import { dateText } from '../../lib/format';
import { ANSWERS_COUNTED, type RoundItem } from './board-api';

const WHY = `All of a round's figures are released together, once answers have stopped arriving, so that nobody can tell what one young person said by reading this page before and after they answered.`;

const progressWords = (card: Scorecard) => {
  const p = card.release.progress;
  const survey =
    p.surveyAtLeast === null
      ? `Fewer than ${MIN_GROUP_SIZE} young people have answered the survey so far`
      : `At least ${p.surveyAtLeast.toLocaleString('en-GB')} young people have answered the survey so far`;
  const sessions = p.sessions === 1 ? '1 live session has been held' : `${p.sessions} live sessions have been held`;
  return `${survey} (counted in fives), and ${sessions}.`;
};

export const ReleaseNotice = ({ card }: { card: Scorecard }) => {
  const { phase, finalAt } = card.release;
  if (phase === 'final')
    return (
      <p class="release-note muted">
        These figures are final{finalAt ? ` (released ${dateText(finalAt)})` : ''}: they will not change.{' '}
        <strong class="answers-counted">
          Answers counted: {ANSWERS_COUNTED[card.answers].toLowerCase()}
          {card.answers === 'survey' ? ' (live sessions left out)' : ''}.
        </strong>
      </p>
    );
  return (
    <section class="card release-notice" aria-labelledby="release-heading">
      <h2 id="release-heading">
        {phase === 'collecting' ? `${card.round.name} is still open` : `${card.round.name} has closed`}
      </h2>
      <p>
        {phase === 'collecting'
          ? finalAt
            ? `Its figures will be released on ${dateText(finalAt)}: ${LATE_ANSWER_DAYS} days after it closes, for answers young people started before the close.`
            : `Its figures will be released ${LATE_ANSWER_DAYS} days after it closes, for answers young people started before the close. It has no closing date yet.`
          : `Answers started before the close can still arrive. Its figures will be released on ${finalAt ? dateText(finalAt) : 'the last day for late answers'}.`}
      </p>
      <p>{WHY}</p>
      <p>
        <strong>{progressWords(card)}</strong>
      </p>
    </section>
  );
};

/**
 * The round a board page opens on without one in the address: the newest round whose figures are final (an open
 * round has none to show yet), else the open round, else the newest.
 */
export const defaultRound = (rounds: readonly RoundItem[], now = new Date()): RoundItem | undefined => {
  const newestFirst = [...rounds].sort((a, b) => b.round.opensAt.localeCompare(a.round.opensAt));
  return newestFirst.find((r) => isFinal(r.round, now)) ?? newestFirst.find((r) => r.open) ?? newestFirst[0];
};

/** A line for the open round when the page shows an earlier one. */
export const OpenRoundNotice = ({ rounds, shown }: { rounds: readonly RoundItem[] | null; shown: string | null }) => {
  const open = rounds?.find((r) => r.open);
  if (!open || open.round.roundId === shown) return null;
  return (
    <p class="release-note">
      {open.round.name} is open: its figures will show from their release, once it has closed and {LATE_ANSWER_DAYS}{' '}
      days have passed.
    </p>
  );
};
