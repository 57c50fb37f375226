import type { Scorecard } from '../../../../shared/schemas/scorecard';
import { ScoreCell, StatusBadge, TrendMark, score1 } from './figures';

/** Each theme's score beside the median of the other councils (shown only once enough councils contribute). */
/** "4.2 above" / "8.9 below" / "the same": our score against the median, in points. */
const versus = (ours: number, median: number) => {
  const d = Math.round((ours - median) * 10) / 10;
  return d === 0 ? 'the same as ours' : `we are ${Math.abs(d).toFixed(1)} ${d > 0 ? 'above' : 'below'}`;
};

export const ThemeTable = ({ card, caption, hideCaption = false }: { card: Scorecard; caption: string; hideCaption?: boolean }) => (
  <div class="table-scroll">
    <table class="scorecard theme-table">
      <caption class={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          <th scope="col">Our score (95% interval)</th>
          <th scope="col">Status</th>
          <th scope="col">Other councils (median)</th>
          <th scope="col">{card.previousRound ? `Since ${card.previousRound.name}` : 'Change'}</th>
        </tr>
      </thead>
      <tbody>
        {card.themes.map((t) => (
          <tr key={t.themeId}>
            <th scope="row">{t.label}</th>
            <td><ScoreCell f={t.figures} /></td>
            <td>{t.figures.suppressed ? '' : <StatusBadge status={t.figures.status} />}</td>
            <td>
              {t.benchmark ? (
                <span>
                  <strong>{score1(t.benchmark.median)}</strong> <span class="muted">({t.benchmark.councils} councils)</span>
                  {!t.figures.suppressed && <span class="vs-others">{versus(t.figures.score, t.benchmark.median)}</span>}
                </span>
              ) : (
                <span class="muted">not enough councils yet</span>
              )}
            </td>
            <td><TrendMark trend={t.trend} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
