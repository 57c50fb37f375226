import { emptyCounts } from '../rating';
import type { Action } from '../schemas/actions';
import type { Council } from '../schemas/council';
import type { BoardComment } from '../schemas/moderation';
import type { PledgeVersion } from '../schemas/pledge';
import type { Round } from '../schemas/round';
import type { Scorecard } from '../schemas/scorecard';
import { themeLabel } from '../themes';
import { breakdownOf, respondedBreakdownOf } from './breakdown';
import { countFigure, figuresOf } from './figures';
import { overviewOf } from './overview';
import { sectionReading } from './reading';
import { isShown, pooledCounts } from './score';
import { emptyPromiseTally, type RoundTally, totalResponses, totalsByPromise } from './tally';
import { benchmarkOf, type CountsByPromise, rollupOf, shownCounts, type ThemeSummary, themeRollups } from './themes';
import { trendViewOf } from './trend';

export type { CountsByPromise };

export interface ScorecardInput {
  council: Council;
  round: Round;
  pledge: PledgeVersion;
  /** The round's counters, summed: totals and the three breakdowns. */
  tally: RoundTally;
  /** The council's round before this one, for trends; a promise is matched by its id across versions. */
  previous: {
    round: Pick<Round, 'roundId' | 'name'>;
    pledge: Pick<PledgeVersion, 'sections'>;
    tally: RoundTally;
  } | null;
  /** Approved and redacted comments of the round, oldest first, with the promise each is about. */
  comments: readonly (BoardComment & { promiseId?: string })[];
  actions: readonly Action[];
  /** Every council's latest theme summary (this council's own is left out of its benchmark). */
  summaries: readonly ThemeSummary[];
  now: Date;
}

/** Builds a round's scorecard from its aggregates: pure, so the same rules hold in every caller. */
export const buildScorecard = (input: ScorecardInput): Scorecard => {
  const { council, round, pledge, tally, previous } = input;
  const thresholds = council.thresholds;
  const counts: CountsByPromise = totalsByPromise(tally);
  const before: CountsByPromise = previous ? totalsByPromise(previous.tally) : new Map();
  const responses = totalResponses(tally);

  const commentsOf = new Map<string, BoardComment[]>();
  const general: BoardComment[] = [];
  for (const { promiseId, ...c } of input.comments) {
    if (!promiseId) general.push(c);
    else commentsOf.set(promiseId, [...(commentsOf.get(promiseId) ?? []), c]);
  }
  const actionsOf = new Map<string, Action[]>();
  for (const a of input.actions) actionsOf.set(a.promiseId, [...(actionsOf.get(a.promiseId) ?? []), a]);

  const sections = pledge.sections.map((section) => {
    const ids = section.promises.map((p) => p.promiseId);
    const promises = section.promises.map((p) => {
      const current = counts.get(p.promiseId) ?? emptyCounts();
      const figures = figuresOf(current, thresholds);
      return {
        promiseId: p.promiseId,
        text: p.text,
        themes: p.themes,
        figures,
        trend: trendViewOf(before.get(p.promiseId), current),
        breakdown: breakdownOf(tally.promises.get(p.promiseId) ?? emptyPromiseTally(), thresholds),
        // A comment is never shown beside a group of fewer than MIN_GROUP_SIZE.
        comments: figures.suppressed ? [] : (commentsOf.get(p.promiseId) ?? []),
        actions: actionsOf.get(p.promiseId) ?? [],
      };
    });
    const rollup = rollupOf(ids, counts, thresholds);
    // Like for like: the previous round pooled over the same promises (by id).
    const trend = previous ? trendViewOf(pooledCounts(shownCounts(ids, before)), rollup.counts) : null;
    const figures = rollup.figures;
    return {
      sectionId: section.sectionId,
      title: section.title,
      figures,
      trend: figures.suppressed ? null : trend,
      reading: sectionReading(
        { figures, trend: figures.suppressed ? null : trend, promises },
        previous?.round.name ?? null,
      ),
      promises,
    };
  });

  const previousThemes = previous
    ? new Map(themeRollups(previous.pledge, before, thresholds).map((t) => [t.themeId, t.counts]))
    : new Map();
  const themes = themeRollups(pledge, counts, thresholds).map((t) => ({
    themeId: t.themeId,
    label: themeLabel(t.themeId),
    figures: t.figures,
    trend: t.figures.suppressed ? null : trendViewOf(previousThemes.get(t.themeId), t.counts),
    benchmark: t.figures.suppressed ? null : benchmarkOf(t.themeId, council.councilId, input.summaries, input.now),
  }));

  return {
    council: { councilId: council.councilId, name: council.name, slug: council.slug },
    round: {
      roundId: round.roundId,
      name: round.name,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      pledgeVersion: round.pledgeVersion,
    },
    previousRound: previous ? { roundId: previous.round.roundId, name: previous.round.name } : null,
    thresholds: { green: thresholds.green, amber: thresholds.amber },
    responses: countFigure(responses),
    responded: respondedBreakdownOf(tally.responses),
    overview: overviewOf(sections.flatMap((s) => s.promises)),
    sections,
    themes,
    generalComments: isShown(responses) ? general : [],
  };
};
