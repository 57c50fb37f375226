import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCouncilSummary } from '../../functions/api/services/benchmark';
import { scorecardFor } from '../../functions/api/services/scorecards';
import { DEMO_PLEDGE, DEMO_PLEDGE_ID } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { PledgeContent } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import type { History, Scorecard } from '../../shared/schemas/scorecard';
import { addRound, answer, api, finaliseRound, publishVersion } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';

const COUNCIL = DEMO_COUNCIL.councilId;
const R1 = 'r_riverside_1';
let server: LocalServer;
let http: ReturnType<typeof api>;
let board: string;
let spring: Round;
let summer: Round;

const path = (roundId: string, what = 'scorecard', councilId = COUNCIL) =>
  `/api/staff/councils/${councilId}/rounds/${roundId}/${what}`;
const scorecard = (roundId: string, token = board) => http.ok<Scorecard>(http.call(path(roundId), { token }));
const promise = (card: Scorecard, id: string) =>
  card.sections.flatMap((s) => s.promises).find((p) => p.promiseId === id)!;

/** Version 2 rewords p_reply (same id, so its trend goes on) and adds a promise whose imported text starts with "-". */
const V2: PledgeContent = {
  ...DEMO_PLEDGE,
  sections: DEMO_PLEDGE.sections.map((s) => ({
    ...s,
    promises: [
      ...s.promises.map((p) =>
        p.promiseId === 'p_reply' ? { ...p, text: 'Your social worker will reply to you within one working day.' } : p,
      ),
      ...(s.sectionId === 's_say'
        ? [{ promiseId: 'p_new', text: '-We will tell you your rights, "in plain words"', themes: [] }]
        : []),
    ],
  })),
};

const otherCouncil = async (n: number, healthYes: number, healthNo: number, extra: { testCouncil?: boolean } = {}) => {
  const councilId = `c_other${n}`;
  const { round } = await seedCouncil(server.store, {
    council: {
      councilId,
      slug: `other-${n}`,
      name: `Other ${n}`,
      helpContacts: [],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      ...extra,
    },
    pledgeId: `pl_other${n}`,
    pledge: {
      title: 'Pledge',
      sections: [
        {
          sectionId: 's1',
          title: 'Health',
          promises: [{ promiseId: 'p_doctor', text: 'You will see a doctor.', themes: ['health'] }],
        },
      ],
    },
    roundId: `r_other${n}`,
    roundName: 'Autumn 2026',
    now: new Date(),
  });
  await answer(server.store, round, { p_doctor: 'yes' }, healthYes);
  await answer(server.store, round, { p_doctor: 'no' }, healthNo);
  return { councilId, round: await finaliseRound(server.store, round.roundId) };
};

beforeAll(async () => {
  server = await startTestServer({ pages: false });
  http = api(server);
  board = await loginToken(server, demoEmail('board-member'));
  await publishVersion(server.store, COUNCIL, DEMO_PLEDGE_ID, 2, V2);
  spring = await addRound(server.store, {
    councilId: COUNCIL,
    roundId: 'r_spring',
    name: 'Spring 2026',
    daysAgo: 300,
    pledgeId: DEMO_PLEDGE_ID,
    pledgeVersion: 1,
  });
  summer = await addRound(server.store, {
    councilId: COUNCIL,
    roundId: 'r_summer',
    name: 'Summer 2026',
    daysAgo: 200,
    pledgeId: DEMO_PLEDGE_ID,
    pledgeVersion: 2,
  });
  const r1 = (await server.store.rounds.get(R1))!;
  await Promise.all([
    answer(server.store, spring, { p_reply: 'no', p_same_worker: 'no' }, 10),
    answer(server.store, summer, { p_reply: 'yes', p_same_worker: 'sometimes' }, 10),
    answer(server.store, summer, { p_reply: 'sometimes', p_same_worker: 'no' }, 1),
    // This round: p_family by age group; p_health for the benchmark.
    answer(server.store, r1, { p_family: 'yes' }, 3, { age: '8-13' }),
    answer(server.store, r1, { p_family: 'yes' }, 10, { age: '14-17' }),
    answer(server.store, r1, { p_family: 'no' }, 6),
    answer(server.store, r1, { p_health: 'yes' }, 6),
    answer(server.store, r1, { p_health: 'no' }, 4),
  ]);
});
afterAll(() => server.close());

describe('trends between rounds', () => {
  it('follows a reworded promise by its id and calls a change real only when the intervals do not overlap', async () => {
    const card = await scorecard(summer.roundId);
    expect(card.previousRound).toEqual({ roundId: 'r_spring', name: 'Spring 2026' });
    const reply = promise(card, 'p_reply');
    expect(reply.text).toBe('Your social worker will reply to you within one working day.');
    // 10 yes + 1 sometimes of 11: (10 + 0.5) / 11 = 95.5; spring 0 of 10.
    expect(reply.figures).toMatchObject({ suppressed: false, n: 11, score: 95.5, status: 'green' });
    expect(reply.trend).toEqual({ previousScore: 0, change: 95.5, real: true });
    // p_same_worker: 10 sometimes + 1 no = 5 / 11 = 45.5 from 0 of 10: [21.3, 72.0] overlaps [0, 27.8], so it may be noise.
    const same = promise(card, 'p_same_worker');
    expect(same.figures).toMatchObject({ n: 11, score: 45.5, status: 'red', interval: { low: 21.3, high: 72 } });
    expect(same.trend).toEqual({ previousScore: 0, change: 45.5, real: false });
    const section = card.sections.find((s) => s.sectionId === 's_worker')!;
    expect(section.reading).toMatch(
      /^Probably partly kept \(score 70\.5, amber\): 1 of 2 promises green, 1 red \(2 more have fewer than 5 answers\); up 70\.5 points since Spring 2026, a real change\.$/,
    );
    expect(card.overview.mostImproved.map((p) => p.promiseId)).toEqual(['p_reply', 'p_same_worker']);
  });

  it('gives every round of the council up to the one asked, per promise (null where not asked) and per theme', async () => {
    const h = await http.ok<History>(http.call(path(summer.roundId, 'history'), { token: board }));
    expect(h.rounds.map((r) => r.name)).toEqual(['Spring 2026', 'Summer 2026']);
    const reply = h.promises.find((p) => p.promiseId === 'p_reply')!;
    expect(reply.points.map((p) => (p.figures && !p.figures.suppressed ? p.figures.score : p.figures))).toEqual([
      0, 95.5,
    ]);
    expect(h.promises.find((p) => p.promiseId === 'p_new')!.points.map((p) => p.figures)).toEqual([
      null,
      { suppressed: true, label: 'fewer than 5' },
    ]);
    const worker = h.themes.find((t) => t.themeId === 'social-worker')!;
    expect(worker.label).toBe('Social worker');
    // Spring: 20 "no" → 0; summer: p_reply 95.5 and p_same_worker 45.5 pooled = (10 + 0.5 + 5) / 22 = 70.5
    expect(worker.points.map((p) => (p.figures && !p.figures.suppressed ? p.figures.score : null))).toEqual([0, 70.5]);
    // The open round is not in its own history until its figures are final.
    const r1 = await http.ok<History>(http.call(path(R1, 'history'), { token: board }));
    expect(r1.rounds.map((r) => r.roundId)).toEqual(['r_spring', 'r_summer']);
  });
});

describe('breakdowns', () => {
  it('replaces small groups by "fewer than 5" on the server, and also the group that would give them away by subtraction', async () => {
    // Open: no cohort cell, no count of who answered, only progress in steps of 5.
    const open = await scorecard(R1);
    expect(open.release).toMatchObject({ phase: 'collecting', progress: { surveyAtLeast: 25 } });
    expect(open.responded).toBeNull();
    expect(promise(open, 'p_family').breakdown.byAge['14-17']).toEqual({ suppressed: true, label: 'not released yet' });
    await finaliseRound(server.store, R1);
    const card = await scorecard(R1);
    const family = promise(card, 'p_family');
    expect(family.figures).toMatchObject({ n: 19, counts: { yes: 13, sometimes: 0, no: 6, dontknow: 0 } });
    expect(family.breakdown.byAge['14-17']).toMatchObject({ suppressed: false, n: 10, score: 100 });
    // 8-13 has 3; "not answered" (6) would be 19 − 10 − 3, so it goes too.
    for (const g of ['8-13', '18-25', 'prefer-not-to-say', 'not-answered'] as const)
      expect(family.breakdown.byAge[g]).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(family.parts.survey).toMatchObject({ suppressed: false, n: 19 });
    expect(family.parts.sessions).toEqual({ suppressed: true, label: 'fewer than 5' });
    // No number anywhere in the answer describes the three 8-13s.
    expect(JSON.stringify(family.breakdown)).not.toMatch(/"n":3\b/);
    expect(card.people).toEqual({ youngPeople: 29, survey: 29, phones: 0, hands: 0 });
    expect(card.responded?.byAge['8-13']).toBe('fewer than 5');
    const r1 = await http.ok<History>(http.call(path(R1, 'history'), { token: board }));
    expect(r1.rounds.map((r) => r.roundId)).toEqual(['r_spring', 'r_summer', R1]);
  });
});

describe('themes beside the median of other councils', () => {
  it('shows the median only over 5 live councils (a final round with 20 young people, no test council), rounded to 5, released once a day', async () => {
    const a = await otherCouncil(1, 10, 10); // 50
    const b = await otherCouncil(2, 12, 8); // 60
    const small = await otherCouncil(3, 15, 4); // 19 young people: not live
    const test = await otherCouncil(5, 20, 0, { testCouncil: true }); // the operator's own test council: never
    const c = await otherCouncil(4, 18, 7); // 72
    const d = await otherCouncil(6, 16, 4); // 80
    const e = await otherCouncil(7, 18, 2); // 90
    // Council 1 is summarised when its own board opens its final scorecard; the others by the refresh job.
    await server.users.put(
      { sub: 'board-other1', email: 'board@other-1.example', roles: ['board-member'], councilId: a.councilId },
      'other-board-2026',
    );
    const otherBoard = await loginToken(server, 'board@other-1.example', 'other-board-2026');
    await http.ok(http.call(path(a.round.roundId, 'scorecard', a.councilId), { token: otherBoard }));
    expect(await refreshCouncilSummary(server.deps, b.councilId)).toMatchObject({
      themes: { health: { score: 60, n: 20 } },
    });
    expect(await refreshCouncilSummary(server.deps, small.councilId)).toBeNull();
    expect(await refreshCouncilSummary(server.deps, test.councilId)).toBeNull();
    await refreshCouncilSummary(server.deps, c.councilId);

    const day = 86_400_000;
    const at = (days: number) => ({ ...server.deps, now: () => new Date(Date.now() + days * day) });
    const health = (card: Scorecard) => card.themes.find((t) => t.themeId === 'health')!;
    // Four live councils: no median.
    const four = await scorecardFor(at(1), COUNCIL, R1);
    expect(health(four).figures).toMatchObject({ score: 60, n: 10 });
    expect(health(four).benchmark).toBeNull();

    // A fifth council the same day: that day's release does not move.
    await refreshCouncilSummary(server.deps, d.councilId);
    await refreshCouncilSummary(server.deps, e.councilId);
    expect(health(await scorecardFor(at(1), COUNCIL, R1)).benchmark).toBeNull();
    // The next day: the median of 50, 60, 72, 80, 90 is 72, shown to the nearest 5.
    const card = await scorecardFor(at(2), COUNCIL, R1);
    expect(health(card).benchmark).toEqual({ median: 70, councils: 5 });
    // Nothing else about another council is in the answer.
    expect(JSON.stringify(card)).not.toMatch(/c_other|Other \d/);
    // A theme no other council has: no benchmark.
    expect(card.themes.find((t) => t.themeId === 'family-friends')!.benchmark).toBeNull();
  });
});

describe('CSV export', () => {
  it('exports the figures as RFC 4180, one file per kind of row, with formula-looking text made safe, and audits the export', async () => {
    const csvOf = async (kind?: string) => {
      const res = await http.call(`${path(summer.roundId, 'scorecard.csv')}${kind ? `?kind=${kind}` : ''}`, {
        token: board,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await res.arrayBuffer());
      // A byte-order mark first, so spreadsheet programs read the file as UTF-8.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return { name: res.headers.get('content-disposition'), lines: new TextDecoder().decode(bytes).split('\r\n') };
    };
    const { name, lines } = await csvOf();
    expect(name).toBe('attachment; filename="scorecard-riverside-summer-2026-promises.csv"');
    expect(lines[0]).toBe(
      'round,section,promise_id,promise,suppressed,suppressed_because,yes,sometimes,no,dont_know,n,score,interval_low,interval_high,status,status_in_words,status_is_certain,previous_score,change,change_is,comments,actions,actions_done',
    );
    // 67.9–99.5 reaches below 75: kept, probably.
    expect(
      lines.some((l) =>
        l.startsWith(
          'Summer 2026,Your social worker and your plans,p_reply,Your social worker will reply to you within one working day.,false,,10,1,0,0,11,95.5,67.9,99.5,green,Probably kept,false,0,95.5,real change,',
        ),
      ),
    ).toBe(true);
    // The interval by hand: p = 10.5/11, z²/n = 0.34923; centre = (0.95455 + 0.17462) / 1.34923 = 0.83689, half = 1.96·0.10900 / 1.34923 = 0.15834.
    // The imported "-We will…" would run as a formula in a spreadsheet: it gets an apostrophe (and quotes for its comma and quotes).
    expect(lines.some((l) => l.includes(`p_new,"'-We will tell you your rights, ""in plain words""",`))).toBe(true);
    const rounds = (await csvOf('rounds')).lines;
    expect(
      rounds.some((l) =>
        /^Spring 2026,\d{4}-\d\d-\d\d,promise,Having your say and leaving care,p_new,"'-We will tell you your rights, ""in plain words""",,true,not asked,{11}$/.test(
          l,
        ),
      ),
    ).toBe(true);
    // Age group (5 groups) and care status (4), from the survey; survey and sessions apart.
    const groups = (await csvOf('groups')).lines;
    expect(groups.filter((l) => l.includes(',survey by ')).length).toBe(21 * 9);
    expect(groups.filter((l) => l.includes(',answered in,')).length).toBe(21 * 2);
    expect((await csvOf('people')).lines).toContain('Summer 2026,who,young people,false,,11,,');
    expect(lines.at(-1)).toBe('');
    expect((await http.call(`${path(summer.roundId, 'scorecard.csv')}?kind=everything`, { token: board })).status).toBe(
      400,
    );
    const audit = await server.store.audit.list(COUNCIL);
    expect(audit[0]).toMatchObject({
      actor: demoEmail('board-member'),
      action: 'scorecard.export-csv',
      target: summer.roundId,
    });
  });
});

describe('who read a scorecard', () => {
  it('is in the audit log: who, when, which round and which view', async () => {
    await scorecard(summer.roundId);
    await http.ok(http.call(path(summer.roundId, 'history'), { token: board }));
    const [history, read] = await server.store.audit.list(COUNCIL);
    expect(read).toMatchObject({
      actor: demoEmail('board-member'),
      action: 'scorecard.read',
      target: summer.roundId,
      details: { view: 'scorecard', released: 'final', answers: 'all' },
    });
    expect(history).toMatchObject({ action: 'scorecard.read-history', target: summer.roundId });
  });

  it('counts the survey only when asked, says so and audits it; any other choice is a 400 that names the choices', async () => {
    const card = await http.ok<Scorecard>(http.call(`${path(summer.roundId)}?answers=survey`, { token: board }));
    expect(card.answers).toBe('survey');
    expect(card.people).toMatchObject({ phones: 0, hands: 0 });
    const [read] = await server.store.audit.list(COUNCIL);
    expect(read).toMatchObject({ action: 'scorecard.read', details: { answers: 'survey' } });
    const csv = await http.call(`${path(summer.roundId, 'scorecard.csv')}?kind=people&answers=survey`, {
      token: board,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/-people-survey-only\.csv"$/);
    const refused = await http.fails(http.call(`${path(summer.roundId)}?answers=sessions`, { token: board }), 400);
    expect(JSON.stringify(refused)).toContain('answers must be one of: all, survey');
  });
});

describe('who may read a scorecard', () => {
  it('is the board and the council admin of that council only', async () => {
    expect((await http.call(path(R1), { token: await loginToken(server, demoEmail('council-admin')) })).status).toBe(
      200,
    );
    for (const role of ['moderator', 'facilitator'] as const) {
      const error = await http.fails(http.call(path(R1), { token: await loginToken(server, demoEmail(role)) }), 403);
      expect(error.message).toBe(
        'This page is for Council admin or Board member. Ask your council admin if you need it.',
      );
    }
    const otherBoard = await loginToken(server, 'board@other-1.example', 'other-board-2026');
    await http.fails(http.call(path(R1), { token: otherBoard }), 403);
    await http.fails(http.call(path(R1, 'history'), { token: otherBoard }), 403);
    await http.fails(http.call(path(R1, 'scorecard.csv'), { token: otherBoard }), 403);
    // Another council's round under one's own council: not found, never shown.
    expect((await http.fails(http.call(path('r_other1'), { token: board }), 404)).message).toBe(
      'There is no such round in your council',
    );
    await http.fails(http.call(path('bad id!'), { token: board }), 400);
  });
});
