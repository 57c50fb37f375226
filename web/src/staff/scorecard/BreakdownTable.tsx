import type { Figures } from '../../../../shared/scoring/figures';
import { FigureStatus, ScoreCell } from './figures';
import { TableScroll } from './TableScroll';

/** Figures per group; the server has already replaced small groups (and any that would give one away). */
export const BreakdownTable = ({
  title,
  cells,
  labels,
}: {
  title: string;
  cells: Record<string, Figures>;
  labels: Record<string, string>;
}) => (
  <TableScroll label={title}>
    <table class="scorecard breakdown">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">
            <abbr title="Answers of Yes, Sometimes or No">n</abbr>
          </th>
          <th scope="col">Score (95% interval)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(cells).map(([group, f]) => (
          <tr key={group}>
            <th scope="row">{labels[group] ?? group}</th>
            {f.suppressed ? (
              <td colSpan={3} class="suppressed">
                {f.label}
              </td>
            ) : (
              <>
                <td>{f.n}</td>
                <td>
                  <ScoreCell f={f} />
                </td>
                <td>
                  <FigureStatus f={f} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </TableScroll>
);
