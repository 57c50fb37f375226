import type { Chart as ChartType, Plugin } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import type { Figures } from '../../../../shared/scoring/figures';
import type { Status } from '../../../../shared/scoring/score';
import { FigureStatus, ScoreCell } from './figures';
import { TableScroll } from './TableScroll';

export interface TrendPoint {
  roundName: string;
  figures: Figures | null;
}

const INK = '#1b1b1f';
const LINE = '#1d4f91';
/** Each status has its own point shape too, so the chart reads without colour. */
const POINT_STYLE: Record<Status, 'circle' | 'triangle' | 'crossRot'> = {
  green: 'circle',
  amber: 'triangle',
  red: 'crossRot',
};

/** Dashed lines at the green and amber thresholds, labelled in words; drawn under the data so no point is hidden. */
const thresholdLines = (green: number, amber: number): Plugin<'line'> => ({
  id: 'thresholdLines',
  beforeDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    const y = scales.y;
    if (!y) return;
    ctx.save();
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1;
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.fillStyle = INK;
    ctx.strokeStyle = '#4a4a55';
    for (const [value, label] of [
      [green, `kept from ${green}`],
      [amber, `partly kept from ${amber}`],
    ] as const) {
      const py = y.getPixelForValue(value);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, py);
      ctx.lineTo(chartArea.right, py);
      ctx.stroke();
      // Clear of the first round's point, with a white halo so the line and the band never hide the words.
      ctx.lineWidth = 4;
      ctx.setLineDash([]);
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(label, chartArea.left + 14, py - 5);
      ctx.fillText(label, chartArea.left + 14, py - 5);
      ctx.lineWidth = 1;
      ctx.setLineDash([6, 4]);
      ctx.strokeStyle = '#4a4a55';
    }
    ctx.restore();
  },
});

/**
 * A score over rounds with its 95% interval as a band. chart.js is imported here, on demand, so only
 * the pages that draw a trend download it; the table beside the chart carries every figure it draws.
 */
export const TrendChart = ({
  title,
  points,
  thresholds,
}: {
  title: string;
  points: TrendPoint[];
  thresholds: { green: number; amber: number };
}) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'line'> | null>(null);
  const shown = points.map((p) => (p.figures && !p.figures.suppressed ? p.figures : null));
  const key = JSON.stringify(
    points.map((p) => [p.roundName, p.figures && !p.figures.suppressed ? p.figures.score : null]),
  );

  useEffect(() => {
    let gone = false;
    void import('chart.js').then(
      ({ Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler }) => {
        if (gone || !canvas.current) return;
        Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler);
        chart.current?.destroy();
        chart.current = new Chart(canvas.current, {
          type: 'line',
          data: {
            labels: points.map((p) => p.roundName),
            datasets: [
              {
                label: 'interval low',
                data: shown.map((f) => f?.interval.low ?? null),
                borderWidth: 0,
                pointRadius: 0,
                fill: false,
                spanGaps: true,
              },
              {
                label: '95% interval',
                data: shown.map((f) => f?.interval.high ?? null),
                borderWidth: 0,
                pointRadius: 0,
                backgroundColor: 'rgba(29, 79, 145, 0.16)',
                fill: '-1',
                spanGaps: true,
              },
              {
                label: 'Score',
                data: shown.map((f) => f?.score ?? null),
                borderColor: LINE,
                backgroundColor: LINE,
                borderWidth: 3,
                pointRadius: 7,
                pointStyle: shown.map((f) => (f ? POINT_STYLE[f.status] : 'circle')),
                pointBorderColor: INK,
                pointBackgroundColor: shown.map((f) =>
                  f ? ({ green: '#0b6b3a', amber: '#8a5300', red: '#a4262c' } as const)[f.status] : LINE,
                ),
                spanGaps: true,
              },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false }, tooltip: { enabled: false } },
            scales: {
              y: {
                min: 0,
                max: 100,
                ticks: { stepSize: 25, color: INK },
                grid: { color: '#e3e6ec' },
                title: { display: true, text: 'Score', color: INK },
              },
              x: { ticks: { color: INK, font: { weight: 600 } }, grid: { display: false } },
            },
          },
          plugins: [thresholdLines(thresholds.green, thresholds.amber)],
        });
        canvas.current.dataset.ready = 'true';
      },
    );
    return () => {
      gone = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [key]);

  const described = points
    .map(
      (p, i) => `${p.roundName}: ${shown[i] ? shown[i]!.score.toFixed(1) : p.figures ? SUPPRESSED_LABEL : 'not asked'}`,
    )
    .join('; ');
  return (
    <figure class="trend-figure" data-testid="trend-figure">
      <div>
        <div class="chart-box">
          <canvas ref={canvas} role="img" aria-label={`${title}, score by round: ${described}`} />
        </div>
        <p class="chart-key" aria-hidden="true">
          Line: the score. Shaded band: its 95% interval. Points: ● kept, ▲ partly kept, ✕ not kept; none where fewer
          than 5 answered.
        </p>
      </div>
      <TableScroll label={`Figures by round for ${title}`}>
        <table class="scorecard trend-table">
          <caption>
            Figures by round<span class="visually-hidden"> for {title}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">
                <abbr title="Answers of Yes, Sometimes or No">n</abbr>
              </th>
              <th scope="col">Score (95% interval)</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.roundName}>
                <th scope="row">{p.roundName}</th>
                <td>{p.figures && !p.figures.suppressed ? p.figures.n : ''}</td>
                <td>{p.figures ? <ScoreCell f={p.figures} /> : <span class="muted">not asked</span>}</td>
                <td>{p.figures && !p.figures.suppressed ? <FigureStatus f={p.figures} /> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
};
