/**
 * When and how a round's figures reach staff. Nobody may learn one young person's answers by reading a
 * figure twice, or two figures side by side (docs/data-model.md, "Releasing figures").
 *
 * - While a round is open, and for LATE_ANSWER_DAYS after it closes (answers started before the close
 *   still arrive), staff see progress only: how many answered the survey, in steps of 5, and how many
 *   sessions were held. No rating, cohort or comment of the round is shown, so no figure can move by
 *   one person's answers between two reads.
 * - Then the round is final: its figures never change again, and are shown with the small-numbers rule
 *   applied to every part that makes them up. The survey and each live session are the parts of a
 *   promise's total. Any staff member may know a session's own counts (the room saw them on the
 *   projector, the facilitator typed its hands), so a total is shown only when every part of it is 0 or at
 *   least 5: otherwise the total minus the parts someone knows would give a small group away. Within a session the
 *   phones' votes and the typed hands are parts of their own.
 */
import type { Source } from '../cohort';
import { LATE_ANSWER_DAYS, MIN_GROUP_SIZE, SUPPRESSED_LABEL } from '../limits';
import { addCounts, emptyCounts, type RatingCounts } from '../rating';
import type { Round } from '../schemas/round';
import { isShown, nOf } from './score';
import { emptyPromiseTally, type PromiseTally, type RoundTally, totalCounts, totalResponses } from './tally';

const DAY_MS = 86_400_000;

export type ReleasePhase = 'collecting' | 'settling' | 'final';

/** The moment a round's figures become final: LATE_ANSWER_DAYS after it closes; null while it has no closing date. */
export const finalAt = (round: Pick<Round, 'closesAt'>): string | null =>
  round.closesAt === null ? null : new Date(Date.parse(round.closesAt) + LATE_ANSWER_DAYS * DAY_MS).toISOString();

export const releasePhaseOf = (round: Pick<Round, 'closesAt'>, now: Date): ReleasePhase => {
  const at = finalAt(round);
  if (round.closesAt === null || round.closesAt > now.toISOString()) return 'collecting';
  return at !== null && at <= now.toISOString() ? 'final' : 'settling';
};

export const isFinal = (round: Pick<Round, 'closesAt'>, now: Date): boolean => releasePhaseOf(round, now) === 'final';

/** A count shown while answers still arrive: rounded down to a multiple of 5, so it moves 5 people at a time. */
export const inStepsOfFive = (count: number): number => Math.floor(count / MIN_GROUP_SIZE) * MIN_GROUP_SIZE;

/** A round's counters, the survey's apart from each session's (a session's items carry its id in their key). */
export interface RoundCounts {
  survey: RoundTally;
  sessions: ReadonlyMap<string, RoundTally>;
}

const answersOf = (c: RatingCounts) => nOf(c) + c.dontknow;

/**
 * Only what a facilitator checked reaches the board: each confirmed session with the sources it confirmed (a session
 * that ended by itself confirms its phones only). Unconfirmed sessions, and unconfirmed sources, are left out.
 */
export const confirmedParts = (
  counts: RoundCounts,
  confirmed: readonly { sessionId: string; sources: readonly Source[] }[],
): RoundCounts => {
  const sessions = new Map<string, RoundTally>();
  for (const { sessionId, sources } of confirmed) {
    const t = counts.sessions.get(sessionId);
    if (!t) continue;
    const keep = (s: Source) => sources.includes(s);
    const promises = new Map(
      [...t.promises].map(([id, p]) => [
        id,
        {
          ...p,
          bySource: Object.fromEntries(
            Object.entries(p.bySource).map(([s, c]) => [s, keep(s as Source) ? c : emptyCounts()]),
          ) as PromiseTally['bySource'],
        },
      ]),
    );
    const bySource = Object.fromEntries(
      Object.entries(t.responses.bySource).map(([s, n]) => [s, keep(s as Source) ? n : 0]),
    ) as RoundTally['responses']['bySource'];
    sessions.set(sessionId, { responses: { ...t.responses, bySource }, promises });
  }
  return { survey: counts.survey, sessions };
};

/** A part of 1 to 4 people (by n or by everyone who answered) must never be worked out. */
export const isSmallPart = (c: RatingCounts): boolean => {
  const n = nOf(c);
  const all = answersOf(c);
  return (n > 0 && n < MIN_GROUP_SIZE) || (all > 0 && all < MIN_GROUP_SIZE);
};

/** What may be shown of one promise of a final round; null where the figure must read "fewer than 5". */
export interface PromiseRelease {
  /** Everyone's answers: shown only when the survey part and every session's part are each 0 or at least 5. */
  total: RatingCounts | null;
  survey: RatingCounts | null;
  /** All sessions together: shown only when every session's part is 0 or at least 5. */
  sessions: RatingCounts | null;
  /** The survey's counts by age group and care status, for the cohort breakdown (which it protects itself). */
  surveyTally: PromiseTally | null;
}

const shownIf = (ok: boolean, c: RatingCounts): RatingCounts | null => (ok && isShown(nOf(c)) ? c : null);

/**
 * The parts of a promise's total that staff may know on their own: the survey's, and in each session the phones'
 * votes and the hands a facilitator typed, apart (the facilitator knows the hands, so a session's phones would be its
 * total minus them).
 */
const sessionParts = (counts: RoundCounts, promiseId: string): RatingCounts[] =>
  [...counts.sessions.values()].flatMap((t) => {
    const p = t.promises.get(promiseId);
    return p ? [p.bySource['session-vote'], p.bySource['session-tally']] : [];
  });

export const releasePromise = (counts: RoundCounts, promiseId: string): PromiseRelease => {
  const surveyTally = counts.survey.promises.get(promiseId) ?? emptyPromiseTally();
  const survey = totalCounts(surveyTally);
  const parts = sessionParts(counts, promiseId);
  const sessions = parts.reduce(addCounts, emptyCounts());
  const surveyOk = !isSmallPart(survey);
  const sessionsOk = parts.every((p) => !isSmallPart(p));
  return {
    total: shownIf(surveyOk && sessionsOk, addCounts(survey, sessions)),
    survey: shownIf(surveyOk, survey),
    sessions: shownIf(sessionsOk, sessions),
    surveyTally: surveyOk && isShown(nOf(survey)) ? surveyTally : null,
  };
};

/** Every promise's total as it may be shown, for roll-ups, trends, themes and the benchmark (hidden ones left out). */
export const releasedTotals = (counts: RoundCounts, promiseIds: Iterable<string>): Map<string, RatingCounts> => {
  const out = new Map<string, RatingCounts>();
  for (const id of promiseIds) {
    const total = releasePromise(counts, id).total;
    if (total) out.set(id, total);
  }
  return out;
};

/** Every promise any counter of the round names (for history across pledge versions). */
export const promisesCounted = (counts: RoundCounts): Set<string> =>
  new Set([...counts.survey.promises.keys(), ...[...counts.sessions.values()].flatMap((t) => [...t.promises.keys()])]);

export type PeopleFigure = number | typeof SUPPRESSED_LABEL;

/** A count of people that is 0 or at least 5 is shown; 1 to 4 never is. */
const peopleFigure = (n: number): PeopleFigure => (n === 0 || isShown(n) ? n : SUPPRESSED_LABEL);
const safeCount = (n: number) => n === 0 || isShown(n);

/** Who a final round heard from: the survey's young people, phones in sessions, and hands (counted apart). */
export interface People {
  /** Survey responses plus phones that voted in sessions. */
  youngPeople: PeopleFigure;
  survey: PeopleFigure;
  phones: PeopleFigure;
  /** People a show of hands stood for: apart, since a hand may be someone who also voted on a phone. */
  hands: PeopleFigure;
}

export const peopleOf = (counts: RoundCounts): People => {
  const survey = totalResponses(counts.survey);
  const phones = [...counts.sessions.values()].map((t) => t.responses.bySource['session-vote']);
  const hands = [...counts.sessions.values()].map((t) => t.responses.bySource['session-tally']);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const phonesOk = phones.every(safeCount);
  const handsOk = hands.every(safeCount);
  return {
    youngPeople: safeCount(survey) && phonesOk ? peopleFigure(survey + sum(phones)) : SUPPRESSED_LABEL,
    survey: peopleFigure(survey),
    phones: phonesOk ? peopleFigure(sum(phones)) : SUPPRESSED_LABEL,
    hands: handsOk ? peopleFigure(sum(hands)) : SUPPRESSED_LABEL,
  };
};

/** The exact number of young people behind a round (survey plus phones): for the benchmark's "live council" rule only. */
export const youngPeopleHeardFrom = (counts: RoundCounts): number =>
  totalResponses(counts.survey) +
  [...counts.sessions.values()].reduce((n, t) => n + t.responses.bySource['session-vote'], 0);

/** What staff see of a round that is not final yet. */
export interface Progress {
  /** Survey responses so far in steps of 5 ("at least 25"); null while fewer than 5. */
  surveyAtLeast: number | null;
  /** Sessions held in the round. */
  sessions: number;
}

export const progressOf = (counts: RoundCounts, sessionsHeld: number): Progress => {
  const n = inStepsOfFive(totalResponses(counts.survey));
  return { surveyAtLeast: n >= MIN_GROUP_SIZE ? n : null, sessions: sessionsHeld };
};
