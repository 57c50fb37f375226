import { MAX_SHOWN_COMMENTS_PER_ROUND } from '../../../shared/limits';
import type { StaffClaims } from '../../../shared/roles';
import type { BoardComment } from '../../../shared/schemas/moderation';
import type { Round } from '../../../shared/schemas/round';
import type { AnswerSource, History, Scorecard } from '../../../shared/schemas/scorecard';
import { promiseSeries, type RoundData, themeSeries } from '../../../shared/scoring/history';
import { confirmedParts, isFinal, type RoundCounts, releasedTotals } from '../../../shared/scoring/release';
import { buildScorecard } from '../../../shared/scoring/scorecard';
import { themeLabel } from '../../../shared/themes';
import type { StoredComment } from '../../store/board-store';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';
import { recordAudit } from './audit';
import { benchmarkToday, refreshThemeSummary } from './benchmark';
import { confirmedSessions } from './sessions';
import { roundOfCouncil } from './tenancy';

const opensBefore = (a: Round, b: Round) => a.opensAt < b.opensAt || (a.opensAt === b.opensAt && a.roundId < b.roundId);

/**
 * The round asked for, the council's FINAL rounds before it (oldest first) and the last of them: trends and history
 * never draw on a round whose figures are not released, so no earlier figure can move either.
 */
export const roundsUpTo = async (deps: AppDeps, councilId: string, roundId: string) => {
  const all = await deps.store.rounds.listForCouncil(councilId);
  // A round opened seconds ago may not be in the (briefly cached) list yet.
  const round = all.find((r) => r.roundId === roundId) ?? (await roundOfCouncil(deps, councilId, roundId));
  const now = deps.now();
  const earlier = all
    .filter((r) => opensBefore(r, round) && isFinal(r, now))
    .sort((a, b) => (opensBefore(a, b) ? -1 : 1));
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

/** A round's counters as the board may count them: the survey's, and each session's only as its facilitator checked it. */
export const checkedParts = async (deps: AppDeps, roundId: string): Promise<RoundCounts> => {
  const [counts, confirmed] = await Promise.all([
    deps.store.aggregates.readParts(roundId),
    confirmedSessions(deps, roundId),
  ]);
  return confirmedParts(counts, confirmed);
};

/** Who read a figure, for the audit log: a board member's read is recorded like any export. */
export interface Reader {
  staff: StaffClaims;
  /** Which view was read (the page or the printed report), kept in the entry's details. */
  view: string;
}

/**
 * A round's scorecard. Every read is of a fixed size, whatever the number of responses: the round's and
 * the previous final round's counter items, the round's approved comments (a moderator's work, not a count of
 * answers), its actions, its sessions and the day's benchmark release. Figures are released by the rule in
 * shared/scoring/release.ts: progress in steps of 5 while answers may still arrive, everything once final.
 */
export const scorecardFor = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
  reader?: Reader,
  answers: AnswerSource = 'all',
): Promise<Scorecard> => {
  const { round, previous } = await roundsUpTo(deps, councilId, roundId);
  const final = isFinal(round, deps.now());
  const [council, pledge, counts, before, comments, actions, sessions, summaries, figures] = await Promise.all([
    deps.store.councils.get(councilId),
    pledgeOf(deps, round),
    checkedParts(deps, roundId),
    previous ? Promise.all([pledgeOf(deps, previous), checkedParts(deps, previous.roundId)]) : null,
    final ? deps.store.comments.shown(councilId, roundId, MAX_SHOWN_COMMENTS_PER_ROUND) : [],
    deps.store.actions.list(councilId, roundId),
    deps.store.sessions.listForCouncil(councilId),
    final ? benchmarkToday(deps) : [],
    final ? deps.store.cohortFigures.get(roundId) : null,
  ]);
  if (!council) throw notFound('There is no such council');
  const card = buildScorecard({
    council,
    round,
    pledge,
    counts,
    sessionsHeld: sessions.filter((s) => s.roundId === roundId).length,
    previous: previous && before ? { round: previous, pledge: before[0], counts: before[1] } : null,
    comments: comments.map(boardCommentOf),
    actions,
    summaries,
    now: deps.now(),
    answers,
    cohortFigures: figures?.population ?? null,
  });
  // The read's audit entry and the benchmark's theme summary are written side by side: neither waits on the other.
  await Promise.all([
    reader
      ? recordAudit(deps, reader.staff, {
          councilId,
          action: 'scorecard.read',
          target: roundId,
          details: { view: reader.view, released: card.release.phase, answers },
        })
      : null,
    // Other councils are compared on all their answers, so only that view refreshes the benchmark.
    final && answers === 'all' ? refreshThemeSummary(deps, council, round, counts, card.themes) : null,
  ]);
  return card;
};

/** Every final round of the council up to this one, per promise (of this round's pledge) and per theme. */
export const historyFor = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
  reader?: Reader,
): Promise<History> => {
  const { round, earlier } = await roundsUpTo(deps, councilId, roundId);
  const shownRounds = isFinal(round, deps.now()) ? [...earlier, round] : earlier;
  const [council, rounds, current] = await Promise.all([
    deps.store.councils.get(councilId),
    Promise.all(
      shownRounds.map(async (r): Promise<RoundData> => {
        const [pledge, counts] = await Promise.all([pledgeOf(deps, r), checkedParts(deps, r.roundId)]);
        const ids = pledge.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
        return {
          round: r,
          pledge,
          counts: releasedTotals(counts, ids),
          ...(r.thresholds ? { thresholds: r.thresholds } : {}),
        };
      }),
    ),
    pledgeOf(deps, round),
  ]);
  if (!council) throw notFound('There is no such council');
  if (reader) {
    await recordAudit(deps, reader.staff, {
      councilId,
      action: 'scorecard.read-history',
      target: roundId,
      details: { view: reader.view },
    });
  }
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
