import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCounts, RATINGS, type Rating, type RatingCounts } from '../../shared/rating';
import { addResponse, emptyRoundTally } from '../../shared/scoring/tally';
import { cohortOfGroup, cohortOfRoom } from '../../shared/sessions/groups';
import {
  displayJoinCode,
  isJoinCode,
  JOIN_CODE_ALPHABET,
  JoinCodeSchema,
  newJoinCode,
  normaliseJoinCode,
} from '../../shared/sessions/join-code';
import {
  applyAction,
  forwardAction,
  initialState,
  isVotingOpen,
  type SessionAction,
  type SessionState,
} from '../../shared/sessions/state';
import { buildSessionSummary } from '../../shared/sessions/summary';
import { emptyTally, peopleInTally, planTally } from '../../shared/sessions/tally';
import { newParticipant, type Participant, planVote } from '../../shared/sessions/votes';

describe('join codes', () => {
  it('use 6 characters from an alphabet without look-alikes', () => {
    for (const lookAlike of '0OQ1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    for (let i = 0; i < 200; i++) expect(isJoinCode(newJoinCode())).toBe(true);
  });

  it('draw every character equally often: bytes 240–255 are thrown away, 0–239 give each character 10 ways in', () => {
    const preimages = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      // A byte from the biased tail first (always discarded), then b, then filler.
      const code = newJoinCode((n) => Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 250 : i === 1 ? b : 0)));
      expect(code.slice(1)).toBe(JOIN_CODE_ALPHABET[0]!.repeat(5));
      if (b < 240) preimages.set(code[0]!, (preimages.get(code[0]!) ?? 0) + 1);
      else expect(code[0]).toBe(JOIN_CODE_ALPHABET[0]);
    }
    expect([...preimages.values()]).toEqual(Array(JOIN_CODE_ALPHABET.length).fill(10));
  });

  it('are read however they are typed, and refuse anything else with a helpful message', () => {
    expect(normaliseJoinCode(' acd-479 ')).toBe('ACD479');
    expect(JoinCodeSchema.parse('acd 479')).toBe('ACD479');
    const bad = JoinCodeSchema.safeParse('OIL123');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/6 letters and numbers, like ACD 479/);
    expect(displayJoinCode('ACD479')).toBe('ACD 479');
  });
});

describe('the session state machine', () => {
  const ids = ['p1', 'p2', 'p3'];
  const run = (...actions: SessionAction[]) =>
    actions.reduce<SessionState>((s, a) => {
      const t = applyAction(s, a, ids);
      if (!t.ok) throw new Error(`${a}: ${t.reason}`);
      return t.state;
    }, initialState());

  it('goes from the lobby through each promise, voting open until closed, results hidden until shown', () => {
    const first = run('next');
    expect(first).toMatchObject({ status: 'live', index: 0, resultsShown: false });
    expect(isVotingOpen(first, ids, 'p1')).toBe(true);
    expect(isVotingOpen(first, ids, 'p2')).toBe(false);
    const closed = run('next', 'close-voting', 'show-results');
    expect(isVotingOpen(closed, ids, 'p1')).toBe(false);
    expect(closed.resultsShown).toBe(true);
    const second = run('next', 'close-voting', 'show-results', 'next');
    expect(second).toMatchObject({ index: 1, resultsShown: false });
    // Going back keeps the earlier promise closed, with its results hidden again.
    const back = run('next', 'close-voting', 'show-results', 'next', 'previous');
    expect(back).toMatchObject({ index: 0, resultsShown: false });
    expect(isVotingOpen(back, ids, 'p1')).toBe(false);
    expect(isVotingOpen(run('next', 'close-voting', 'open-voting'), ids, 'p1')).toBe(true);
    expect(run('next', 'previous').status).toBe('lobby');
  });

  it('raises the version on every change and refuses moves that make no sense, with a reason', () => {
    expect(run('next', 'next').version).toBe(initialState().version + 2);
    const refuse = (state: SessionState, action: SessionAction) => applyAction(state, action, ids);
    expect(refuse(run('next', 'next', 'next'), 'next')).toEqual({
      ok: false,
      reason: expect.stringMatching(/last promise/),
    });
    expect(refuse(initialState(), 'previous').ok).toBe(false);
    expect(refuse(initialState(), 'close-voting').ok).toBe(false);
    expect(refuse(run('next', 'close-voting'), 'close-voting').ok).toBe(false);
    const ended = run('next', 'end');
    expect(ended.status).toBe('ended');
    for (const a of ['next', 'previous', 'end', 'open-voting'] as const) expect(refuse(ended, a).ok).toBe(false);
  });

  it("walks a clicker's forward button through close voting, show results, next promise", () => {
    let s = initialState();
    const walked: (SessionAction | null)[] = [];
    for (let i = 0; i < 12; i++) {
      const a = forwardAction(s, ids);
      walked.push(a);
      if (!a) break;
      const t = applyAction(s, a, ids);
      if (!t.ok) throw new Error(t.reason);
      s = t.state;
    }
    expect(walked).toEqual([
      'next',
      'close-voting',
      'show-results',
      'next',
      'close-voting',
      'show-results',
      'next',
      'close-voting',
      'show-results',
      null,
    ]);
  });
});

describe('participant groups', () => {
  it('map onto the survey age groups, and never guess care status', () => {
    expect(cohortOfGroup('junior', 'session-vote')).toEqual({
      age: '8-13',
      care: 'not-answered',
      source: 'session-vote',
    });
    expect(cohortOfGroup('care-experienced', 'session-vote').age).toBe('18-25');
    expect(cohortOfGroup('prefer-not-to-say', 'session-vote').age).toBe('prefer-not-to-say');
    expect(cohortOfGroup(null, 'session-vote').age).toBe('not-answered');
    expect(cohortOfRoom('mixed', 'session-tally')).toEqual({
      age: 'not-answered',
      care: 'not-answered',
      source: 'session-tally',
    });
  });
});

/** Counters as the store keeps them: applying every planned move to a tally. */
const applyMoves = (counters: Map<string, number>, moves: { promiseId: string; rating: Rating; by: number }[]) => {
  for (const m of moves)
    counters.set(`${m.promiseId}.${m.rating}`, (counters.get(`${m.promiseId}.${m.rating}`) ?? 0) + m.by);
};

describe('votes', () => {
  it('move a changed vote from the old answer to the new one, and count the person once', () => {
    const p = newParticipant('senior');
    const first = planVote(p, 'p1', 'yes', 1);
    expect(first).toMatchObject({
      kind: 'move',
      moves: [{ rating: 'yes', by: 1 }],
      newPerson: { age: '14-17', source: 'session-vote' },
    });
    if (first.kind !== 'move') throw new Error();
    const change = planVote(first.participant, 'p1', 'no', 2);
    expect(change).toMatchObject({
      kind: 'move',
      moves: [
        { rating: 'yes', by: -1 },
        { rating: 'no', by: 1 },
      ],
      newPerson: null,
    });
    expect(planVote(first.participant, 'p1', 'yes', 1).kind).toBe('unchanged');
    expect(planVote(first.participant, 'p1', 'no', 1).kind).toBe('unchanged');
  });

  it('end with exactly the newest vote of each phone counted once, whatever order and however often requests arrive', () => {
    const vote = fc.record({
      phone: fc.integer({ min: 0, max: 4 }),
      promise: fc.constantFrom('p1', 'p2'),
      rating: fc.constantFrom(...RATINGS),
    });
    fc.assert(
      fc.property(
        fc.array(vote, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (sent, shuffle) => {
          // Each phone numbers its votes in the order it sent them; the network may reorder and repeat them.
          const numbered = sent.map((v, i) => ({ ...v, seq: i + 1 }));
          const arriving = [...numbered, ...shuffle.map((k) => numbered[k % numbered.length]!)];
          for (let i = arriving.length - 1; i > 0; i--) {
            const j = (shuffle[i % Math.max(1, shuffle.length)] ?? 0) % (i + 1);
            [arriving[i], arriving[j]] = [arriving[j]!, arriving[i]!];
          }
          const phones = new Map<number, Participant>();
          const counters = new Map<string, number>();
          let people = 0;
          for (const v of arriving) {
            const plan = planVote(phones.get(v.phone) ?? newParticipant(null), v.promise, v.rating, v.seq);
            if (plan.kind === 'unchanged') continue;
            applyMoves(counters, plan.moves);
            if (plan.newPerson) people++;
            phones.set(v.phone, plan.participant);
          }
          const expected = new Map<string, number>();
          const newest = new Map<string, (typeof numbered)[number]>();
          for (const v of numbered) newest.set(`${v.phone}/${v.promise}`, v);
          for (const v of newest.values())
            expected.set(`${v.promise}.${v.rating}`, (expected.get(`${v.promise}.${v.rating}`) ?? 0) + 1);
          expect([...counters].filter(([, n]) => n !== 0).sort()).toEqual([...expected].sort());
          expect(people).toBe(new Set(numbered.map((v) => v.phone)).size);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('shows of hands', () => {
  const counts = (yes: number, sometimes: number, no: number, dontknow: number): RatingCounts => ({
    yes,
    sometimes,
    no,
    dontknow,
  });

  it('are set, not added: a correction moves the counters by the difference', () => {
    const first = planTally(emptyTally(), 'p1', counts(3, 4, 5, 0));
    if (first.kind !== 'move') throw new Error();
    expect(first).toMatchObject({ deltas: { yes: 3, sometimes: 4, no: 5 }, peopleDelta: 12 });
    const fixed = planTally(first.tally, 'p1', counts(6, 4, 1, 1));
    expect(fixed).toMatchObject({ kind: 'move', deltas: { yes: 3, no: -4, dontknow: 1 }, peopleDelta: 0 });
    expect(planTally(first.tally, 'p1', counts(3, 4, 5, 0)).kind).toBe('unchanged');
  });

  it('stand for as many people as the most hands counted on one promise, through any corrections', () => {
    const tally = fc.record({
      promise: fc.constantFrom('p1', 'p2', 'p3'),
      c: fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(30)),
    });
    fc.assert(
      fc.property(fc.array(tally, { maxLength: 30 }), (entries) => {
        let t = emptyTally();
        const counters = new Map<string, number>();
        let people = 0;
        for (const e of entries) {
          const plan = planTally(t, e.promise, counts(...e.c));
          if (plan.kind === 'unchanged') continue;
          for (const [r, by] of Object.entries(plan.deltas))
            applyMoves(counters, [{ promiseId: e.promise, rating: r as Rating, by }]);
          people += plan.peopleDelta;
          t = plan.tally;
        }
        const last = new Map(entries.map((e) => [e.promise, counts(...e.c)]));
        for (const [promise, c] of last)
          for (const r of RATINGS) expect(counters.get(`${promise}.${r}`) ?? 0).toBe(c[r]);
        expect(people).toBe(peopleInTally(Object.fromEntries(last)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the session summary', () => {
  it('replaces figures from fewer than 5 young people, shows a 0 as 0, and keeps the session order', () => {
    const tally = emptyRoundTally();
    const phone = cohortOfGroup(null, 'session-vote');
    for (let i = 0; i < 6; i++) addResponse(tally, { p2: i < 5 ? 'yes' : 'no', p1: i < 3 ? 'no' : 'dontknow' }, phone);
    const summary = buildSessionSummary(
      [
        { promiseId: 'p2', text: 'Two' },
        { promiseId: 'p1', text: 'One' },
        { promiseId: 'p3', text: 'Three' },
      ],
      tally,
      { green: 75, amber: 50 },
    );
    expect(summary.phoneVoters).toBe(6);
    expect(summary.handsCounted).toBe(0);
    expect(summary.promises.map((p) => p.promiseId)).toEqual(['p2', 'p1', 'p3']);
    expect(summary.promises[0]!.figures).toMatchObject({
      suppressed: false,
      n: 6,
      counts: { ...emptyCounts(), yes: 5, no: 1 },
      status: 'green',
    });
    // Three "no" and three "don't know": six people, but only 3 said anything about the promise.
    expect(summary.promises[1]!.figures).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(summary.promises[2]!.figures.suppressed).toBe(true);
  });
});
