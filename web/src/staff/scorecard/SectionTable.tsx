import { RATINGS } from '../../../../shared/rating';
import { ACTION_STATUS_LABELS, type Action } from '../../../../shared/schemas/actions';
import type { SectionResult } from '../../../../shared/schemas/scorecard';
import type { Figures } from '../../../../shared/scoring/figures';
import { pooledInWords } from '../../../../shared/scoring/words';
import { dateText } from '../../lib/format';
import { AnswerWords, COUNT_HEADINGS, FigureStatus, ScoreCell, TrendMark } from './figures';
import { TableScroll } from './TableScroll';

/** "Started, due 31 March 2027": an action's status and due date, as the tables show it. */
export const actionMark = (a: Pick<Action, 'status' | 'due'>) =>
  `${ACTION_STATUS_LABELS[a.status]}${a.due ? `, due ${dateText(`${a.due}T12:00:00Z`)}` : ''}`;

/** Yes, Sometimes, No, Don't know and n; empty where the figures read SUPPRESSED_LABEL (the score cell says so). */
export const Counts = ({ f }: { f: Figures }) => (
  <>
    {RATINGS.map((r) => (
      <td role="cell" key={r} class="count" data-label={COUNT_HEADINGS[r]}>
        {f.suppressed ? '' : f.counts[r]}
      </td>
    ))}
    <td role="cell" class="count n" data-label="n">
      {f.suppressed ? '' : f.n}
    </td>
  </>
);

/**
 * One section: its one-line reading, then each promise's n, score (95% interval), status and change.
 * On a phone or a small tablet each row reads as a card (board.css, `table.reflow`); the explicit roles keep
 * it a table for screen readers once CSS no longer lays it out as one.
 */
export const SectionTable = ({
  section,
  promiseHref,
  previousRound,
}: {
  section: SectionResult;
  promiseHref: (promiseId: string) => string;
  previousRound: string | null;
}) => {
  const since = previousRound ? `Since ${previousRound}` : 'Change';
  return (
    <section class="board-section" aria-labelledby={`sec-${section.sectionId}`}>
      <h2 id={`sec-${section.sectionId}`}>{section.title}</h2>
      <p class="reading">{section.reading}</p>
      <TableScroll label={`${section.title}: promises`}>
        <table class="scorecard reflow" role="table">
          <caption class="visually-hidden">{section.title}: promises</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Promise
              </th>
              {RATINGS.map((r) => (
                <th role="columnheader" scope="col" key={r} class="count">
                  {COUNT_HEADINGS[r]}
                </th>
              ))}
              <th role="columnheader" scope="col" class="count n">
                <abbr title="Answers of Yes, Sometimes or No">n</abbr>
              </th>
              <th role="columnheader" scope="col">
                Score (95% interval)
              </th>
              <th role="columnheader" scope="col">
                Status
              </th>
              <th role="columnheader" scope="col">
                {since}
              </th>
              <th role="columnheader" scope="col" class="count-col">
                Comments
              </th>
              <th role="columnheader" scope="col" class="actions-cell">
                Actions
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {section.promises.map((p) => (
              <tr role="row" key={p.promiseId}>
                <th role="rowheader" scope="row">
                  <a href={promiseHref(p.promiseId)}>{p.text}</a>
                  <AnswerWords f={p.figures} />
                </th>
                <Counts f={p.figures} />
                <td role="cell" class="score-cell" data-label="Score">
                  <ScoreCell f={p.figures} />
                </td>
                <td role="cell" class="status-cell">
                  {p.figures.suppressed ? '' : <FigureStatus f={p.figures} />}
                </td>
                <td role="cell" class="trend-cell" data-label={since}>
                  <TrendMark trend={p.trend} comparable={p.comparable} />
                </td>
                <td role="cell" class="count-col" data-label="Comments">
                  {p.comments.length || ''}
                </td>
                <td role="cell" class="actions-cell" data-label="Actions">
                  {p.actions.length > 0 && (
                    <ul class="action-marks">
                      {p.actions.map((a) => (
                        <li key={a.actionId}>{actionMark(a)}</li>
                      ))}
                    </ul>
                  )}
                  {p.actions.length === 0 && !p.figures.suppressed && p.figures.status === 'red' && (
                    <span class="no-action">no action yet</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row">
              <th role="rowheader" scope="row">
                Whole section{' '}
                <span class="muted pooled-words">
                  {section.figures.suppressed ? '(all its answers)' : `(${pooledInWords(section.figures)})`}
                </span>
              </th>
              <Counts f={section.figures} />
              <td role="cell" class="score-cell" data-label="Score">
                <ScoreCell f={section.figures} />
              </td>
              <td role="cell" class="status-cell">
                {section.figures.suppressed ? '' : <FigureStatus f={section.figures} />}
              </td>
              <td role="cell" class="trend-cell" data-label={since}>
                <TrendMark trend={section.trend} />
              </td>
              <td role="cell" class="count-col" />
              <td role="cell" class="actions-cell" />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
};
