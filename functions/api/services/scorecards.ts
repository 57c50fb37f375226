import type { Scorecard } from '../../../shared/schemas/scorecard';
import { buildScorecard } from '../../../shared/scoring/scorecard';
import { totalResponses, totalsByPromise } from '../../../shared/scoring/tally';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';

/** Finds a round of this council, or 404 — a round of another council is "not found", never shown. */
export const roundOfCouncil = async (deps: AppDeps, councilId: string, roundId: string) => {
  const round = await deps.store.rounds.get(roundId);
  if (!round || round.councilId !== councilId) throw notFound('There is no such round in your council');
  return round;
};

export const scorecardFor = async (deps: AppDeps, councilId: string, roundId: string): Promise<Scorecard> => {
  const round = await roundOfCouncil(deps, councilId, roundId);
  const [council, pledge, tally] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion),
    deps.store.aggregates.read(roundId),
  ]);
  if (!council || !pledge) throw notFound('This round has no pledge yet');
  return buildScorecard({ council, round, pledge, responses: totalResponses(tally), counts: totalsByPromise(tally) });
};
