import { useLocation } from 'preact-iso';
import { CSV_KIND_LABELS, CSV_KINDS, type CsvKind } from '../../../../shared/scoring/scorecard-csv';
import { STAFF_PAGES, staffHref } from '../staff-paths';
import type { RoundItem } from './board-api';

export type BoardView = 'overview' | 'themes' | 'report';
const PAGE_OF = {
  overview: STAFF_PAGES.roundScorecard,
  themes: STAFF_PAGES.themes,
  report: STAFF_PAGES.report,
} as const satisfies Record<BoardView, string>;

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
  onCsv?: (kind: CsvKind) => void;
}) => {
  const { route } = useLocation();
  if (!roundId) return null;
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
              route(staffHref(PAGE_OF[view], { roundId: next }));
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
        {link('overview', staffHref(PAGE_OF.overview, { roundId }), 'Overview')}
        {link('themes', staffHref(PAGE_OF.themes, { roundId }), 'Themes and other councils')}
        {link('report', staffHref(PAGE_OF.report, { roundId }), 'Board report to print')}
      </ul>
      {onCsv && (
        <details class="csv-downloads">
          <summary>Download the figures (CSV)</summary>
          <p class="muted">One file for each kind of row; hidden figures are empty, marked in “suppressed”.</p>
          <ul>
            {CSV_KINDS.map((kind) => (
              <li key={kind}>
                <button type="button" class="button secondary" onClick={() => onCsv(kind)}>
                  {CSV_KIND_LABELS[kind]}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
};
