import { describe, expect, it } from 'vitest';
import { countersOfTally, surveyResponseCounterNames } from '../../functions/store/aggregate-cells';
import { addCounterItem } from '../../functions/store/dynamo/aggregates';
import type { Cohort } from '../../shared/cohort';
import { SUPPRESSED_LABEL } from '../../shared/limits';
import type { CohortPopulation } from '../../shared/schemas/cohort-figures';
import { peopleOf, type RoundCounts } from '../../shared/scoring/release';
import { RATES_NOT_SHOWN, roundResponseRates } from '../../shared/scoring/round-response-rates';
import { addResponse, emptyRoundTally, type RoundTally } from '../../shared/scoring/tally';

const POPULATION: CohortPopulation = {
  'in-care:8-13': 20,
  'in-care:14-17': 30,
  'care-leaver:14-17': 10,
  'care-leaver:18-25': 100,
};
const survey = (groups: [Partial<Cohort>, number][]): RoundTally => {
  const t = emptyRoundTally();
  for (const [cohort, n] of groups)
    for (let i = 0; i < n; i++)
      addResponse(t, { p_a: 'yes' }, { age: 'not-answered', care: 'not-answered', source: 'survey', ...cohort });
  return t;
};
/** A confirmed live session whose phones voted. */
const phones = (n: number): RoundTally => {
  const t = emptyRoundTally();
  t.responses.bySource['session-vote'] = n;
  return t;
};
const rates = (counts: RoundCounts, population: CohortPopulation | null = POPULATION) =>
  roundResponseRates(counts, peopleOf(counts), population);

describe("a final round's response rates", () => {
  it('counts the survey by care status and age together, and phones in sessions as "did not say"', () => {
    const counts: RoundCounts = {
      survey: survey([
        [{ age: '8-13', care: 'in-care' }, 10],
        [{ age: '14-17', care: 'in-care' }, 15],
        [{ age: '18-25', care: 'care-leaver' }, 6],
        // Outside the council's four groups: counted as not said, never guessed into one.
        [{ age: '18-25', care: 'in-care' }, 2],
        [{ age: '8-13' }, 3],
      ]),
      sessions: new Map([['s1', phones(6)]]),
    };
    const r = rates(counts);
    expect(r?.state).toBe('shown');
    if (r?.state !== 'shown') return;
    expect(r.rates).toMatchObject({ heard: 42, population: 160, rate: 26, notSaid: 11 });
    expect(r.rates.groups.map((g) => g.heard)).toEqual([10, 15, 0, 6]);
    expect(r.rates.sentences).toEqual(['Care leavers 18–25: 6% of them answered, against 26% overall.']);
  });

  it('says the figures are needed while none are entered, and nothing before the round is final', () => {
    const counts: RoundCounts = { survey: survey([[{}, 8]]), sessions: new Map() };
    expect(rates(counts, null)).toEqual({ state: 'no-figures' });
    expect(roundResponseRates(counts, null, POPULATION)).toBeNull();
  });

  it('shows no rate where the young people heard from are themselves hidden', () => {
    const counts: RoundCounts = { survey: survey([[{ age: '8-13', care: 'in-care' }, 3]]), sessions: new Map() };
    expect(peopleOf(counts).youngPeople).toBe(SUPPRESSED_LABEL);
    expect(rates(counts)).toEqual({ state: 'not-shown', reason: RATES_NOT_SHOWN });
  });

  it('shows no rate where "did not say" less the phones on the same page would give away 1 to 4 in the survey', () => {
    const counts: RoundCounts = {
      survey: survey([
        [{ age: '14-17', care: 'in-care' }, 20],
        [{}, 2],
      ]),
      sessions: new Map([['s1', phones(8)]]),
    };
    expect(rates(counts)).toEqual({ state: 'not-shown', reason: RATES_NOT_SHOWN });
  });

  it('reads responses from before care status and age were counted together as "did not say"', () => {
    const t = survey([[{ age: '14-17', care: 'in-care' }, 12]]);
    t.responses.byCohort = {};
    const r = rates({ survey: t, sessions: new Map() });
    expect(r?.state === 'shown' && r.rates.notSaid).toBe(12);
  });
});

describe('the counter of care status and age together', () => {
  it('is written with every survey response and read back into the tally', () => {
    const names = surveyResponseCounterNames({ age: '18-25', care: 'care-leaver', source: 'survey' });
    expect(names).toContain('#.g=care-leaver:18-25');
    const stored = survey([
      [{ age: '18-25', care: 'care-leaver' }, 4],
      [{ age: '8-13', care: 'in-care' }, 7],
    ]);
    const back = emptyRoundTally();
    addCounterItem(back, Object.fromEntries(countersOfTally(stored)));
    expect(back.responses.byCohort).toEqual({ 'care-leaver:18-25': 4, 'in-care:8-13': 7 });
    expect(back.responses.byAge['18-25']).toBe(4);
  });
});
