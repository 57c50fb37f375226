import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import { RATINGS } from '../../../../shared/rating';
import { ACTION_PUBLISHERS } from '../../../../shared/roles';
import type { History } from '../../../../shared/schemas/scorecard';
import { MIN_TREND_ROUNDS } from '../../../../shared/scoring/history';
import { answersInWords, statusInWords } from '../../../../shared/scoring/words';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { ActionsPanel } from './ActionsPanel';
import { BoardNav } from './BoardNav';
import { BreakdownTable } from './BreakdownTable';
import { answersQuery } from './board-api';
import { CommentList } from './CommentList';
import { AGE_LABELS, CARE_LABELS, COUNT_HEADINGS, FigureStatus, PART_LABELS, ScoreCell, TrendMark } from './figures';
import { ReleaseNotice } from './ReleaseNotice';
import { Counts } from './SectionTable';
import { TableScroll } from './TableScroll';
import { TrendChart } from './TrendChart';
import { useBoard } from './use-board';
import './board.css';
import { STAFF_PAGES, staffHref } from '../staff-paths';

/** One promise: this round's figures, its trend over every round (chart and table), who feels differently, what young people said and what is being done. */
export const PromisePage = () => {
  const { params } = useRoute();
  const promiseId = params.promiseId ?? '';
  const { me, api, rounds, card, roundId, answers, reload, error } = useBoard(params.roundId);
  const [history, setHistory] = useState<History | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  useEffect(() => {
    if (api && roundId)
      api
        .history(roundId)
        .then(setHistory)
        .catch((e: ApiFailure) => setHistoryError(e.message));
  }, [api !== null, roundId]);

  const section = card?.sections.find((s) => s.promises.some((p) => p.promiseId === promiseId));
  const p = section?.promises.find((x) => x.promiseId === promiseId);
  const series = history?.promises.find((x) => x.promiseId === promiseId);
  const names = new Map(history?.rounds.map((r) => [r.roundId, r.name]));

  return (
    <StaffLayout title={p ? p.text : 'Promise'} who={me?.email}>
      {(error || historyError) && (
        <p class="error" role="alert">
          {error ?? historyError}
        </p>
      )}
      {!card && !error && <p role="status">Loading…</p>}
      {card && !p && (
        <p class="error" role="alert">
          This promise is not in the round’s pledge.
        </p>
      )}
      {card && section && p && api && roundId && (
        <>
          <p>
            <a href={`${staffHref(STAFF_PAGES.roundScorecard, { roundId })}${answersQuery(answers)}`}>
              ← {card.round.name}: all promises
            </a>
          </p>
          <h1>
            {p.text}
            <span class="subtitle">
              {section.title} · {card.round.name}
            </span>
          </h1>
          <BoardNav rounds={rounds} roundId={roundId} view="overview" />
          <ReleaseNotice card={card} />

          <section aria-labelledby="this-round">
            <h2 id="this-round">This round</h2>
            {!p.figures.suppressed && (
              <p class="lead-words" data-testid="promise-words">
                <strong>{statusInWords(p.figures)}:</strong> {answersInWords(p.figures)}.
              </p>
            )}
            <TableScroll label={`Answers to this promise in ${card.round.name}`}>
              <table class="scorecard reflow" role="table">
                <caption class="visually-hidden">Answers to this promise in {card.round.name}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th role="columnheader" scope="col">
                      Round
                    </th>
                    {RATINGS.map((r) => (
                      <th role="columnheader" scope="col" key={r}>
                        {COUNT_HEADINGS[r]}
                      </th>
                    ))}
                    <th role="columnheader" scope="col">
                      <abbr title="Answers of Yes, Sometimes or No">n</abbr>
                    </th>
                    <th role="columnheader" scope="col">
                      Score (95% interval)
                    </th>
                    <th role="columnheader" scope="col">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  <tr role="row">
                    <th role="rowheader" scope="row">
                      {card.round.name}
                    </th>
                    {p.figures.suppressed ? (
                      <td role="cell" colSpan={RATINGS.length + 3} class="suppressed">
                        {p.figures.label === SUPPRESSED_LABEL ? `${SUPPRESSED_LABEL} answered` : p.figures.label}
                      </td>
                    ) : (
                      <>
                        <Counts f={p.figures} />
                        <td role="cell" class="score-cell" data-label="Score">
                          <ScoreCell f={p.figures} />
                        </td>
                        <td role="cell" class="status-cell">
                          <FigureStatus f={p.figures} />
                        </td>
                      </>
                    )}
                  </tr>
                </tbody>
              </table>
            </TableScroll>
            <p>
              Since {card.previousRound?.name ?? 'the previous round'}:{' '}
              <TrendMark trend={p.trend} comparable={p.comparable} />
            </p>
          </section>

          <section aria-labelledby="over-rounds">
            <h2 id="over-rounds">Over every round</h2>
            {!series ? (
              <p role="status">Loading the trend…</p>
            ) : (history?.rounds.length ?? 0) < MIN_TREND_ROUNDS ? (
              <p>The chart shows once there are {MIN_TREND_ROUNDS} rounds with final figures.</p>
            ) : (
              <TrendChart
                title={p.text}
                thresholds={card.thresholds}
                points={series.points.map((pt) => ({
                  roundName: names.get(pt.roundId) ?? pt.roundId,
                  figures: pt.figures,
                }))}
              />
            )}
          </section>

          <section aria-labelledby="parts">
            <h2 id="parts">Survey and live sessions apart</h2>
            <BreakdownTable title="Where the answers came from" cells={p.parts} labels={PART_LABELS} />
          </section>

          <section aria-labelledby="groups">
            <h2 id="groups">Do some groups feel differently?</h2>
            <div class="breakdowns">
              <BreakdownTable title="By age group" cells={p.breakdown.byAge} labels={AGE_LABELS} />
              <BreakdownTable title="In care or care leaver" cells={p.breakdown.byCare} labels={CARE_LABELS} />
            </div>
            <p class="muted">Age group and care status are asked only in the survey.</p>
          </section>

          <section aria-labelledby="said">
            <h2 id="said">What young people said</h2>
            {card.release.phase !== 'final' ? (
              <p>Comments are shown with the figures, once they are released.</p>
            ) : p.figures.suppressed ? (
              <p>Comments are shown once 5 or more young people have rated this promise.</p>
            ) : p.comments.length === 0 ? (
              <p>No approved comments about this promise in this round.</p>
            ) : (
              <CommentList comments={p.comments} />
            )}
          </section>

          <ActionsPanel
            api={api}
            roundId={roundId}
            promiseId={p.promiseId}
            actions={p.actions}
            onChanged={reload}
            canPublish={!!me?.roles.some((r) => (ACTION_PUBLISHERS as string[]).includes(r))}
          />
        </>
      )}
    </StaffLayout>
  );
};
