/**
 * The council's own figures of young people who could answer a round (the children in its care and the care
 * leavers it supports, by age group, as it reports them to the DfE), for the board's response rates.
 */
import { MIN_GROUP_SIZE } from '../../../shared/limits';
import type { StaffClaims } from '../../../shared/roles';
import type { CohortFigures, CohortPopulation } from '../../../shared/schemas/cohort-figures';
import { inStepsOfFive } from '../../../shared/scoring/release';
import { COHORT_GROUPS, GROUP_NAMES } from '../../../shared/scoring/response-rate';
import type { AppDeps } from '../deps';
import { badRequest } from '../http-error';
import { recordAudit } from './audit';
import { roundOfCouncil } from './tenancy';

/** A round's figures, or null while none are entered. */
export const cohortFiguresOf = async (deps: AppDeps, councilId: string, roundId: string) => {
  await roundOfCouncil(deps, councilId, roundId);
  return deps.store.cohortFigures.get(roundId);
};

/**
 * Saves a round's figures. A group cannot have fewer young people than have already answered from it; what has
 * answered is read in steps of 5 (as staff see progress), so the check never tells anyone a count of 1 to 4.
 */
export const saveCohortFigures = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
  staff: StaffClaims,
  population: CohortPopulation,
): Promise<CohortFigures> => {
  const round = await roundOfCouncil(deps, councilId, roundId);
  const tally = await deps.store.aggregates.read(roundId);
  const tooFew = COHORT_GROUPS.flatMap((g) => {
    const atLeast = inStepsOfFive(tally.responses.byCohort[g] ?? 0);
    return atLeast >= MIN_GROUP_SIZE && population[g] < atLeast
      ? [
          {
            path: `population.${g}`,
            message: `${GROUP_NAMES[g]}: at least ${atLeast} young people from this group have already answered "${round.name}", so there must be at least ${atLeast}. Check the figure you used`,
          },
        ]
      : [];
  });
  if (tooFew.length > 0) throw badRequest(`Nothing was saved. ${tooFew.map((t) => t.message).join('. ')}.`, tooFew);
  const figures: CohortFigures = { councilId, roundId, population, updatedAt: deps.now().toISOString() };
  await deps.store.cohortFigures.put(figures);
  await recordAudit(deps, staff, {
    councilId,
    action: 'round.cohort-figures',
    target: roundId,
    details: Object.fromEntries(COHORT_GROUPS.map((g) => [g, population[g]])),
  });
  return figures;
};
