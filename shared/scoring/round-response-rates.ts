/**
 * A final round's response rates for the board, from the same counters as "Who answered": the survey's responses
 * by care status and age group together, and phones in live sessions (which are asked neither, so they count as
 * "did not say"); hands never. docs/methods.md, "Response rates against the council's own figures".
 */
import { MIN_GROUP_SIZE } from '../limits';
import type { CohortPopulation, RoundResponseRates } from '../schemas/cohort-figures';
import { type People, type RoundCounts, youngPeopleHeardFrom } from './release';
import { COHORT_GROUPS, type CohortGroup, responseRates } from './response-rate';
import { totalResponses } from './tally';

export const NO_FIGURES_LINE = "Response rates need the council's figures of young people" as const;
export const RATES_NOT_SHOWN =
  'Response rates are not shown for this round: so few young people answered in one of the ways counted that the rates could tell who they were.' as const;

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
  return { state: 'shown', rates: responseRates(population, heardIn, surveyNotSaid + phones) };
};
