import type { emptyCounts } from '../rating';
import type { Action } from '../schemas/actions';
import type { CohortPopulation } from '../schemas/cohort-figures';
import type { Council, Thresholds } from '../schemas/council';
import type { BoardComment, CommentSource } from '../schemas/moderation';
import type { PledgeVersion } from '../schemas/pledge';
import type { Round } from '../schemas/round';
import type { AnswerSource, Figures as FiguresResult, Scorecard } from '../schemas/scorecard';
import { themeLabel } from '../themes';
import { breakdownOf, hiddenBreakdown, hiddenResponded, respondedBreakdownOf } from './breakdown';
import { figuresOf, NOT_RELEASED, SUPPRESSED } from './figures';
import { overviewOf } from './overview';
import { pooledInterval } from './pooled';
import { sectionReading } from './reading';
import {
  finalAt,
  type PromiseRelease,
  peopleOf,
  progressOf,
  type RoundCounts,
  releasedTotals,
  releasePhaseOf,
  releasePromise,
} from './release';
import { roundResponseRates } from './round-response-rates';
import { pooledCounts } from './score';
import {
  benchmarkOf,
  type CountsByPromise,
  promisesByTheme,
  rollupOf,
  shownCounts,
  type ThemeSummary,
  themeRollups,
} from './themes';
import { trendViewOf } from './trend';

export type { CountsByPromise };

export interface ScorecardInput {
  council: Council;
  round: Round;
  pledge: PledgeVersion;
  /** The round's counters: the survey's and each live session's, apart. */
  counts: RoundCounts;
  /** Live sessions held in the round (progress while it is not final). */
  sessionsHeld: number;
  /** The council's last FINAL round before this one, for trends; a promise is matched by its id across versions. */
  previous: {
    round: Pick<Round, 'roundId' | 'name' | 'thresholds'>;
    pledge: Pick<PledgeVersion, 'sections'>;
    counts: RoundCounts;
  } | null;
  /** Approved and redacted comments of the round, oldest first, with the promise each is about. */
  comments: readonly (BoardComment & { promiseId?: string })[];
  actions: readonly Action[];
  /** Today's release of the benchmark: other live councils' theme summaries (this council's own is left out). */
  summaries: readonly ThemeSummary[];
  now: Date;
  /** Which answers to count (all by default). */
  answers?: AnswerSource;
  /** The council's figures of young people who could answer the round, for response rates; null while none. */
  cohortFigures?: CohortPopulation | null;
}

/** A round's parts as counted for `answers`: with "survey", the sessions are left out entirely. */
export const countsFrom = (counts: RoundCounts, answers: AnswerSource): RoundCounts =>
  answers === 'survey' ? { survey: counts.survey, sessions: new Map() } : counts;

/** The limits a round is scored with: those kept on it when it opened, or the council's for a round from before. */
export const limitsOf = (round: Pick<Round, 'thresholds'>, council: Pick<Council, 'thresholds'>): Thresholds =>
  round.thresholds ?? council.thresholds;

const figuresOrHidden = (c: ReturnType<typeof emptyCounts> | null, thresholds: Thresholds): FiguresResult =>
  c ? figuresOf(c, thresholds) : SUPPRESSED;

/** A comment is shown only beside shown figures of the part it came from, so it never stands for a small group. */
const partOfComment = (source: CommentSource): 'survey' | 'sessions' => (source === 'survey' ? 'survey' : 'sessions');

/**
 * Builds a round's scorecard from its counters: pure, so the same rules hold in every caller. Until the round is
 * final (LATE_ANSWER_DAYS after its close) no figure, cohort or comment of it is shown, only progress in steps of 5;
 * then every figure is shown with each of its parts (the survey, every session) protected (shared/scoring/release.ts).
 */
export const buildScorecard = (input: ScorecardInput): Scorecard => {
  const { council, round, pledge, now } = input;
  const answers = input.answers ?? 'all';
  const counts = countsFrom(input.counts, answers);
  const previous = input.previous && { ...input.previous, counts: countsFrom(input.previous.counts, answers) };
  const phase = releasePhaseOf(round, now);
  const final = phase === 'final';
  const thresholds = limitsOf(round, council);
  const previousLimits = previous ? limitsOf(previous.round, council) : null;
  const ids = pledge.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
  const totals: CountsByPromise = final ? releasedTotals(counts, ids) : new Map();
  const before: CountsByPromise = previous
    ? releasedTotals(
        previous.counts,
        previous.pledge.sections.flatMap((s) => s.promises.map((p) => p.promiseId)),
      )
    : new Map();
  const people = final ? peopleOf(counts) : null;
  const previousIds = new Set(previous?.pledge.sections.flatMap((s) => s.promises.map((p) => p.promiseId)) ?? []);
  /** A trend compares like with like: false where there is a previous round but this promise was not in its pledge. */
  const comparableTo = (promiseIds: readonly string[], before: readonly string[] | undefined) =>
    previous === null ||
    (before !== undefined && before.length === promiseIds.length && promiseIds.every((id) => before.includes(id)));

  const commentsOf = new Map<string, (BoardComment & { promiseId?: string })[]>();
  for (const c of input.comments) {
    const key = c.promiseId ?? '';
    commentsOf.set(key, [...(commentsOf.get(key) ?? []), c]);
  }
  const strip = ({ promiseId: _, ...c }: BoardComment & { promiseId?: string }): BoardComment => c;
  const actionsOf = new Map<string, Action[]>();
  for (const a of input.actions) actionsOf.set(a.promiseId, [...(actionsOf.get(a.promiseId) ?? []), a]);

  const sections = pledge.sections.map((section) => {
    const sectionIds = section.promises.map((p) => p.promiseId);
    const promises = section.promises.map((p) => {
      const rel: PromiseRelease | null = final ? releasePromise(counts, p.promiseId) : null;
      const figures = rel ? figuresOrHidden(rel.total, thresholds) : NOT_RELEASED;
      const parts = rel
        ? { survey: figuresOrHidden(rel.survey, thresholds), sessions: figuresOrHidden(rel.sessions, thresholds) }
        : { survey: NOT_RELEASED, sessions: NOT_RELEASED };
      return {
        promiseId: p.promiseId,
        text: p.text,
        themes: p.themes,
        figures,
        parts,
        trend: rel?.total ? trendViewOf(before.get(p.promiseId), rel.total) : null,
        comparable: previous === null || previousIds.has(p.promiseId),
        breakdown: rel?.surveyTally
          ? breakdownOf(rel.surveyTally, thresholds)
          : hiddenBreakdown(final ? SUPPRESSED : NOT_RELEASED),
        comments: figures.suppressed
          ? []
          : (commentsOf.get(p.promiseId) ?? []).filter((c) => !parts[partOfComment(c.source)].suppressed).map(strip),
        actions: actionsOf.get(p.promiseId) ?? [],
      };
    });
    const rollup = rollupOf(sectionIds, totals, thresholds);
    const figures = final ? rollup.figures : NOT_RELEASED;
    // Like for like: the previous round pooled over the same promises (by id).
    const shownBefore = shownCounts(sectionIds, before);
    const trend =
      previous && !figures.suppressed
        ? trendViewOf(pooledCounts(shownBefore), rollup.counts, {
            previous: pooledInterval(shownBefore),
            current: rollup.interval,
          })
        : null;
    return {
      sectionId: section.sectionId,
      title: section.title,
      figures,
      trend,
      reading: final
        ? sectionReading({ figures, trend, promises }, previous?.round.name ?? null)
        : 'The figures of this round are not released yet.',
      promises,
    };
  });

  const previousThemes = new Map(
    previous ? themeRollups(previous.pledge, before, thresholds).map((t) => [t.themeId, t]) : [],
  );
  const themeIdsBefore = previous ? promisesByTheme(previous.pledge) : new Map<string, string[]>();
  const themeIdsNow = promisesByTheme(pledge);
  const themes = themeRollups(pledge, totals, thresholds).map((t) => {
    const figures = final ? t.figures : NOT_RELEASED;
    // A theme pools its promises: a trend is drawn only when it pools the same promises in both rounds.
    const comparable = comparableTo(themeIdsNow.get(t.themeId) ?? [], themeIdsBefore.get(t.themeId));
    return {
      themeId: t.themeId,
      label: themeLabel(t.themeId),
      figures,
      comparable,
      trend:
        figures.suppressed || !comparable
          ? null
          : ((then) =>
              then ? trendViewOf(then.counts, t.counts, { previous: then.interval, current: t.interval }) : null)(
              previousThemes.get(t.themeId),
            ),
      benchmark: figures.suppressed ? null : benchmarkOf(t.themeId, council.councilId, input.summaries, now),
    };
  });

  const surveyShown = people !== null && typeof people.survey === 'number' && people.survey > 0;
  const sessionsShown = people !== null && typeof people.phones === 'number' && typeof people.hands === 'number';
  const generalComments = (commentsOf.get('') ?? [])
    .filter((c) => (partOfComment(c.source) === 'survey' ? surveyShown : sessionsShown))
    .map(strip);

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
    limitsChanged:
      previous &&
      previousLimits &&
      (previousLimits.green !== thresholds.green || previousLimits.amber !== thresholds.amber)
        ? { since: previous.round.name, from: { green: previousLimits.green, amber: previousLimits.amber } }
        : null,
    release: { phase, finalAt: finalAt(round), progress: progressOf(counts, input.sessionsHeld) },
    answers,
    people,
    responseRates: roundResponseRates(counts, people, input.cohortFigures),
    responded: final
      ? typeof people?.survey === 'number'
        ? respondedBreakdownOf(counts.survey.responses)
        : hiddenResponded()
      : null,
    overview: overviewOf(sections.flatMap((s) => s.promises)),
    sections,
    themes,
    generalComments: final ? generalComments : [],
  };
};
