/**
 * A council admin enters, for a round, how many young people could answer it in each group (its own figures, as
 * reported to the DfE). Against the real app and DynamoDB Local: every kind of bad input is refused with a message
 * a person can act on, beside the field it concerns; good figures are saved and audited; another council's admin
 * gets nothing; and the board's scorecard of the round, once final, carries the response rates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EARLIER_ROUND, seedDemoHistory } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import type { CohortFigures } from '../../shared/schemas/cohort-figures';
import type { Scorecard } from '../../shared/schemas/scorecard';
import type { AuditPage } from '../../shared/schemas/staff-users';
import { answer, api, finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const ROUND = 'r_riverside_1';
const path = (councilId = COUNCIL, roundId = ROUND) => fill(API_PATHS.roundCohortFigures, { councilId, roundId });
const GOOD = { 'in-care:8-13': 40, 'in-care:14-17': 60, 'care-leaver:14-17': 20, 'care-leaver:18-25': 90 };

let server: LocalServer;
let http: ReturnType<typeof api>;
let admin: string;

type Problem = { code: string; message: string; issues?: { path: string; message: string }[] };
const refused = async (body: unknown): Promise<Problem> => {
  const res = await http.call(path(), { method: 'PUT', token: admin, body });
  const { error } = (await res.json()) as { error: Problem };
  expect(res.status, JSON.stringify(error)).toBe(400);
  return error;
};
const issueAt = (e: Problem, at: string) => e.issues?.find((i) => i.path === at)?.message;

beforeAll(async () => {
  server = await startTestServer();
  http = api(server);
  admin = await loginToken(server, demoEmail('council-admin'));
  const round = (await server.store.rounds.get(ROUND))!;
  // 10 children in care of 14 to 17 answered, 5 care leavers of 18 to 25, and 6 said neither.
  await answer(server.store, round, { p_reply: 'yes' }, 10, { age: '14-17', care: 'in-care' });
  await answer(server.store, round, { p_reply: 'no' }, 5, { age: '18-25', care: 'care-leaver' });
  await answer(server.store, round, { p_reply: 'sometimes' }, 6);
});
afterAll(async () => {
  await server?.close();
});

describe("the council's figures of young people for a round", () => {
  it('reads as not entered at first', async () => {
    expect(await http.ok(http.call(path(), { token: admin }))).toEqual({ figures: null });
  });

  it('refuses each kind of bad figure with a message naming the group and what to do', async () => {
    const negative = await refused({ population: { ...GOOD, 'in-care:8-13': -3 } });
    expect(issueAt(negative, 'population.in-care:8-13')).toBe('Children in care 8–13: the number cannot be below 0');

    const part = await refused({ population: { ...GOOD, 'in-care:14-17': 12.5 } });
    expect(issueAt(part, 'population.in-care:14-17')).toBe(
      'Children in care 14–17: enter a whole number of young people',
    );

    const words = await refused({ population: { ...GOOD, 'care-leaver:14-17': 'twenty' } });
    expect(issueAt(words, 'population.care-leaver:14-17')).toBe('Care leavers 16–17: enter a number, such as 120');

    const huge = await refused({ population: { ...GOOD, 'care-leaver:18-25': 250_000 } });
    expect(issueAt(huge, 'population.care-leaver:18-25')).toBe(
      'Care leavers 18–25: 100,000 is the most we take. Check the number for a typing slip',
    );

    const { 'care-leaver:18-25': _, ...missing } = GOOD;
    const gap = await refused({ population: missing });
    expect(issueAt(gap, 'population.care-leaver:18-25')).toBe(
      'Care leavers 18–25: enter how many young people there are (0 if none)',
    );
    const blank = await refused({ population: { ...GOOD, 'in-care:8-13': null } });
    expect(issueAt(blank, 'population.in-care:8-13')).toBe(
      'Children in care 8–13: enter how many young people there are (0 if none)',
    );

    // Fewer in a group than have already answered from it: 10 children in care of 14 to 17 answered.
    const fewer = await refused({ population: { ...GOOD, 'in-care:14-17': 7 } });
    expect(fewer.message).toContain('Children in care 14–17');
    expect(issueAt(fewer, 'population.in-care:14-17')).toBe(
      'Children in care 14–17: at least 10 young people from this group have already answered "Autumn 2026", so there must be at least 10. Check the figure you used',
    );
    // Nothing was saved by any of them.
    expect(await http.ok(http.call(path(), { token: admin }))).toEqual({ figures: null });
  });

  it("saves good figures, records who entered them, and another council's admin gets nothing", async () => {
    const { figures } = await http.ok<{ figures: CohortFigures }>(
      http.call(path(), { method: 'PUT', token: admin, body: { population: GOOD } }),
    );
    expect(figures.population).toEqual(GOOD);
    expect(await http.ok(http.call(path(), { token: admin }))).toEqual({ figures });

    const audit = await http.ok<AuditPage>(http.call(fill(API_PATHS.audit, { councilId: COUNCIL }), { token: admin }));
    const entry = audit.entries.find((e) => e.action === 'round.cohort-figures');
    expect(entry).toMatchObject({ actor: demoEmail('council-admin'), target: ROUND });

    // A board member reads the scorecard, but cannot enter figures.
    const board = await loginToken(server, demoEmail('board-member'));
    await http.fails(http.call(path(), { method: 'PUT', token: board, body: { population: GOOD } }), 403);

    // An admin of another council: refused on this council's path, and this round is not found on their own.
    const other = await server.idp.issueToken({
      sub: 'staff-elsewhere',
      email: 'admin@elsewhere.example',
      roles: ['council-admin'],
      councilId: 'c_elsewhere',
    });
    const change = { population: { ...GOOD, 'in-care:8-13': 1 } };
    await http.fails(http.call(path(), { method: 'PUT', token: other, body: change }), 403);
    await http.fails(http.call(path(), { token: other }), 403);
    await http.fails(http.call(path('c_elsewhere'), { method: 'PUT', token: other, body: change }), 404);
    expect(await http.ok(http.call(path(), { token: admin }))).toEqual({ figures });
  });

  it('once the round is final, the scorecard gives the response rate overall and by group', async () => {
    await finaliseRound(server.store, ROUND);
    const card = await http.ok<Scorecard>(
      http.call(fill(API_PATHS.scorecard, { councilId: COUNCIL, roundId: ROUND }), { token: admin }),
    );
    expect(card.responseRates?.state).toBe('shown');
    if (card.responseRates?.state !== 'shown') return;
    const { rates } = card.responseRates;
    // 21 heard from, of 210 young people: 10%.
    expect(rates).toMatchObject({ heard: 21, population: 210, rate: 10, notSaid: 6 });
    expect(rates.groups.map((g) => [g.name, g.heard, g.rate])).toEqual([
      ['Children in care 8–13', 0, 0],
      ['Children in care 14–17', 10, 17],
      ['Care leavers 16–17', 0, 0],
      ['Care leavers 18–25', 5, 6],
    ]);
  });

  it('the demo npm start makes has figures for its earlier, final round, so a new user sees response rates', async () => {
    await seedDemoHistory(server.store);
    const card = await http.ok<Scorecard>(
      http.call(fill(API_PATHS.scorecard, { councilId: COUNCIL, roundId: DEMO_EARLIER_ROUND }), { token: admin }),
    );
    expect(card.responseRates?.state).toBe('shown');
    if (card.responseRates?.state !== 'shown') return;
    expect(card.responseRates.rates.groupsHidden).toBeUndefined();
    expect(card.responseRates.rates.groups.every((g) => typeof g.rate === 'number')).toBe(true);
    // Care leavers are the hardest to hear from: the board reads it in a sentence.
    expect(card.responseRates.rates.sentences).toEqual([
      'Care leavers 18–25: 5% of them answered, against 11% overall.',
    ]);
  });
});
