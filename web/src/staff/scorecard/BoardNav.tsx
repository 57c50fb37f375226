import { useLocation } from 'preact-iso';
import type { RoundItem } from './board-api';

export type BoardView = 'overview' | 'themes' | 'report';

/** Which round, and where to go: overview, themes, the printable report, the CSV. */
export const BoardNav = ({
  rounds,
  roundId,
  view,
  onCsv,
}: {
  rounds: RoundItem[] | null;
  roundId: string | null;
  view: BoardView;
  onCsv?: () => void;
}) => {
  const { route } = useLocation();
  if (!roundId) return null;
  const base = `/staff/rounds/${roundId}`;
  const link = (to: BoardView, href: string, label: string) => (
    <li>
      <a href={href} aria-current={view === to ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="board-nav no-print" aria-label="Scorecard">
      {rounds && rounds.length > 0 && (
        <div class="field round-pick">
          <label for="round-pick">Round</label>
          <select
            id="round-pick"
            value={roundId}
            onChange={(e) => {
              const next = e.currentTarget.value;
              route(view === 'overview' ? `/staff/rounds/${next}/scorecard` : `/staff/rounds/${next}/${view}`);
            }}
          >
            {rounds.map((r) => (
              <option key={r.round.roundId} value={r.round.roundId}>
                {r.round.name}
                {r.open ? ' (open)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul>
        {link('overview', `${base}/scorecard`, 'Overview')}
        {link('themes', `${base}/themes`, 'Themes and other councils')}
        {link('report', `${base}/report`, 'Board report to print')}
      </ul>
      {onCsv && (
        <button type="button" class="button secondary" onClick={onCsv}>
          Download every figure (CSV)
        </button>
      )}
    </nav>
  );
};
