import { MAX_SHOWN_COMMENTS_PER_ROUND } from '../../../shared/limits';
import type { BoardComment } from '../../../shared/schemas/moderation';
import type { Round } from '../../../shared/schemas/round';
import type { History, Scorecard } from '../../../shared/schemas/scorecard';
import { promiseSeries, type RoundData, themeSeries } from '../../../shared/scoring/history';
import { buildScorecard } from '../../../shared/scoring/scorecard';
import { totalsByPromise } from '../../../shared/scoring/tally';
import { themeLabel } from '../../../shared/themes';
import type { StoredComment } from '../../store/board-store';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';
import { refreshThemeSummary } from './benchmark';
import { roundOfCouncil } from './tenancy';

const opensBefore = (a: Round, b: Round) => a.opensAt < b.opensAt || (a.opensAt === b.opensAt && a.roundId < b.roundId);

/** The round asked for, the council's rounds up to it (oldest first) and the one just before it. */
export const roundsUpTo = async (deps: AppDeps, councilId: string, roundId: string) => {
  const all = await deps.store.rounds.listForCouncil(councilId);
  // A round opened seconds ago may not be in the (briefly cached) list yet.
  const round = all.find((r) => r.roundId === roundId) ?? (await roundOfCouncil(deps, councilId, roundId));
  const earlier = all.filter((r) => opensBefore(r, round)).sort((a, b) => (opensBefore(a, b) ? -1 : 1));
  return { round, earlier, previous: earlier.at(-1) ?? null, all };
};

export const boardCommentOf = (c: StoredComment): BoardComment & { promiseId?: string } => ({
  commentId: c.commentId,
  ...(c.promiseId ? { promiseId: c.promiseId } : {}),
  text: c.status === 'redacted' ? (c.shownText ?? '') : c.text,
  redacted: c.status === 'redacted',
  source: c.source,
  receivedOn: c.receivedOn,
});

const pledgeOf = async (deps: AppDeps, round: Round) => {
  const pledge = await deps.store.pledges.get(round.councilId, round.pledgeId, round.pledgeVersion);
  if (!pledge) throw notFound(`The round "${round.name}" has no pledge`);
  return pledge;
};

/**
 * A round's scorecard. Every read is of a fixed size, whatever the number of responses: the round's and
 * the previous round's counter items, the round's approved comments (a moderator's work, not a count of
 * answers), its actions and one small item per council for the benchmark.
 */
export const scorecardFor = async (deps: AppDeps, councilId: string, roundId: string): Promise<Scorecard> => {
  const { round, previous, all } = await roundsUpTo(deps, councilId, roundId);
  const [council, pledge, tally, before, comments, actions, summaries] = await Promise.all([
    deps.store.councils.get(councilId),
    pledgeOf(deps, round),
    deps.store.aggregates.read(roundId),
    previous ? Promise.all([pledgeOf(deps, previous), deps.store.aggregates.read(previous.roundId)]) : null,
    deps.store.comments.shown(councilId, roundId, MAX_SHOWN_COMMENTS_PER_ROUND),
    deps.store.actions.list(councilId, roundId),
    deps.store.benchmark.all(),
  ]);
  if (!council) throw notFound('There is no such council');
  const card = buildScorecard({
    council,
    round,
    pledge,
    tally,
    previous: previous && before ? { round: previous, pledge: before[0], tally: before[1] } : null,
    comments: comments.map(boardCommentOf),
    actions,
    summaries,
    now: deps.now(),
  });
  await refreshThemeSummary(deps, council.councilId, round, card.themes, summaries, all);
  return card;
};

/** Every round of the council up to this one, per promise (of this round's pledge) and per theme. */
export const historyFor = async (deps: AppDeps, councilId: string, roundId: string): Promise<History> => {
  const { round, earlier } = await roundsUpTo(deps, councilId, roundId);
  const [council, rounds] = await Promise.all([
    deps.store.councils.get(councilId),
    Promise.all(
      [...earlier, round].map(async (r): Promise<RoundData> => {
        const [pledge, tally] = await Promise.all([pledgeOf(deps, r), deps.store.aggregates.read(r.roundId)]);
        return { round: r, pledge, counts: totalsByPromise(tally) };
      }),
    ),
  ]);
  if (!council) throw notFound('There is no such council');
  const current = rounds.at(-1)!.pledge;
  return {
    rounds: rounds.map(({ round: r }) => ({ roundId: r.roundId, name: r.name, opensAt: r.opensAt })),
    promises: current.sections.flatMap((s) =>
      s.promises.map((p) => ({
        promiseId: p.promiseId,
        text: p.text,
        sectionTitle: s.title,
        points: promiseSeries(rounds, p.promiseId, council.thresholds),
      })),
    ),
    themes: [...themeSeries(rounds, council.thresholds)].map(([themeId, points]) => ({
      themeId,
      label: themeLabel(themeId),
      points,
    })),
  };
};
