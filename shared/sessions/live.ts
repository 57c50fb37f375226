/**
 * What the presenter may show of a promise while the room votes. No count of any promise leaves the
 * server until at least MIN_GROUP_SIZE phones answered it, or a show of hands counted at least that many:
 * below that, the part is null and the screen says how many answers it waits for.
 */
import { MIN_GROUP_SIZE } from '../limits';
import type { RatingCounts } from '../rating';
import { handsOf } from './tally';

/** A group of answers the room may see: at least MIN_GROUP_SIZE of them, "don't know" included. */
export const roomMaySee = (counts: RatingCounts): RatingCounts | null =>
  handsOf(counts) >= MIN_GROUP_SIZE ? { ...counts } : null;

export interface LiveCounts {
  phones: RatingCounts | null;
  hands: RatingCounts | null;
}

export const liveCountsOf = (phones: RatingCounts, hands: RatingCounts): LiveCounts => ({
  phones: roomMaySee(phones),
  hands: roomMaySee(hands),
});
