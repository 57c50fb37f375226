import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { RATINGS, RATING_LABELS } from '../../../shared/rating';
import type { Round } from '../../../shared/schemas/round';
import type { Scorecard } from '../../../shared/schemas/scorecard';
import type { Figures } from '../../../shared/scoring/figures';
import { SUPPRESSED_LABEL } from '../../../shared/limits';
import { ApiFailure, apiFetch } from '../lib/api';
import { StaffLayout } from './StaffLayout';
import { useStaff } from './use-staff';

const STATUS_TEXT = { green: '✓ Kept', amber: '~ Partly kept', red: '✗ Not kept' } as const;

const FigureCells = ({ f }: { f: Figures }) =>
  f.suppressed ? (
    <td colSpan={RATINGS.length + 3} class="suppressed">{SUPPRESSED_LABEL} answered</td>
  ) : (
    <>
      {RATINGS.map((r) => <td key={r}>{f.counts[r]}</td>)}
      <td>{f.n}</td>
      <td>{f.score.toFixed(0)}</td>
      <td><span class={`status ${f.status}`}>{STATUS_TEXT[f.status]}</span></td>
    </>
  );

export const ScorecardPage = () => {
  const { me, error: staffError, token } = useStaff();
  const { params } = useRoute();
  const [card, setCard] = useState<Scorecard | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const councilId = me?.council?.councilId;
    if (!councilId) return;
    (async () => {
      let roundId = params.roundId;
      if (!roundId) {
        const { rounds } = await apiFetch<{ rounds: { round: Round; open: boolean }[] }>(`/api/staff/councils/${councilId}/rounds`, { token });
        roundId = (rounds.find((r) => r.open) ?? rounds[0])?.round.roundId;
      }
      if (!roundId) return setError('There are no rounds yet.');
      setCard(await apiFetch<Scorecard>(`/api/staff/councils/${councilId}/rounds/${roundId}/scorecard`, { token }));
    })().catch((e: ApiFailure) => setError(e.message));
  }, [me, params.roundId]);

  return (
    <StaffLayout title="Scorecard" who={me?.email}>
      {(staffError || error) && <p class="error" role="alert">{staffError ?? error}</p>}
      {!card && !error && !staffError && <p>Loading the scorecard…</p>}
      {card && (
        <>
          <h1>{card.council.name}: scorecard</h1>
          <p>
            {card.round.name} · {typeof card.responses === 'number' ? `${card.responses} young people answered` : `${card.responses} young people answered so far`}
          </p>
          <p class="notice">
            Score = (Yes + half of Sometimes) ÷ everyone who answered Yes, Sometimes or No. Green is {card.thresholds.green} or more,
            amber {card.thresholds.amber} to {card.thresholds.green - 1}, red below {card.thresholds.amber}. Any figure from fewer than 5 young people is not shown.
          </p>
          {card.sections.map((s) => (
            <div class="table-scroll" key={s.sectionId}>
              <table class="scorecard">
                <caption>{s.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Promise</th>
                    {RATINGS.map((r) => <th scope="col" key={r}>{RATING_LABELS[r]}</th>)}
                    <th scope="col"><abbr title="Yes + Sometimes + No">n</abbr></th>
                    <th scope="col">Score</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {s.promises.map((p) => (
                    <tr key={p.promiseId}>
                      <th scope="row">{p.text}</th>
                      <FigureCells f={p.figures} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Whole section</th>
                    <FigureCells f={s.figures} />
                  </tr>
                </tfoot>
              </table>
            </div>
          ))}
        </>
      )}
    </StaffLayout>
  );
};
