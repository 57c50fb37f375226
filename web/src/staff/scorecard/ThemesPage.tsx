import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import {
  BENCHMARK_ROUNDING_POINTS,
  MIN_BENCHMARK_COUNCILS,
  MIN_BENCHMARK_YOUNG_PEOPLE,
} from '../../../../shared/limits';
import type { History } from '../../../../shared/schemas/scorecard';
import { MIN_TREND_ROUNDS } from '../../../../shared/scoring/history';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { BoardNav } from './BoardNav';
import { ReleaseNotice } from './ReleaseNotice';
import { ThemeTable } from './ThemeTable';
import { TrendChart } from './TrendChart';
import { useBoard } from './use-board';
import './board.css';

/** The council's score per theme next to the median of the other councils, and each theme over every round. */
export const ThemesPage = () => {
  const { params } = useRoute();
  const { me, api, rounds, card, roundId, error } = useBoard(params.roundId);
  const [history, setHistory] = useState<History | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  useEffect(() => {
    if (api && roundId)
      api
        .history(roundId)
        .then(setHistory)
        .catch((e: ApiFailure) => setHistoryError(e.message));
  }, [api !== null, roundId]);
  const names = new Map(history?.rounds.map((r) => [r.roundId, r.name]));

  return (
    <StaffLayout title="Themes" who={me?.email}>
      {(error || historyError) && (
        <p class="error" role="alert">
          {error ?? historyError}
        </p>
      )}
      {!card && !error && <p role="status">Loading…</p>}
      {card && (
        <>
          <h1>
            Themes and other councils
            <span class="subtitle">
              {card.council.name} · {card.round.name}
            </span>
          </h1>
          <BoardNav rounds={rounds} roundId={roundId} view="themes" />
          <p>
            Every council words its pledge differently; themes let you compare. Each theme’s score pools this council’s
            promises on that theme. The median of the other councils on the platform is shown once at least{' '}
            {MIN_BENCHMARK_COUNCILS} other councils have a final round that heard from {MIN_BENCHMARK_YOUNG_PEOPLE} or
            more young people; it is rounded to the nearest {BENCHMARK_ROUNDING_POINTS} points, updated once a day, and
            no council is named.
          </p>
          <ReleaseNotice card={card} />
          <ThemeTable card={card} caption={`Theme scores, ${card.round.name}`} />
          <h2>Each theme over every round</h2>
          {!history ? (
            <p role="status">Loading the trends…</p>
          ) : history.rounds.length < MIN_TREND_ROUNDS ? (
            <p data-testid="no-trends">
              The charts show once there are {MIN_TREND_ROUNDS} rounds with final figures; so far there is{' '}
              {history.rounds.length === 0 ? 'none' : `one (${history.rounds[0]!.name})`}.
            </p>
          ) : (
            history.themes.map((t) => (
              <section key={t.themeId} aria-labelledby={`theme-${t.themeId}`}>
                <h3 id={`theme-${t.themeId}`}>{t.label}</h3>
                <TrendChart
                  title={t.label}
                  thresholds={card.thresholds}
                  points={t.points.map((pt) => ({
                    roundName: names.get(pt.roundId) ?? pt.roundId,
                    figures: pt.figures,
                  }))}
                />
              </section>
            ))
          )}
        </>
      )}
    </StaffLayout>
  );
};
