import { useEffect, useState } from 'preact/hooks';
import { RATINGS, RATING_LABELS, type Rating } from '../../../shared/rating';
import type { PublicSurvey } from '../../../shared/schemas/public-survey';
import type { SubmissionReceipt } from '../../../shared/schemas/response';
import { ApiFailure, apiFetch } from '../lib/api';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; survey: PublicSurvey }
  | { kind: 'sent'; survey: PublicSurvey };

/** The id of this device's submission for a round: made once, so sending again never counts twice. */
const submissionIdFor = (roundId: string): string => {
  const key = `promise-check:submission:${roundId}`;
  let id = localStorage.getItem(key);
  if (!id) localStorage.setItem(key, (id = crypto.randomUUID()));
  return id;
};

export const SurveyApp = ({ slug }: { slug: string }) => {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [ratings, setRatings] = useState<Record<string, Rating>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    apiFetch<PublicSurvey>(`/api/public/councils/${encodeURIComponent(slug)}`)
      .then((survey) => setState({ kind: 'ready', survey }))
      .catch((e: ApiFailure) => setState({ kind: 'failed', message: e.message }));
  }, [slug]);

  if (state.kind === 'loading') return <main class="page narrow"><p>Loading…</p></main>;
  if (state.kind === 'failed') return <main class="page narrow"><h1>Sorry</h1><p class="error">{state.message}</p></main>;
  const { survey } = state;
  document.title = `${survey.council.name}: are we keeping our promises?`;
  if (state.kind === 'sent') {
    return (
      <main class="page narrow" id="main">
        <h1>Thank you!</h1>
        <p>Your answers have been sent to {survey.council.name}. Nobody will know they were yours.</p>
      </main>
    );
  }
  if (!survey.round || !survey.pledge) {
    return (
      <main class="page narrow" id="main">
        <h1>{survey.council.name}</h1>
        <p>There is no survey open right now. Please come back later.</p>
      </main>
    );
  }
  const { round, pledge } = survey;

  const send = async (event: Event) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      await apiFetch<SubmissionReceipt>(`/api/public/rounds/${round.roundId}/responses`, {
        method: 'POST',
        body: { submissionId: submissionIdFor(round.roundId), ratings },
      });
      setState({ kind: 'sent', survey });
    } catch (e) {
      setError((e as ApiFailure).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <main class="page narrow" id="main">
      <h1>{survey.council.name}: are we keeping our promises?</h1>
      <p>For each promise, choose an answer. You can skip any. Nobody will know which answers are yours.</p>
      <form onSubmit={send}>
        {pledge.sections.map((section) => (
          <section key={section.sectionId}>
            <h2>{section.title}</h2>
            {section.promises.map((p) => (
              <fieldset class="promise" key={p.promiseId}>
                <legend>{p.easyRead ?? p.text}</legend>
                <div class="answers">
                  {RATINGS.map((r) => (
                    <label key={r}>
                      <input
                        type="radio"
                        name={p.promiseId}
                        value={r}
                        checked={ratings[p.promiseId] === r}
                        onChange={() => setRatings({ ...ratings, [p.promiseId]: r })}
                      />
                      {RATING_LABELS[r]}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        ))}
        {error && <p class="error" role="alert">{error}</p>}
        <button class="button" type="submit" disabled={sending || Object.keys(ratings).length === 0}>
          {sending ? 'Sending…' : 'Send my answers'}
        </button>
      </form>
    </main>
  );
};
