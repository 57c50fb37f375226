import { useLocation } from 'preact-iso';
import { ANSWER_SOURCES } from '../../../../shared/schemas/scorecard';
import { CSV_KIND_LABELS, CSV_KINDS, type CsvKind } from '../../../../shared/scoring/scorecard-csv';
import { SelectField } from '../Field';
import { STAFF_PAGES, staffHref } from '../staff-paths';
import { ANSWERS_COUNTED, answersQuery, type RoundItem } from './board-api';
import { answersIn } from './use-board';

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
  const { route, path, query } = useLocation();
  if (!roundId) return null;
  const keep = answersQuery(answersIn(query));
  const link = (to: BoardView, href: string, label: string) => (
    <li>
      <a href={`${href}${keep}`} aria-current={view === to ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="board-nav no-print" aria-label="Scorecard">
      {rounds && rounds.length > 0 && (
        <SelectField
          id="round-pick"
          class="round-pick"
          label="Round"
          value={roundId}
          onValue={(next) => route(`${staffHref(PAGE_OF[view], { roundId: next })}${keep}`)}
          options={rounds.map((r) => (
            <option key={r.round.roundId} value={r.round.roundId}>
              {r.round.name}
              {r.open ? ' (open)' : ''}
            </option>
          ))}
        />
      )}
      <SelectField
        id="answers-pick"
        class="answers-pick"
        label="Answers counted"
        value={answersIn(query)}
        onValue={(answers) => route(`${path}${answersQuery(answersIn({ answers }))}`)}
        options={ANSWER_SOURCES.map((a) => (
          <option key={a} value={a}>
            {ANSWERS_COUNTED[a]}
          </option>
        ))}
      />
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
