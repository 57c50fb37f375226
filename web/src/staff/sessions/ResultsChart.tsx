import type { Chart as ChartType, Plugin } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { RATING_LABELS, RATINGS, type RatingCounts } from '../../../../shared/rating';

const COLOURS = ['#0b6b3a', '#8a5300', '#a4262c', '#5b5b66'];
const SHORT: Record<(typeof RATINGS)[number], string> = {
  yes: 'Yes, kept',
  sometimes: 'Sometimes',
  no: 'No, not kept',
  dontknow: 'Don’t know',
};

/** Writes each bar's count above it, large enough to read from the back of the room. */
const countsOnBars: Plugin<'bar'> = {
  id: 'countsOnBars',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.font = '700 34px system-ui, sans-serif';
    ctx.fillStyle = '#1b1b1f';
    ctx.textAlign = 'center';
    for (const [i, bar] of meta.data.entries())
      ctx.fillText(String(chart.data.datasets[0]?.data[i] ?? 0), bar.x, bar.y - 12);
    ctx.restore();
  },
};

/**
 * The room's answers as a bar chart. chart.js is imported here, on demand, so only this staff page
 * downloads it (and only once results are shown); a table carries the same numbers for screen readers.
 */
export const ResultsChart = ({ counts, caption }: { counts: RatingCounts; caption: string }) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'bar'> | null>(null);
  const values = RATINGS.map((r) => counts[r]);

  useEffect(() => {
    let gone = false;
    void import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale }) => {
      if (gone || !canvas.current) return;
      Chart.register(BarController, BarElement, CategoryScale, LinearScale);
      chart.current = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: RATINGS.map((r) => SHORT[r]),
          datasets: [{ data: values, backgroundColor: COLOURS, borderRadius: 8, maxBarThickness: 180 }],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: { duration: 400 },
          layout: { padding: { top: 48 } },
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: {
            x: { ticks: { font: { size: 26, weight: 600 }, color: '#1b1b1f' }, grid: { display: false } },
            y: {
              beginAtZero: true,
              ticks: { precision: 0, font: { size: 20 }, color: '#4a4a55' },
              grid: { color: '#e3e6ec' },
            },
          },
        },
        plugins: [countsOnBars],
      });
      canvas.current.dataset.ready = 'true';
    });
    return () => {
      gone = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c?.data.datasets[0]) return;
    c.data.datasets[0].data = values;
    c.update();
  }, [values.join(',')]);

  return (
    <figure class="results-chart">
      <div class="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${caption}: ${RATINGS.map((r) => `${RATING_LABELS[r]} ${counts[r]}`).join(', ')}`}
        />
      </div>
      <table class="visually-hidden" data-testid="results-table">
        <caption>{caption}</caption>
        <tbody>
          {RATINGS.map((r) => (
            <tr key={r}>
              <th scope="row">{RATING_LABELS[r]}</th>
              <td>{counts[r]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
