import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ACTION_STATUS_LABELS } from '../../../../shared/schemas/actions';
import type { PromiseResult, Scorecard } from '../../../../shared/schemas/scorecard';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { BoardNav } from './BoardNav';
import { answersQuery } from './board-api';
import { CommentList } from './CommentList';
import { FigureStatus } from './figures';
import { HowToRead } from './HowToRead';
import { LimitsNote } from './LimitsNote';
import { Overview } from './Overview';
import { ReleaseNotice } from './ReleaseNotice';
import { SectionTable } from './SectionTable';
import { ThemeTable } from './ThemeTable';
import { useBoard } from './use-board';
import './board.css';
import './board-print.css';
import { dateText } from '../../lib/format';
import { STAFF_PAGES, staffHref } from '../staff-paths';

const day = dateText;

/** What young people said and what is being done, for the promises of one section that have either. */
const SaidAndDone = ({ title, promises }: { title: string; promises: PromiseResult[] }) => {
  const withWords = promises.filter((p) => p.comments.length > 0 || p.actions.length > 0);
  if (withWords.length === 0) return null;
  return (
    <div class="said-and-done">
      <h3 class="said-title">{title}: what young people said and what we are doing</h3>
      {withWords.map((p) => (
        <div class="said-promise" key={p.promiseId}>
          <h4>{p.text}</h4>
          {p.comments.length > 0 && (
            <>
              <p class="said-label">What young people said</p>
              <CommentList comments={p.comments} />
            </>
          )}
          {p.actions.length > 0 && (
            <>
              <p class="said-label">You said, we did</p>
              <ul class="report-actions">
                {p.actions.map((a) => (
                  <li key={a.actionId}>
                    {a.action}{' '}
                    <span class="comment-meta">
                      ({ACTION_STATUS_LABELS[a.status]}
                      {a.owner ? `; who: ${a.owner}` : ''}
                      {a.due ? `; by ${day(`${a.due}T12:00:00Z`)}` : ''})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </div>
  );
};

/** The cover's facts: the round, its dates, when this was printed. */
const Cover = ({ card }: { card: Scorecard }) => (
  <header class="report-cover">
    <p class="report-kicker">Corporate parenting board · scorecard of the pledge</p>
    <h1>
      {card.council.name}: are we keeping our promises?
      <span class="subtitle">{card.round.name}</span>
    </h1>
    <p class="report-dates">
      Round opened {day(card.round.opensAt)}
      {card.round.closesAt
        ? `, ${card.round.closesAt < new Date().toISOString() ? 'closed' : 'closes'} ${day(card.round.closesAt)}`
        : ''}
      .
      {card.previousRound
        ? ` Changes are since ${card.previousRound.name}.`
        : ' This is the first round: there are no changes to show yet.'}{' '}
      Printed {day(new Date().toISOString())}.
    </p>
  </header>
);

/**
 * The board report: a cover summary (who answered, promises by status, most improved, least kept, each section in one line),
 * then each section on its own pages with its promises, what young people said and what is being done, then the themes.
 * Made to be printed on A4 (board-print.css); on screen it reads the same.
 */
export const ReportPage = () => {
  const { params } = useRoute();
  const { me, api, rounds, card, roundId, answers, error } = useBoard(params.roundId);
  const [csvError, setCsvError] = useState<string | null>(null);
  const promiseHref = (promiseId: string) =>
    `${staffHref(STAFF_PAGES.promise, { roundId: card?.round.roundId ?? String(roundId), promiseId })}${answersQuery(answers)}`;

  return (
    <StaffLayout title={card ? `Board report: ${card.round.name}` : 'Board report'} who={me?.email}>
      {(error || csvError) && (
        <p class="error" role="alert">
          {error ?? csvError}
        </p>
      )}
      {!card && !error && <p role="status">Loading the report…</p>}
      {card && (
        <article class="board-report" data-testid="board-report">
          <BoardNav
            rounds={rounds}
            roundId={roundId}
            view="report"
            onCsv={(kind) =>
              api && roundId && void api.downloadCsv(roundId, kind).catch((e: ApiFailure) => setCsvError(e.message))
            }
          />
          <p class="no-print">
            <button type="button" class="button" onClick={() => window.print()}>
              Print the report
            </button>{' '}
            <span class="muted">It is laid out for A4: a summary page first, then each section.</span>
          </p>
          <Cover card={card} />
          <ReleaseNotice card={card} />
          <LimitsNote card={card} />
          {card.release.phase === 'final' && <Overview card={card} />}
          <section class="readings" aria-labelledby="in-one-line">
            <h2 id="in-one-line">Each section in one line</h2>
            <table class="scorecard report-readings reflow" role="table">
              <caption class="visually-hidden">Each section: its status and a one-line reading</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">
                    Section
                  </th>
                  <th role="columnheader" scope="col">
                    Status
                  </th>
                  <th role="columnheader" scope="col">
                    Reading
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {card.sections.map((s) => (
                  <tr role="row" key={s.sectionId}>
                    <th role="rowheader" scope="row">
                      {s.title}
                    </th>
                    <td role="cell" class="status-cell">
                      {s.figures.suppressed ? (
                        <span class="suppressed">{s.figures.label}</span>
                      ) : (
                        <FigureStatus f={s.figures} />
                      )}
                    </td>
                    <td role="cell" class="trend-cell">
                      {s.reading}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div class="report-start">
            <HowToRead card={card} open />
          </div>

          {card.sections.map((s) => (
            <div class="report-section" key={s.sectionId}>
              <SectionTable section={s} promiseHref={promiseHref} previousRound={card.previousRound?.name ?? null} />
              <SaidAndDone title={s.title} promises={s.promises} />
            </div>
          ))}

          {card.themes.length > 0 && (
            <section class="report-section" aria-labelledby="report-themes">
              <h2 id="report-themes">Themes and other councils</h2>
              <ThemeTable card={card} caption="Theme scores beside the median of other councils" hideCaption />
            </section>
          )}

          {card.generalComments.length > 0 && (
            <section class="report-section" aria-labelledby="report-general">
              <h2 id="report-general">What young people said about everything</h2>
              <ul class="comments">
                {card.generalComments.map((c) => (
                  <li key={c.commentId}>
                    <blockquote>{c.text}</blockquote>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      )}
    </StaffLayout>
  );
};
