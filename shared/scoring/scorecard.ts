import type { Council } from '../schemas/council';
import type { PledgeVersion } from '../schemas/pledge';
import type { Round } from '../schemas/round';
import type { Scorecard } from '../schemas/scorecard';
import { emptyCounts, type RatingCounts } from '../rating';
import { countFigure, figuresOf } from './figures';
import { pooledCounts, respondentsAtLeast } from './score';

/** Counts per promise id, as read from the round's aggregates. */
export type CountsByPromise = ReadonlyMap<string, RatingCounts>;

/** Builds a round's scorecard from its aggregates: pure, so the same rules hold in every caller. */
export const buildScorecard = (input: {
  council: Council;
  round: Round;
  pledge: PledgeVersion;
  responses: number;
  counts: CountsByPromise;
}): Scorecard => {
  const { council, round, pledge, counts } = input;
  const thresholds = council.thresholds;
  return {
    council: { councilId: council.councilId, name: council.name, slug: council.slug },
    round: {
      roundId: round.roundId,
      name: round.name,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      pledgeVersion: round.pledgeVersion,
    },
    thresholds: { green: thresholds.green, amber: thresholds.amber },
    responses: countFigure(input.responses),
    sections: pledge.sections.map((section) => {
      const promiseCounts = section.promises.map((p) => counts.get(p.promiseId) ?? emptyCounts());
      return {
        sectionId: section.sectionId,
        title: section.title,
        figures: figuresOf(pooledCounts(promiseCounts), thresholds, respondentsAtLeast(promiseCounts)),
        promises: section.promises.map((p, i) => ({
          promiseId: p.promiseId,
          text: p.text,
          themes: p.themes,
          figures: figuresOf(promiseCounts[i] ?? emptyCounts(), thresholds),
        })),
      };
    }),
  };
};
