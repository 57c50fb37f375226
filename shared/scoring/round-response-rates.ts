/**
 * A final round's response rates for the board, from the same counters as "Who answered": the survey's responses
 * by care status and age group together, and phones in live sessions (which are asked neither, so they count as
 * "did not say"); hands never. docs/methods.md, "Response rates against the council's own figures".
 */
import { MIN_GROUP_SIZE } from '../limits';
import type { CohortPopulation, RoundResponseRates } from '../schemas/cohort-figures';
import { type People, type RoundCounts, youngPeopleHeardFrom } from './release';
import { COHORT_GROUPS, type CohortGroup, HIDDEN_LABEL, type ResponseRates, responseRates } from './response-rate';
import { type Breakdown, totalResponses } from './tally';

export const NO_FIGURES_LINE = "Response rates need the council's figures of young people" as const;
export const RATES_NOT_SHOWN =
  'Response rates are not shown for this round: so few young people answered in one of the ways counted that the rates could tell who they were.' as const;

export const GROUPS_HIDDEN =
  'Rates by group are not shown for this round: with the figures of who answered by age and by care above, one of them would tell how many are in a group too small to show.' as const;

/**
 * The page also shows the survey's responses by age and by care status alone. Each of those less the groups it
 * holds here is a count of young people too (say, children of 8 to 13 who did not say whether in care); if any of
 * these differences is 1 to 4, or any group here is hidden, showing the groups would let a reader work a small
 * count out, so only the overall rate is shown.
 */
export const groupsAreSafe = (responses: Breakdown<number>, heardIn: Record<CohortGroup, number>): boolean => {
  const small = (n: number) => n > 0 && n < MIN_GROUP_SIZE;
  if (COHORT_GROUPS.some((g) => small(heardIn[g]))) return false;
  const differences = [
    responses.byCare['in-care'] - heardIn['in-care:8-13'] - heardIn['in-care:14-17'],
    responses.byCare['care-leaver'] - heardIn['care-leaver:14-17'] - heardIn['care-leaver:18-25'],
    responses.byAge['8-13'] - heardIn['in-care:8-13'],
    responses.byAge['14-17'] - heardIn['in-care:14-17'] - heardIn['care-leaver:14-17'],
    responses.byAge['18-25'] - heardIn['care-leaver:18-25'],
  ];
  return !differences.some(small);
};

/** The overall rate alone: every group, and those who did not say, hidden. */
const overallOnly = (rates: ResponseRates): ResponseRates => ({
  ...rates,
  groups: rates.groups.map((g) => ({ ...g, heard: HIDDEN_LABEL, rate: null, low: false })),
  notSaid: HIDDEN_LABEL,
  sentences: [],
  groupsHidden: GROUPS_HIDDEN,
});

/** Null until the round is final (`people` is null then). */
export const roundResponseRates = (
  counts: RoundCounts,
  people: People | null,
  population: CohortPopulation | null | undefined,
): RoundResponseRates | null => {
  if (!people) return null;
  if (!population) return { state: 'no-figures' };
  if (typeof people.youngPeople !== 'number') return { state: 'not-shown', reason: RATES_NOT_SHOWN };
  const heardIn = Object.fromEntries(COHORT_GROUPS.map((g) => [g, counts.survey.responses.byCohort[g] ?? 0])) as Record<
    CohortGroup,
    number
  >;
  const survey = totalResponses(counts.survey);
  const surveyNotSaid = survey - COHORT_GROUPS.reduce((a, g) => a + heardIn[g], 0);
  const phones = youngPeopleHeardFrom(counts) - survey;
  // The phones are shown on the same page: "did not say" less them must not give away 1 to 4 in the survey.
  if (phones > 0 && surveyNotSaid > 0 && surveyNotSaid < MIN_GROUP_SIZE)
    return { state: 'not-shown', reason: RATES_NOT_SHOWN };
  const rates = responseRates(population, heardIn, surveyNotSaid + phones);
  return { state: 'shown', rates: groupsAreSafe(counts.survey.responses, heardIn) ? rates : overallOnly(rates) };
};
