import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../shared/cohort';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import { REDACTED_MARK, redact } from '../../shared/moderation/redact';
import type { Rating, RatingCounts } from '../../shared/rating';
import type { Council } from '../../shared/schemas/council';
import type { PledgeVersion } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import { ScorecardSchema } from '../../shared/schemas/scorecard';
import { figuresOf } from '../../shared/scoring/figures';
import { promiseSeries, themeSeries } from '../../shared/scoring/history';
import { overviewOf } from '../../shared/scoring/overview';
import { sectionReading } from '../../shared/scoring/reading';
import type { RoundCounts } from '../../shared/scoring/release';
import { buildScorecard } from '../../shared/scoring/scorecard';
import { addResponse, emptyRoundTally, type RoundTally } from '../../shared/scoring/tally';
import { benchmarkOf, median, type ThemeSummary, themeRollups, themeSummaryOf } from '../../shared/scoring/themes';
import { trendViewOf, trendWords } from '../../shared/scoring/trend';

const c = (yes: number, sometimes: number, no: number, dontknow = 0): RatingCounts => ({
  yes,
  sometimes,
  no,
  dontknow,
});
const T = DEFAULT_THRESHOLDS;
const NOW = new Date('2027-03-01T12:00:00Z');

describe('trend from the previous round', () => {
  it('gives the change in shown points and marks it real only when the intervals do not overlap', () => {
    // 10 of 40 (25.0) then 35 of 40 (87.5): [14.2, 40.2] and [73.9, 94.5] do not overlap.
    expect(trendViewOf(c(10, 0, 30), c(35, 0, 5))).toEqual({ previousScore: 25, change: 62.5, real: true });
    // 6 of 10 (60) then 7 of 10 (70): a 10-point rise that may be noise.
    expect(trendViewOf(c(6, 0, 4), c(7, 0, 3))).toEqual({ previousScore: 60, change: 10, real: false });
    // The change is between the scores as shown: 2/3 → 66.7, 3/4 → 75.0, change 8.3 (not 8.33…).
    expect(trendViewOf(c(4, 0, 2), c(6, 0, 2))?.change).toBe(8.3);
  });

  it('gives no trend without a previous round or when either figure is not shown', () => {
    expect(trendViewOf(null, c(30, 5, 5))).toBeNull();
    expect(trendViewOf(c(2, 1, 1), c(30, 5, 5))).toBeNull();
    expect(trendViewOf(c(30, 5, 5), c(2, 1, 1))).toBeNull();
  });

  it('says it in words', () => {
    expect(trendWords({ previousScore: 25, change: 62.5, real: true }, 'Spring 2026')).toBe(
      'up 62.5 points since Spring 2026, a real change',
    );
    expect(trendWords({ previousScore: 60, change: -4, real: false })).toBe('down 4.0 points, may be noise');
    expect(trendWords({ previousScore: 60, change: 0, real: false })).toBe('no change, may be noise');
  });
});

const line = (promiseId: string, counts: RatingCounts, previous?: RatingCounts) => ({
  promiseId,
  text: `Promise ${promiseId}`,
  figures: figuresOf(counts, T),
  trend: trendViewOf(previous, counts),
  actions: [],
});

describe('overview and section reading', () => {
  const promises = [
    line('a', c(9, 1, 0), c(3, 1, 6)), // 95.0 green, up from 35.0: real
    line('b', c(5, 2, 3), c(5, 1, 4)), // 60.0 amber, up 5.0: noise
    line('c', c(1, 2, 7), c(2, 2, 6)), // 20.0 red, down
    line('d', c(2, 1, 0)), // fewer than 5
    line('e', c(3, 2, 5), c(3, 0, 7)), // 40.0 red, up 10.0: noise
  ];

  it('counts promises by status, lists the most improved (rises only) and the least kept', () => {
    const o = overviewOf(promises);
    expect(o.statusCounts).toEqual({ green: 1, amber: 1, red: 2, notShown: 1 });
    expect(o.mostImproved.map((p) => [p.promiseId, p.trend.change, p.trend.real])).toEqual([
      ['a', 60, true],
      ['e', 10, false],
      ['b', 5, false],
    ]);
    expect(o.leastKept.map((p) => [p.promiseId, p.score, p.status])).toEqual([
      ['c', 20, 'red'],
      ['e', 40, 'red'],
      ['b', 60, 'amber'],
    ]);
  });

  it('reads a section in one sentence', () => {
    const figures = figuresOf(c(15, 5, 10), T); // 58.3 amber
    expect(
      sectionReading({ figures, trend: { previousScore: 50, change: 8.3, real: false }, promises }, 'Spring 2026'),
    ).toBe(
      'Probably partly kept (score 58.3, amber): 1 of 4 promises green, 1 amber, 2 red (1 more has fewer than 5 answers); up 8.3 points since Spring 2026, may be noise.',
    );
    expect(sectionReading({ figures: figuresOf(c(2, 0, 0), T), trend: null, promises }, null)).toBe(
      'Fewer than 5 young people rated these promises, so no figures are shown yet.',
    );
    expect(sectionReading({ figures: figuresOf(c(9, 1, 0), T), trend: null, promises: [promises[0]!] }, null)).toBe(
      'Probably mostly kept (score 95.0, green): 1 of 1 promise green.',
    );
  });
});

const pledgeOf = (sections: { id: string; promises: [string, string[]][] }[]) => ({
  title: 'Pledge',
  sections: sections.map((s) => ({
    sectionId: s.id,
    title: `Section ${s.id}`,
    promises: s.promises.map(([promiseId, themes]) => ({
      promiseId,
      text: `Promise ${promiseId}`,
      themes: themes as never,
    })),
  })),
});

describe('themes and the benchmark of other councils', () => {
  const pledge = pledgeOf([
    {
      id: 's1',
      promises: [
        ['p1', ['social-worker']],
        ['p2', ['social-worker', 'care-plan']],
      ],
    },
    {
      id: 's2',
      promises: [
        ['p3', ['education']],
        ['p4', ['social-worker']],
      ],
    },
  ]);

  it('pools a theme over its promises whose own figures are shown, so a hidden promise cannot be subtracted out', () => {
    const counts = new Map([
      ['p1', c(8, 2, 0)], // n 10
      ['p2', c(3, 2, 5)], // n 10
      ['p4', c(1, 1, 1)], // n 3: hidden, and left out of every roll-up
    ]);
    const rollups = themeRollups(pledge, counts, T);
    expect(rollups.map((r) => r.themeId)).toEqual(['social-worker', 'care-plan', 'education']);
    // social worker: p1 + p2 = yes 11, sometimes 4, no 5: (11 + ½·4) / 20 = 65.0
    expect(rollups[0]!.figures).toMatchObject({ suppressed: false, n: 20, counts: c(11, 4, 5), score: 65 });
    expect(rollups[2]!.figures.suppressed).toBe(true);
    expect(themeSummaryOf('c1', { roundId: 'r1', opensAt: '2027-01-01T00:00:00Z' }, rollups)).toEqual({
      councilId: 'c1',
      roundId: 'r1',
      opensAt: '2027-01-01T00:00:00Z',
      themes: { 'social-worker': { score: 65, n: 20 }, 'care-plan': { score: 40, n: 10 } },
    });
  });

  it('takes the median of the OTHER councils, only when at least 5 contribute with 5 or more responses each, to the nearest 5', () => {
    expect(median([70, 50, 60])).toBe(60);
    expect(median([70, 50, 60, 90])).toBe(65);
    const s = (councilId: string, score: number, n = 20, opensAt = '2027-01-10T00:00:00Z'): ThemeSummary => ({
      councilId,
      roundId: `r-${councilId}`,
      opensAt,
      themes: { health: { score, n } },
    });
    const five = [s('a', 50), s('b', 61), s('c', 62.3), s('d', 80), s('e', 90)];
    // Own council (90) is left out; 5 others → median 62.3, shown as 60.
    expect(benchmarkOf('health', 'own', [s('own', 90), ...five], NOW)).toEqual({ median: 60, councils: 5 });
    // Only 4 others: not shown.
    expect(benchmarkOf('health', 'own', [s('own', 90), ...five.slice(1)], NOW)).toBeNull();
    // A figure resting on fewer than 5, and one from a round long ago, do not count.
    expect(benchmarkOf('health', 'own', [...five.slice(1), s('f', 80, 4)], NOW)).toBeNull();
    expect(benchmarkOf('health', 'own', [...five.slice(1), s('f', 80, 20, '2024-01-01T00:00:00Z')], NOW)).toBeNull();
    // A theme the others do not have: nothing.
    expect(benchmarkOf('education', 'own', five, NOW)).toBeNull();
  });

  it("cannot be steered onto one council's exact score by adding councils of known scores", () => {
    // The outside test added councils scoring 0 and 100 around a council whose theme score was 70: with the
    // median rounded to 5 points, a council's own unrounded score is never read back.
    const victim: ThemeSummary = {
      councilId: 'v',
      roundId: 'rv',
      opensAt: NOW.toISOString(),
      themes: { health: { score: 71.3, n: 30 } },
    };
    const fake = (id: string, score: number): ThemeSummary => ({
      ...victim,
      councilId: id,
      roundId: `r${id}`,
      themes: { health: { score, n: 20 } },
    });
    for (const others of [
      [fake('a', 0), fake('b', 0), fake('c', 100), fake('d', 100)],
      [fake('a', 0), fake('b', 100), fake('c', 100), fake('d', 0), fake('e', 100), fake('f', 0)],
    ]) {
      const b = benchmarkOf('health', 'own', [victim, ...others], NOW);
      expect(b?.median).not.toBe(71.3);
      expect((b?.median ?? 0) % 5).toBe(0);
    }
  });
});

const council: Council = {
  councilId: 'c1',
  slug: 'one',
  name: 'One Council',
  helpContacts: [],
  thresholds: { ...T },
  commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
};
const versionOf = (content: ReturnType<typeof pledgeOf>, version: number): PledgeVersion => ({
  ...content,
  councilId: 'c1',
  pledgeId: 'pl',
  version,
  publishedAt: NOW.toISOString(),
  retiredPromiseIds: [],
});
/** A round that closed over a month before NOW: its figures are final. */
const roundOf = (
  roundId: string,
  name: string,
  opensAt: string,
  version: number,
  closesAt = '2027-01-20T00:00:00Z',
): Round => ({
  roundId,
  councilId: 'c1',
  name,
  pledgeId: 'pl',
  pledgeVersion: version,
  opensAt,
  closesAt,
  access: 'open-link',
});
const tallyOf = (answers: [Record<string, Rating>, number, Partial<Cohort>?][]): RoundTally => {
  const t = emptyRoundTally();
  for (const [ratings, times, cohort] of answers) {
    for (let i = 0; i < times; i++)
      addResponse(t, ratings, { age: 'not-answered', care: 'not-answered', source: 'survey', ...cohort });
  }
  return t;
};

const surveyOnly = (survey: RoundTally): RoundCounts => ({ survey, sessions: new Map() });

describe('the scorecard', () => {
  const v1 = versionOf(
    pledgeOf([
      {
        id: 's1',
        promises: [
          ['pa', ['health']],
          ['pb', ['health']],
          ['pc', []],
        ],
      },
    ]),
    1,
  );
  // Version 2 rewords pa (same id) and moves pb into a new section.
  const v2 = versionOf(
    {
      title: 'Pledge',
      sections: [
        {
          sectionId: 's1',
          title: 'Section s1',
          promises: [
            { promiseId: 'pa', text: 'Promise pa, reworded', themes: ['health'] },
            { promiseId: 'pc', text: 'Promise pc', themes: [] },
          ],
        },
        {
          sectionId: 's2',
          title: 'Section s2',
          promises: [{ promiseId: 'pb', text: 'Promise pb', themes: ['health'] }],
        },
      ],
    } as never,
    2,
  );
  const spring = roundOf('r1', 'Spring 2026', '2026-03-01T00:00:00Z', 1, '2026-06-01T00:00:00Z');
  const autumn = roundOf('r2', 'Autumn 2026', '2026-09-01T00:00:00Z', 2);
  const before = tallyOf([[{ pa: 'no', pb: 'yes', pc: 'yes' }, 20]]);
  const now = tallyOf([
    [{ pa: 'yes', pb: 'yes', pc: 'yes' }, 20],
    [{ pa: 'yes', pc: 'no' }, 3, { age: '8-13' }],
  ]);
  const card = buildScorecard({
    council,
    round: autumn,
    pledge: v2,
    counts: surveyOnly(now),
    sessionsHeld: 0,
    previous: { round: spring, pledge: v1, counts: surveyOnly(before) },
    comments: [
      {
        commentId: 'k1',
        promiseId: 'pa',
        text: 'Better now',
        redacted: false,
        source: 'survey',
        receivedOn: '2026-09-02',
      },
      { commentId: 'k2', text: 'Thank you', redacted: false, source: 'survey', receivedOn: '2026-09-02' },
    ],
    actions: [],
    summaries: [],
    now: NOW,
  });

  it('follows a reworded promise by its id across versions, and marks a big rise as real', () => {
    expect(() => ScorecardSchema.parse(card)).not.toThrow();
    const pa = card.sections[0]!.promises[0]!;
    expect(pa.text).toBe('Promise pa, reworded');
    expect(pa.figures).toMatchObject({ n: 23, score: 100 });
    expect(pa.trend).toEqual({ previousScore: 0, change: 100, real: true });
    expect(card.previousRound).toEqual({ roundId: 'r1', name: 'Spring 2026' });
    expect(card.overview.mostImproved[0]).toMatchObject({ promiseId: 'pa', trend: { change: 100, real: true } });
  });

  it('keeps comments beside their promise and general ones apart; a section reads in one sentence', () => {
    expect(card.sections[0]!.promises[0]!.comments.map((x) => x.text)).toEqual(['Better now']);
    expect(card.generalComments.map((x) => x.text)).toEqual(['Thank you']);
    expect(card.sections[1]!.reading).toBe(
      'Mostly kept (score 100.0, green): 1 of 1 promise green; no change since Spring 2026, may be noise.',
    );
  });

  it('shows "8-13" (3 people) as "fewer than 5" and hides the one other age group that would give it away', () => {
    const byAge = card.sections[0]!.promises[0]!.breakdown.byAge;
    expect(byAge['8-13']).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(byAge['not-answered']).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(card.responded?.byAge['8-13']).toBe('fewer than 5');
    expect(card.responded?.byAge['not-answered']).toBe('fewer than 5');
    expect(card.people).toEqual({ youngPeople: 23, survey: 23, phones: 0, hands: 0 });
    expect(card.release).toMatchObject({ phase: 'final', finalAt: '2027-01-27T00:00:00.000Z' });
  });

  it('shows no comment beside a promise with fewer than 5 ratings', () => {
    const small = buildScorecard({
      council,
      round: autumn,
      pledge: v2,
      counts: surveyOnly(
        tallyOf([
          [{ pa: 'yes' }, 4],
          [{ pb: 'no' }, 4],
        ]),
      ),
      sessionsHeld: 0,
      previous: null,
      comments: [
        {
          commentId: 'k1',
          promiseId: 'pa',
          text: 'Hidden',
          redacted: false,
          source: 'survey',
          receivedOn: '2026-09-02',
        },
      ],
      actions: [],
      summaries: [],
      now: NOW,
    });
    expect(small.sections[0]!.promises[0]!.comments).toEqual([]);
    expect(small.people?.survey).toBe(8);
    // The section pools only shown promises: with none shown, it is not shown either.
    expect(small.sections[0]!.figures.suppressed).toBe(true);
  });

  it('shows nothing of a round that is not final: no figure, cohort, comment or benchmark, only progress in fives', () => {
    for (const [closesAt, phase] of [
      [null, 'collecting'],
      ['2027-02-25T00:00:00Z', 'settling'],
    ] as const) {
      const open = buildScorecard({
        council,
        round: { ...autumn, closesAt },
        pledge: v2,
        counts: surveyOnly(now),
        sessionsHeld: 2,
        previous: { round: spring, pledge: v1, counts: surveyOnly(before) },
        comments: [{ commentId: 'k2', text: 'Thank you', redacted: false, source: 'survey', receivedOn: '2026-09-02' }],
        actions: [],
        summaries: [],
        now: NOW,
      });
      expect(() => ScorecardSchema.parse(open)).not.toThrow();
      expect(open.release).toMatchObject({ phase, progress: { surveyAtLeast: 20, sessions: 2 } });
      expect(open.people).toBeNull();
      expect(open.responded).toBeNull();
      const figures = [
        ...open.sections.flatMap((sec) => [
          sec.figures,
          ...sec.promises.flatMap((p) => [
            p.figures,
            p.parts.survey,
            p.parts.sessions,
            ...Object.values(p.breakdown.byAge),
            ...Object.values(p.breakdown.byCare),
          ]),
        ]),
        ...open.themes.map((t) => t.figures),
      ];
      expect(figures.every((f) => f.suppressed && f.label === 'not released yet')).toBe(true);
      expect(open.generalComments).toEqual([]);
      expect(open.sections.flatMap((sec) => sec.promises.flatMap((p) => p.comments))).toEqual([]);
      expect(open.themes.every((t) => t.benchmark === null && t.trend === null)).toBe(true);
    }
  });

  it('shows a total only when the survey and every session each gave 0 or at least 5, so no part is subtracted out', () => {
    const session = (votes: number) => {
      const t = emptyRoundTally();
      for (let i = 0; i < votes; i++)
        addResponse(t, { pa: 'no' }, { age: 'not-answered', care: 'not-answered', source: 'session-vote' });
      return t;
    };
    const build = (sessions: number[]) =>
      buildScorecard({
        council,
        round: autumn,
        pledge: v2,
        counts: { survey: now, sessions: new Map(sessions.map((v, i) => [`s${i}`, session(v)])) },
        sessionsHeld: sessions.length,
        previous: null,
        comments: [],
        actions: [],
        summaries: [],
        now: NOW,
      }).sections[0]!.promises[0]!;
    // A session of 6 and one of 3: the 3 would be total − survey − 6, so the total and the sessions part are hidden.
    const mixed = build([6, 3]);
    expect(mixed.figures).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(mixed.parts.sessions).toEqual({ suppressed: true, label: 'fewer than 5' });
    expect(mixed.parts.survey).toMatchObject({ suppressed: false, n: 23 });
    // Sessions of 6 and 5: everything shown, survey and sessions apart.
    const both = build([6, 5]);
    expect(both.figures).toMatchObject({ suppressed: false, n: 34 });
    expect(both.parts.sessions).toMatchObject({ suppressed: false, n: 11, counts: { no: 11 } });
  });

  it('builds trend series per promise and per theme over every round', () => {
    const rounds = [
      { round: spring, pledge: v1, counts: new Map([...before.promises].map(([id, t]) => [id, t.bySource.survey])) },
      { round: autumn, pledge: v2, counts: new Map([...now.promises].map(([id, t]) => [id, t.bySource.survey])) },
    ];
    expect(
      promiseSeries(rounds, 'pa', T).map((p) => (p.figures && !p.figures.suppressed ? p.figures.score : null)),
    ).toEqual([0, 100]);
    expect(promiseSeries(rounds, 'pz', T).map((p) => p.figures)).toEqual([null, null]);
    const health = themeSeries(rounds, T).get('health')!;
    // Spring: pa 0 (20 no) + pb 100 (20 yes) = 50.0; autumn: 23 + 20 yes = 100.
    expect(health.map((p) => (p.figures && !p.figures.suppressed ? p.figures.score : null))).toEqual([50, 100]);
  });
});

describe('redaction', () => {
  const text = 'My worker Jamie at Oakfield school never calls back';

  it('replaces the marked words, widened to whole words, and nothing else', () => {
    const jam = text.indexOf('Jamie');
    // Marking "ami" of "Jamie" hides the whole name.
    const r = redact(text, [
      { start: jam + 1, end: jam + 4 },
      { start: text.indexOf('Oakfield'), end: text.indexOf('Oakfield') + 8 },
    ]);
    expect(r).toEqual({
      ok: true,
      text: `My worker ${REDACTED_MARK} at ${REDACTED_MARK} school never calls back`,
      spans: [
        { start: 10, end: 15 },
        { start: 19, end: 27 },
      ],
    });
  });

  it('merges overlapping marks and refuses marks outside the text or hiding everything', () => {
    expect(
      redact('abc def', [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toMatchObject({ ok: true, text: `${REDACTED_MARK} def` });
    expect(
      redact('ab cd ef', [
        { start: 0, end: 2 },
        { start: 3, end: 5 },
      ]),
    ).toEqual({ ok: true, text: `${REDACTED_MARK} ef`, spans: [{ start: 0, end: 5 }] });
    expect(redact('abc', [{ start: 2, end: 9 }])).toMatchObject({ ok: false });
    expect(redact('abc', [{ start: 2, end: 2 }])).toMatchObject({ ok: false });
    expect(redact('abc def', [{ start: 0, end: 7 }])).toEqual({
      ok: false,
      message: 'That hides the whole comment: reject it instead',
    });
    expect(redact('abc', [])).toMatchObject({ ok: false });
  });
});
