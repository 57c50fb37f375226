import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, CARE_STATUSES, type Cohort, cohortOf, NOT_ANSWERED } from '../../shared/cohort';
import { RATINGS, type Rating, type RatingCounts } from '../../shared/rating';
import {
  addParticipant,
  addShowOfHands,
  addToCell,
  cellsOf,
  describeDifference,
  differencesOf,
  mergeTally,
  RESPONSE_WAYS,
  tallyDifference,
  WAYS,
} from '../../shared/scoring/reconcile';
import { addResponse, emptyRoundTally, type RoundTally, totalCounts, totalResponses } from '../../shared/scoring/tally';
import { cohortOfRoom, ROOM_GROUPS, SESSION_GROUPS } from '../../shared/sessions/groups';
import { emptyTally, planTally } from '../../shared/sessions/tally';
import { newParticipant, type Participant, planVote } from '../../shared/sessions/votes';

const PROMISES = ['p_a', 'p_b', 'p_c', 'p_d'];
const rating = fc.constantFrom(...RATINGS);
const response = fc.record({
  ratings: fc.dictionary(fc.constantFrom(...PROMISES), rating),
  about: fc.record(
    { ageGroup: fc.constantFrom(...AGE_GROUPS), careStatus: fc.constantFrom(...CARE_STATUSES) },
    { requiredKeys: [] },
  ),
});
const tallyOf = (responses: { ratings: Record<string, Rating>; about: object }[]) => {
  const t = emptyRoundTally();
  for (const r of responses) addResponse(t, r.ratings, cohortOf(r.about, 'survey'));
  return t;
};

/** What the store's counter moves do, written as cells: the rule a recount must agree with. */
const applyMove = (t: RoundTally, promiseId: string | null, r: Rating | null, cohort: Cohort, by: number) => {
  const value = { source: cohort.source, age: cohort.age, care: cohort.care };
  for (const way of WAYS) addToCell(t, { promiseId, rating: r, way, value: value[way], n: by });
};

describe('recounting and comparing a round', () => {
  it('finds no difference when the counters hold exactly what the raw responses say', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), (responses) => {
        expect(differencesOf(tallyOf(responses), tallyOf(responses))).toEqual([]);
      }),
    );
  });

  it('lists every cell that differs, with both figures, and the difference added to the stored counters gives the recount', () => {
    fc.assert(
      fc.property(
        fc.array(response, { maxLength: 30 }),
        fc.array(response, { minLength: 1, maxLength: 5 }),
        (kept, lost) => {
          const stored = tallyOf(kept);
          const recounted = tallyOf([...kept, ...lost]);
          const diffs = differencesOf(stored, recounted);
          // Each lost response is missing from four response cells: source, age, care, and care and age together.
          expect(diffs.filter((d) => d.promiseId === null).reduce((n, d) => n + d.recounted - d.stored, 0)).toBe(
            RESPONSE_WAYS.length * lost.length,
          );
          for (const d of diffs) expect(d.recounted).not.toBe(d.stored);
          const repaired = mergeTally(mergeTally(emptyRoundTally(), stored), tallyDifference(stored, recounted));
          expect(differencesOf(repaired, recounted)).toEqual([]);
          expect(totalResponses(repaired)).toBe(kept.length + lost.length);
        },
      ),
    );
  });

  it('names the cell, both figures and the change in one line a person can check', () => {
    const stored = tallyOf([{ ratings: { p_a: 'sometimes' }, about: { ageGroup: '8-13' } }]);
    const recounted = tallyOf([
      { ratings: { p_a: 'sometimes' }, about: { ageGroup: '8-13' } },
      { ratings: { p_a: 'sometimes' }, about: { ageGroup: '8-13' } },
    ]);
    const lines = differencesOf(stored, recounted).map(describeDifference);
    expect(lines).toContain('p_a sometimes, age 8-13: stored 1, recounted 2 (+1)');
    expect(lines).toContain('responses, source survey: stored 1, recounted 2 (+1)');
    expect(lines).toContain(`responses, care and age ${NOT_ANSWERED}:8-13: stored 1, recounted 2 (+1)`);
    expect(lines).toHaveLength(7);
  });

  it("compares and repairs a survey's count of responses by care status and age together (the board's response rates by group)", () => {
    const kept: { ratings: Record<string, Rating>; about: object }[] = [
      { ratings: { p_a: 'yes' }, about: { ageGroup: '8-13', careStatus: 'in-care' } },
      { ratings: { p_b: 'no' }, about: { ageGroup: '14-17' } },
    ];
    const stored = tallyOf(kept);
    stored.responses.byCohort['in-care:8-13'] = 3;
    const recounted = tallyOf(kept);
    expect(differencesOf(stored, recounted).map(describeDifference)).toEqual([
      'responses, care and age in-care:8-13: stored 3, recounted 1 (-2)',
    ]);
    expect(mergeTally(stored, tallyDifference(stored, recounted)).responses.byCohort).toEqual(
      recounted.responses.byCohort,
    );
  });

  it('counts a counter that should not be there at all as a difference down to zero', () => {
    const stored = tallyOf([{ ratings: { p_z: 'no' }, about: {} }]);
    const diffs = differencesOf(stored, emptyRoundTally());
    expect(diffs.every((d) => d.recounted === 0 && d.stored === 1)).toBe(true);
    expect(diffs).toHaveLength(7);
  });
});

describe('recounting sessions agrees with the counter moves of live voting', () => {
  const vote = fc.record({ promiseId: fc.constantFrom(...PROMISES), rating, late: fc.boolean() });

  it('a phone recounted from its record equals every move its votes made, replays and late votes included', () => {
    fc.assert(
      fc.property(fc.constantFrom(null, ...SESSION_GROUPS), fc.array(vote, { maxLength: 20 }), (group, votes) => {
        const moved = emptyRoundTally();
        let p: Participant = newParticipant(group);
        let seq = 0;
        for (const v of votes) {
          // A late vote carries an older number than the newest one already sent.
          const plan = planVote(p, v.promiseId, v.rating, v.late && seq > 1 ? seq - 1 : ++seq);
          if (plan.kind === 'unchanged') continue;
          for (const m of plan.moves) applyMove(moved, m.promiseId, m.rating, m.cohort, m.by);
          if (plan.newPerson) applyMove(moved, null, null, plan.newPerson, 1);
          p = plan.participant;
        }
        const recounted = emptyRoundTally();
        addParticipant(recounted, p);
        expect(differencesOf(moved, recounted)).toEqual([]);
      }),
    );
  });

  it('a show of hands recounted from its last numbers equals every correction typed before them', () => {
    const counts = fc.record(
      Object.fromEntries(RATINGS.map((r) => [r, fc.nat({ max: 30 })])) as Record<Rating, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ROOM_GROUPS),
        fc.array(fc.tuple(fc.constantFrom(...PROMISES), counts), { maxLength: 12 }),
        (room, typed) => {
          const moved = emptyRoundTally();
          const cohort = cohortOfRoom(room, 'session-tally');
          let t = emptyTally();
          for (const [promiseId, c] of typed) {
            const plan = planTally(t, promiseId, c as RatingCounts);
            if (plan.kind === 'unchanged') continue;
            for (const [r, by] of Object.entries(plan.deltas))
              applyMove(moved, plan.promiseId, r as Rating, cohort, by);
            if (plan.peopleDelta) applyMove(moved, null, null, cohort, plan.peopleDelta);
            t = plan.tally;
          }
          const recounted = emptyRoundTally();
          addShowOfHands(recounted, t.counts, room);
          expect(differencesOf(moved, recounted)).toEqual([]);
        },
      ),
    );
  });

  it('every cell of a recount is reachable: each way sums to the same total', () => {
    const t = tallyOf([
      { ratings: { p_a: 'yes', p_b: 'no' }, about: { ageGroup: '14-17' } },
      { ratings: { p_a: 'dontknow' }, about: { careStatus: 'in-care' } },
    ]);
    addParticipant(t, { group: 'junior', votes: { p_a: { rating: 'sometimes', seq: 3 } }, counted: true });
    const byWay = (way: string) =>
      [...cellsOf(t)].filter((c) => c.way === way && c.promiseId === 'p_a').reduce((n, c) => n + c.n, 0);
    expect(byWay('source')).toBe(3);
    expect(byWay('age')).toBe(3);
    expect(byWay('care')).toBe(3);
    expect(totalCounts(t.promises.get('p_a')!)).toEqual({ yes: 1, sometimes: 1, no: 0, dontknow: 1 });
  });
});
