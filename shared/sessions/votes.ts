/**
 * One vote per participant per promise, changeable until voting closes, counted exactly once.
 * A participant's record holds their current answer to each promise; a vote is planned against it
 * here (pure) and the store writes the record and the counter moves together, on the condition that
 * the record is still the one the plan was made from.
 */
import type { Cohort } from '../cohort';
import type { Rating } from '../rating';
import { cohortOfGroup, type SessionGroup } from './groups';

export interface ParticipantVote {
  rating: Rating;
  /** The phone numbers its votes 1, 2, 3…: a late copy of an older vote can never undo a newer one. */
  seq: number;
}

export interface Participant {
  /** The group the participant picked when they joined, or null if they skipped the question. */
  group: SessionGroup | null;
  votes: Record<string, ParticipantVote>;
  /** True once they have voted at all: the session's count of people counts them once. */
  counted: boolean;
  /** Raised by every write, so two writes from one phone at once cannot both succeed. */
  version: number;
}

export const newParticipant = (group: SessionGroup | null): Participant => ({
  group,
  votes: {},
  counted: false,
  version: 1,
});

/** Add `by` to the counters of one answer, in the cohort it was counted under. */
export interface CounterMove {
  promiseId: string;
  rating: Rating;
  cohort: Cohort;
  by: 1 | -1;
}

export type VotePlan =
  /** Nothing to write: the same vote again (a replay), or an older vote arriving late. */
  | { kind: 'unchanged'; participant: Participant }
  | {
      kind: 'move';
      participant: Participant;
      /** Empty when only the vote's number changes (the same answer sent again, newer). */
      moves: CounterMove[];
      /** Set on the participant's first vote: count one more person, in this cohort. */
      newPerson: Cohort | null;
    };

export const planVote = (p: Participant, promiseId: string, rating: Rating, seq: number): VotePlan => {
  const previous = p.votes[promiseId];
  if (previous && seq <= previous.seq) return { kind: 'unchanged', participant: p };
  const cohort = cohortOfGroup(p.group, 'session-vote');
  // The same answer with a newer number moves no counter, but its number is kept: an older vote
  // still on its way (say "no" sent before this second "yes") must not then win.
  const moves: CounterMove[] =
    previous?.rating === rating
      ? []
      : [
          ...(previous ? [{ promiseId, rating: previous.rating, cohort, by: -1 as const }] : []),
          { promiseId, rating, cohort, by: 1 },
        ];
  return {
    kind: 'move',
    participant: { ...p, votes: { ...p.votes, [promiseId]: { rating, seq } }, counted: true, version: p.version + 1 },
    moves,
    newPerson: p.counted ? null : cohort,
  };
};

/** The participant's current answers, as the phone shows them after a rejoin. */
export const ratingsOf = (p: Participant): Record<string, Rating> =>
  Object.fromEntries(Object.entries(p.votes).map(([id, v]) => [id, v.rating]));
