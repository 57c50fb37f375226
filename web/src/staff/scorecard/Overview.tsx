import { NOT_COMPARABLE_LABEL, SUPPRESSED_LABEL } from '../../../../shared/limits';
import type { Scorecard } from '../../../../shared/schemas/scorecard';
import { STATUSES } from '../../../../shared/scoring/score';
import { notKeptInWords } from '../../../../shared/scoring/words';
import { countText, FigureStatus, StatusBadge, score1, TrendMark } from './figures';
import { ResponseRatesCard } from './ResponseRatesCard';

/** The first things a board reads: who answered, how many promises are kept, what improved, what is least kept. */
export const Overview = ({
  card,
  promiseHref,
  figuresHref,
}: {
  card: Scorecard;
  promiseHref?: (promiseId: string) => string;
  /** Where a council admin enters the council's figures of young people (left out for others and on paper). */
  figuresHref?: string;
}) => {
  const s = card.overview.statusCounts;
  const promises = card.sections.flatMap((x) => x.promises);
  const people = card.people;
  const rated = s.green + s.amber + s.red;
  const all = rated + s.notShown;
  const share = (n: number) => (rated === 0 ? 0 : Math.round((n / rated) * 100));
  const named = (promiseId: string, text: string) => (promiseHref ? <a href={promiseHref(promiseId)}>{text}</a> : text);
  return (
    <div class="overview">
      {people && (
        <section class="card" aria-labelledby="who-answered">
          <h2 id="who-answered">Who answered</h2>
          <p class="big-figure">{countText(people.youngPeople)}</p>
          <p>young people: the survey, and phones in live sessions</p>
          <table class="mini">
            <caption class="visually-hidden">Young people by how they answered</caption>
            <tbody>
              <tr>
                <th scope="row">Survey</th>
                <td>{countText(people.survey)}</td>
              </tr>
              <tr>
                <th scope="row">Phones in live sessions</th>
                <td>{countText(people.phones)}</td>
              </tr>
              <tr>
                <th scope="row">Hands counted in live sessions</th>
                <td>{countText(people.hands)}</td>
              </tr>
            </tbody>
          </table>
          <p class="muted">Hands are not added in: a hand may be someone who also answered on a phone.</p>
        </section>
      )}
      {card.responseRates && <ResponseRatesCard rates={card.responseRates} figuresHref={figuresHref} />}

      <section class="card" aria-labelledby="by-status">
        <h2 id="by-status">Promises by status</h2>
        {rated === 0 ? (
          <p>No promise has 5 or more answers yet, so none has a status.</p>
        ) : (
          <>
            <div class="status-bar" aria-hidden="true">
              {STATUSES.filter((st) => s[st] > 0).map((st) => (
                <span key={st} class={`bar-${st}`} style={{ flexGrow: s[st] }} />
              ))}
            </div>
            <ul class="status-list">
              {STATUSES.map((st) => (
                <li key={st}>
                  <StatusBadge status={st} /> <strong>{s[st]}</strong> of {rated} ({share(s[st])}%)
                </li>
              ))}
            </ul>
          </>
        )}
        {s.notShown > 0 && (
          <p class="muted">
            {s.notShown} of {all} promises have {SUPPRESSED_LABEL} answers and no status yet.
          </p>
        )}
      </section>

      <section class="card being-done" aria-labelledby="being-done">
        <h2 id="being-done">What is being done</h2>
        {rated === 0 ? (
          <p>No promise has a status yet.</p>
        ) : (
          <>
            <p class="not-kept-line" data-testid="not-kept-line">
              {notKeptInWords(card.overview.notKept)}
            </p>
            {card.overview.notKept.noAction.length > 0 && (
              <>
                <p class="no-action-label">Not kept, with no action yet:</p>
                <ul class="promise-list no-action-list" data-testid="no-action-list">
                  {card.overview.notKept.noAction.map((p) => (
                    <li key={p.promiseId}>{named(p.promiseId, p.text)}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      <section class="card" aria-labelledby="most-improved">
        <h2 id="most-improved">Most improved</h2>
        {card.overview.mostImproved.length === 0 ? (
          <p>
            {!card.previousRound
              ? 'This is the first round, so there is nothing to compare with yet.'
              : promises.some((p) => p.comparable && p.trend)
                ? `No promise rose since ${card.previousRound.name}.`
                : `Since ${card.previousRound.name}: ${NOT_COMPARABLE_LABEL}.`}
          </p>
        ) : (
          <ol class="promise-list">
            {card.overview.mostImproved.map((p) => (
              <li key={p.promiseId}>
                {named(p.promiseId, p.text)}
                <br />
                <TrendMark trend={p.trend} since={card.previousRound?.name} /> (now {score1(p.score)})
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="card" aria-labelledby="least-kept">
        <h2 id="least-kept">Least kept</h2>
        {card.overview.leastKept.length === 0 ? (
          <p>No promise has 5 or more answers yet.</p>
        ) : (
          <ol class="promise-list">
            {card.overview.leastKept.map((p) => (
              <li key={p.promiseId}>
                {named(p.promiseId, p.text)}
                <br />
                Score {score1(p.score)} <FigureStatus f={p} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
};
