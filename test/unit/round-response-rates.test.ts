import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countersOfTally, surveyResponseCounterNames } from '../../functions/store/aggregate-cells';
import { addCounterItem } from '../../functions/store/dynamo/aggregates';
import type { Cohort } from '../../shared/cohort';
import { AGE_BUCKETS, CARE_BUCKETS } from '../../shared/cohort';
import { MIN_GROUP_SIZE, SUPPRESSED_LABEL } from '../../shared/limits';
import type { CohortPopulation } from '../../shared/schemas/cohort-figures';
import { respondedBreakdownOf } from '../../shared/scoring/breakdown';
import { peopleOf, type RoundCounts } from '../../shared/scoring/release';
import { HIDDEN_LABEL } from '../../shared/scoring/response-rate';
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
        [{ age: '18-25', care: 'in-care' }, 5],
        [{ age: '8-13' }, 5],
      ]),
      sessions: new Map([['s1', phones(6)]]),
    };
    const r = rates(counts);
    expect(r?.state).toBe('shown');
    if (r?.state !== 'shown') return;
    expect(r.rates).toMatchObject({ heard: 47, population: 160, rate: 29, notSaid: 16 });
    expect(r.rates.groups.map((g) => g.heard)).toEqual([10, 15, 0, 6]);
    expect(r.rates.sentences).toEqual(['Care leavers 18–25: 6% of them answered, against 29% overall.']);
    expect(r.rates.groupsHidden).toBeUndefined();
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

describe('response rates beside the figures of who answered by age and by care', () => {
  it('show only the overall rate when a group less what the age or care figures hold would be 1 to 4', () => {
    // 12 children of 8 to 13 in care, and 3 more of 8 to 13 who did not say whether in care: the age figures show
    // 15, so a group of 12 would tell that 3 did not say.
    const counts: RoundCounts = {
      survey: survey([
        [{ age: '8-13', care: 'in-care' }, 12],
        [{ age: '8-13' }, 3],
        [{ age: '14-17', care: 'in-care' }, 20],
      ]),
      sessions: new Map(),
    };
    const r = rates(counts);
    expect(r?.state).toBe('shown');
    if (r?.state !== 'shown') return;
    expect(r.rates).toMatchObject({ heard: 35, rate: 22, notSaid: HIDDEN_LABEL, sentences: [] });
    expect(r.rates.groups.every((g) => g.heard === HIDDEN_LABEL && g.rate === null)).toBe(true);
    expect(r.rates.groupsHidden).toMatch(/not shown/);
  });

  it('whatever the answers, no shown group less a shown age or care figure is 1 to 4', () => {
    const cell = fc.integer({ min: 0, max: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...AGE_BUCKETS), fc.constantFrom(...CARE_BUCKETS), cell), { maxLength: 12 }),
        (cells) => {
          const counts: RoundCounts = {
            survey: survey(cells.map(([age, care, n]) => [{ age, care }, n])),
            sessions: new Map(),
          };
          const r = rates(counts);
          if (r?.state !== 'shown') return;
          const shown = respondedBreakdownOf(counts.survey.responses);
          const g = Object.fromEntries(r.rates.groups.map((x) => [x.group, x.heard]));
          const minus = (whole: unknown, parts: unknown[]) =>
            typeof whole === 'number' && parts.every((p) => typeof p === 'number')
              ? whole - (parts as number[]).reduce((a, b) => a + b, 0)
              : null;
          for (const d of [
            minus(shown.byCare['in-care'], [g['in-care:8-13'], g['in-care:14-17']]),
            minus(shown.byCare['care-leaver'], [g['care-leaver:14-17'], g['care-leaver:18-25']]),
            minus(shown.byAge['8-13'], [g['in-care:8-13']]),
            minus(shown.byAge['14-17'], [g['in-care:14-17'], g['care-leaver:14-17']]),
            minus(shown.byAge['18-25'], [g['care-leaver:18-25']]),
          ])
            if (d !== null) expect(d > 0 && d < MIN_GROUP_SIZE, `a difference of ${d}`).toBe(false);
          for (const x of Object.values(g)) if (typeof x === 'number') expect(x > 0 && x < MIN_GROUP_SIZE).toBe(false);
        },
      ),
    );
  });
});
