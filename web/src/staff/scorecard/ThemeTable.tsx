import type { Scorecard } from '../../../../shared/schemas/scorecard';
import { pooledInWords } from '../../../../shared/scoring/words';
import { FigureStatus, ScoreCell, TrendMark } from './figures';
import { TableScroll } from './TableScroll';

/** Each theme's score beside the median of the other councils (shown only once enough councils contribute). */
/** "4.2 above" / "8.9 below" / "the same": our score against the median, in points. */
const versus = (ours: number, median: number) => {
  const d = Math.round((ours - median) * 10) / 10;
  return d === 0 ? 'the same as ours' : `we are ${Math.abs(d).toFixed(1)} ${d > 0 ? 'above' : 'below'}`;
};

/** On a phone each theme reads as a card (board.css, `table.reflow`); the roles keep it a table for screen readers. */
export const ThemeTable = ({
  card,
  caption,
  hideCaption = false,
}: {
  card: Scorecard;
  caption: string;
  hideCaption?: boolean;
}) => {
  const since = card.previousRound ? `Since ${card.previousRound.name}` : 'Change';
  return (
    <TableScroll label={caption}>
      <table class="scorecard theme-table reflow" role="table">
        <caption class={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Theme
            </th>
            <th role="columnheader" scope="col">
              Our score (95% interval)
            </th>
            <th role="columnheader" scope="col">
              Status
            </th>
            <th role="columnheader" scope="col">
              Other councils (median)
            </th>
            <th role="columnheader" scope="col">
              {since}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {card.themes.map((t) => (
            <tr role="row" key={t.themeId}>
              <th role="rowheader" scope="row">
                {t.label}
                {!t.figures.suppressed && <span class="answer-words pooled-words">{pooledInWords(t.figures)}</span>}
              </th>
              <td role="cell" class="score-cell" data-label="Our score">
                <ScoreCell f={t.figures} />
              </td>
              <td role="cell" class="status-cell">
                {t.figures.suppressed ? '' : <FigureStatus f={t.figures} />}
              </td>
              <td role="cell" class="others-cell" data-label="Other councils">
                {t.benchmark ? (
                  <span>
                    <strong>{t.benchmark.median}</strong> <span class="muted">({t.benchmark.councils} councils)</span>
                    {!t.figures.suppressed && (
                      <span class="vs-others">{versus(t.figures.score, t.benchmark.median)}</span>
                    )}
                  </span>
                ) : (
                  <span class="muted">not enough councils yet</span>
                )}
              </td>
              <td role="cell" class="trend-cell" data-label={since}>
                <TrendMark trend={t.trend} comparable={t.comparable} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};
