import type { RoundResponseRates } from '../../../../shared/schemas/cohort-figures';
import { NO_FIGURES_LINE } from '../../../../shared/scoring/round-response-rates';
import { countText } from './figures';

const rateText = (rate: number | null) => (rate === null ? 'not shown' : `${rate}%`);

/**
 * How many of the young people who could answer the round we heard from, overall and by group, against the
 * council's own figures; the groups that answered much less than the others are named in a sentence.
 */
export const ResponseRatesCard = ({
  rates,
  figuresHref,
}: {
  rates: RoundResponseRates;
  /** Where a council admin enters the figures (left out for others and on paper). */
  figuresHref?: string;
}) => (
  <section class="card response-rates" aria-labelledby="response-rate">
    <h2 id="response-rate">How many we heard from</h2>
    {rates.state === 'no-figures' && (
      <p data-testid="response-rate-line">
        {NO_FIGURES_LINE}. {figuresHref && <a href={figuresHref}>Enter the figures for this round</a>}
      </p>
    )}
    {rates.state === 'not-shown' && <p data-testid="response-rate-line">{rates.reason}</p>}
    {rates.state === 'shown' && (
      <>
        <p class="big-figure">{rateText(rates.rates.rate)}</p>
        <p data-testid="response-rate-line">
          answered: {countText(rates.rates.heard)} of the {countText(rates.rates.population)} young people in the
          council’s figures
        </p>
        {rates.rates.groupsHidden ? (
          <p data-testid="groups-hidden">{rates.rates.groupsHidden}</p>
        ) : rates.rates.sentences.length > 0 ? (
          <ul class="low-groups" data-testid="low-groups">
            {rates.rates.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        ) : (
          <p>No group answered much less than the others.</p>
        )}
        {!rates.rates.groupsHidden && (
          <table class="mini">
            <caption class="visually-hidden">Response rate by group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">Answered</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {rates.rates.groups.map((g) => (
                <tr key={g.group} class={g.low ? 'low' : undefined}>
                  <th scope="row">
                    {g.name} (of {countText(g.population)})
                  </th>
                  <td>{countText(g.heard)}</td>
                  <td>
                    {rateText(g.rate)}
                    {g.low && <span class="visually-hidden"> (much less than the others)</span>}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Did not say which group</th>
                <td>{countText(rates.rates.notSaid)}</td>
                <td />
              </tr>
            </tbody>
          </table>
        )}
        <p class="muted">
          Phones in live sessions are not asked age or care status, so they count as “did not say”. Hands are not
          counted.
        </p>
      </>
    )}
  </section>
);
