import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import { RATING_LABELS, RATINGS } from '../../../../shared/rating';
import type { SessionSummaryView } from '../../../../shared/sessions/schemas';
import type { ApiFailure } from '../../lib/api';
import { StaffLayout } from '../StaffLayout';
import { StatusBadge } from '../scorecard/figures';
import { useStaff } from '../use-staff';
import { sessionApi } from './session-api';
import './sessions.css';
import { timestampText } from '../../lib/format';
import { STAFF_PAGES } from '../staff-paths';

/** After the session: what the room said, with small numbers replaced as everywhere outside the room. */
export const SummaryPage = () => {
  const { me, error: staffError, token } = useStaff();
  const { params } = useRoute();
  const sessionId = params.sessionId ?? '';
  const [summary, setSummary] = useState<SessionSummaryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const councilId = me?.council?.councilId;
  const api = councilId ? sessionApi(councilId, token) : null;

  useEffect(() => {
    api
      ?.summary(sessionId)
      .then(setSummary)
      .catch((e: ApiFailure) => setError(e.message));
  }, [councilId, sessionId]);

  return (
    <StaffLayout title="Session summary" who={me?.email}>
      {(staffError || error) && (
        <p class="error" role="alert">
          {staffError ?? error}
        </p>
      )}
      {!summary && !error && !staffError && <p role="status">Loading the summary…</p>}
      {summary && api && (
        <>
          <h1>{summary.session.name}: summary</h1>
          <ul class="summary-facts">
            <li>{summary.session.endedAt ? `Ended ${timestampText(summary.session.endedAt)}` : 'Still running'}</li>
            <li>
              Voted by phone: <strong>{summary.phoneVoters}</strong>
            </li>
            <li>
              Counted by a show of hands: <strong>{summary.handsCounted}</strong>
            </li>
          </ul>
          {summary.joinsFarExceeded && (
            <p class="error" role="alert">
              {summary.refusedJoins} phones were turned away because the room was full or locked: far more than this
              room. The code may have been shared outside the room; check the counts with care.
            </p>
          )}
          {summary.session.countsConfirmedAt ? (
            <p class="notice" data-testid="counts-checked">
              Counts checked {timestampText(summary.session.countsConfirmedAt)}
              {summary.session.confirmedSources.includes('session-tally') ? '' : ' (phone votes only)'}: they are part
              of the round’s scorecard.
            </p>
          ) : (
            <section class="notice" aria-labelledby="check-title">
              <h2 id="check-title">Check the counts</h2>
              <p>
                The board sees these counts only once you have checked them. Did anyone raise a hand who also voted on a
                phone? If the counts look wrong, leave them unchecked and they stay out of the scorecard.
              </p>
              <button
                class="button"
                type="button"
                onClick={() =>
                  void api
                    .confirm(sessionId)
                    .then((session) => setSummary({ ...summary, session }))
                    .catch((e: ApiFailure) => setError(e.message))
                }
              >
                The counts are right: add them to the scorecard
              </button>
            </section>
          )}
          <p class="notice">
            Phone votes and shows of hands are added together. Any figure from {SUPPRESSED_LABEL} young people is not
            shown. Checked counts are part of the round’s scorecard too.
          </p>
          <div class="table-scroll">
            <table class="scorecard session-summary">
              <caption>Answers per promise</caption>
              <thead>
                <tr>
                  <th scope="col">Promise</th>
                  {RATINGS.map((r) => (
                    <th scope="col" key={r}>
                      {RATING_LABELS[r]}
                    </th>
                  ))}
                  <th scope="col">
                    <abbr title="Yes + Sometimes + No">n</abbr>
                  </th>
                  <th scope="col">Score</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {summary.promises.map((p, i) => (
                  <tr key={p.promiseId}>
                    <th scope="row">
                      {i + 1}. {p.text}
                    </th>
                    {p.figures.suppressed ? (
                      <td colSpan={RATINGS.length + 3} class="suppressed">
                        {SUPPRESSED_LABEL} answered
                      </td>
                    ) : (
                      <>
                        {RATINGS.map((r) => (
                          <td key={r}>{p.figures.suppressed ? '' : p.figures.counts[r]}</td>
                        ))}
                        <td>{p.figures.n}</td>
                        <td>{p.figures.score.toFixed(0)}</td>
                        <td>
                          <StatusBadge status={p.figures.status} />
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <button
              class="button"
              type="button"
              onClick={() => void api.downloadCsv(sessionId).catch((e: ApiFailure) => setError(e.message))}
            >
              Download CSV
            </button>
          </p>
          <p>
            Notes you wrote during the session went to the moderators. The board sees them with the scorecard once they
            are approved.
          </p>
          <p>
            <a href={STAFF_PAGES.sessions}>Back to sessions</a>
          </p>
        </>
      )}
    </StaffLayout>
  );
};
