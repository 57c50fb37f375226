/**
 * A believable board picture for Riverside, for the board's browser tests and screenshots: three earlier rounds and the
 * open one, answers that differ by promise, round, age group and care status (some promises improving, some slipping,
 * one answered by too few), session votes, comments waiting for a moderator and some already approved, and three
 * other councils so themes have a median to compare with. Deterministic: the same figures every run.
 */
import { refreshCouncilSummary } from '../../functions/api/services/benchmark';
import { DEMO_PLEDGE, DEMO_PLEDGE_ID } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import type { NewComment } from '../../functions/store/store';
import { API_PATHS, fill } from '../../shared/api-paths';
import type { AgeBucket, CareBucket, Source } from '../../shared/cohort';
import { newId } from '../../shared/ids';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { Rating } from '../../shared/rating';
import { screenComment } from '../../shared/safeguarding/screen';
import type { Round } from '../../shared/schemas/round';
import { runPool } from '../bench/support';
import { addRound, api, finaliseRound } from './board';
import { DEMO_COUNCIL, demoEmail, loginToken } from './local-server';

/** The round the board reads: answered, moderated and then made final (the board sees a round's figures only then). */
export const LATEST_ROUND = 'r_riverside_1';
const OPEN_ROUND = LATEST_ROUND;
const COUNCIL = DEMO_COUNCIL.councilId;

/** Earlier rounds, oldest first, then the open one; how many answered in each. */
const ROUNDS = [
  { roundId: 'r_autumn25', name: 'Autumn 2025', daysAgo: 400, people: 34 },
  { roundId: 'r_spring26', name: 'Spring 2026', daysAgo: 280, people: 38 },
  { roundId: 'r_summer26', name: 'Summer 2026', daysAgo: 160, people: 42 },
] as const;
const OPEN_PEOPLE = 46;
/** In the open round, this many also voted in an In Care Council session on their phones. */
const SESSION_VOTERS = 12;

/**
 * Chance of "yes" per promise in the oldest round and how much it moves each round after; the reply promise
 * jumps in the open round (a real change), the belongings promise slips a little every round.
 */
const KEPT: Record<string, [start: number, drift: number]> = {
  p_explain: [0.78, 0.01],
  p_visit: [0.5, 0.04],
  p_things: [0.75, -0.1],
  p_welcome: [0.9, 0],
  p_same_worker: [0.25, 0.02],
  p_reply: [0.12, 0.03],
  p_plan: [0.5, 0.02],
  p_iro: [0.8, 0.02],
  p_family: [0.42, 0],
  p_friends: [0.5, 0.04],
  p_home: [0.35, -0.02],
  p_identity: [0.86, 0.01],
  p_school: [0.86, 0],
  p_pep: [0.7, 0.04],
  p_health: [0.9, 0],
  p_hobbies: [0.8, 0],
  p_advocate: [0.2, 0.06],
  p_listen: [0.15, 0],
  p_pathway: [0.45, 0.03],
  p_after: [0.72, 0.02],
};
const JUMP: Record<string, number> = { p_reply: 0.5 };
/** Few young people rate this promise in the open round, so its figures read "fewer than 5". */
export const RARE_PROMISE = 'p_hobbies';

/** A small deterministic random source (mulberry32), so screenshots and assertions do not change between runs. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(r: number, weighted: [T, number][]): T => {
  let acc = 0;
  for (const [v, w] of weighted) {
    acc += w;
    if (r < acc) return v;
  }
  return weighted[weighted.length - 1]![0];
};
const AGES: [AgeBucket, number][] = [
  ['8-13', 0.22],
  ['14-17', 0.42],
  ['18-25', 0.26],
  ['prefer-not-to-say', 0.05],
  ['not-answered', 0.05],
];
const CARE: [CareBucket, number][] = [
  ['in-care', 0.6],
  ['care-leaver', 0.3],
  ['prefer-not-to-say', 0.04],
  ['not-answered', 0.06],
];

const ratingsFor = (
  rnd: () => number,
  roundIndex: number,
  age: AgeBucket,
  open: boolean,
  person: number,
): Record<string, Rating> => {
  const out: Record<string, Rating> = {};
  for (const [promiseId, [start, drift]] of Object.entries(KEPT)) {
    if (open && promiseId === RARE_PROMISE && person >= 3) continue;
    if (rnd() < 0.08) continue; // skipped
    // Younger children feel the family promise is kept less often.
    const jump = open ? (JUMP[promiseId] ?? 0) : 0;
    const yes = Math.min(
      0.95,
      Math.max(0.03, start + drift * roundIndex + jump - (promiseId === 'p_family' && age === '8-13' ? 0.3 : 0)),
    );
    const r = rnd();
    out[promiseId] = r < 0.06 ? 'dontknow' : r < 0.06 + yes * 0.94 ? 'yes' : rnd() < 0.45 ? 'sometimes' : 'no';
  }
  return out;
};

const storeRound = async (
  server: LocalServer,
  round: Round,
  roundIndex: number,
  people: number,
  open: boolean,
  comments: Map<number, NewComment[]>,
) => {
  const rnd = random(1000 + roundIndex);
  const people_ = Array.from({ length: people }, (_, i) => {
    const age = pick(rnd(), AGES);
    const care = age === '8-13' ? 'in-care' : pick(rnd(), CARE);
    const source: Source = open && i >= people - SESSION_VOTERS ? 'session-vote' : 'survey';
    return { age, care, source, ratings: ratingsFor(rnd, roundIndex, age, open, i) };
  });
  await runPool(people, 8, async (i) => {
    const p = people_[i]!;
    await server.store.responses.submit({
      round,
      submissionId: crypto.randomUUID(),
      ratings: p.ratings,
      cohort: { age: p.age, care: p.care, source: p.source },
      comments: comments.get(i) ?? [],
      receivedOn: new Date(Date.parse(round.opensAt) + (i + 1) * 3_600_000).toISOString().slice(0, 10),
      commentsExpireAt: Math.floor(Date.now() / 1000) + 86_400 * 30,
    });
  });
};

const comment = (text: string, promiseId?: string): NewComment => ({
  commentId: newId('cm'),
  text,
  urgent: screenComment(text).urgent,
  ...(promiseId ? { promiseId } : {}),
});

/** Comments the board will read once approved (the test approves them through the API). */
export const APPROVED = {
  reply: 'My new social worker texts me back the same day now, that is a big change.',
  things: 'When I moved last time my stuff still went in bin bags.',
  family: 'I only see my little brother once a month and I want it to be more.',
  general: 'More trips out in the holidays please, and ask us what we want to do.',
} as const;
/** A comment the moderator approves with a name and a place hidden. */
export const NAMED = 'My worker Jamie Brook at Oakfield House never calls me back.';
/** Comments left waiting for the moderator. */
export const WAITING = {
  worry: "I don't feel safe at my placement at night.",
  visit: 'Nobody told me anything about my new home before I moved there.',
  hostile: '<img src=x onerror="document.body.dataset.pwned=1"> <b>bold?</b> =SUM(A1)',
} as const;
export const SESSION_NOTE =
  'The group said reviews happen at school in front of friends, and one said they ran away last month.';

/** Stores the whole picture; returns the comment ids by text for the test to decide on. */
export const seedBoardPicture = async (server: LocalServer) => {
  const rounds: Round[] = [];
  for (const r of ROUNDS)
    rounds.push(
      await addRound(server.store, {
        councilId: COUNCIL,
        roundId: r.roundId,
        name: r.name,
        daysAgo: r.daysAgo,
        lastsDays: 60,
        pledgeId: DEMO_PLEDGE_ID,
        pledgeVersion: 1,
      }),
    );
  const open = (await server.store.rounds.get(OPEN_ROUND))!;

  const openComments = new Map<number, NewComment[]>([
    [0, [comment(APPROVED.reply, 'p_reply'), comment(APPROVED.general)]],
    [1, [comment(APPROVED.things, 'p_things')]],
    [2, [comment(APPROVED.family, 'p_family'), comment(WAITING.worry, 'p_family')]],
    [3, [comment(NAMED, 'p_same_worker')]],
    [4, [comment(WAITING.visit, 'p_visit'), comment(WAITING.hostile, 'p_listen')]],
  ]);
  await Promise.all([
    ...ROUNDS.map((r, i) => storeRound(server, rounds[i]!, i, r.people, false, new Map())),
    storeRound(server, open, ROUNDS.length, OPEN_PEOPLE, true, openComments),
  ]);

  // A facilitator's note from a live session waits in the same queue.
  const http = api(server);
  const facilitator = await loginToken(server, demoEmail('facilitator'));
  const { session } = await http.ok<{ session: { sessionId: string } }>(
    http.call(fill(API_PATHS.sessions, { councilId: COUNCIL }), {
      method: 'POST',
      token: facilitator,
      body: { roundId: OPEN_ROUND, promiseIds: ['p_iro'], roomSize: 30, mode: 'phones-and-hands' },
    }),
    201,
  );
  await http.ok(
    http.call(fill(API_PATHS.sessionNotes, { councilId: COUNCIL, sessionId: session.sessionId }), {
      method: 'POST',
      token: facilitator,
      body: { noteId: crypto.randomUUID(), promiseId: 'p_iro', text: SESSION_NOTE },
    }),
  );

  // The approved comments, decided through the API as a moderator would.
  const moderator = await loginToken(server, demoEmail('moderator'));
  const { comments } = await http.ok<{ comments: { commentId: string; text: string }[] }>(
    http.call(fill(API_PATHS.moderationQueue, { councilId: COUNCIL }), { token: moderator }),
  );
  for (const text of Object.values(APPROVED)) {
    const c = comments.find((x) => x.text === text)!;
    await http.ok(
      http.call(fill(API_PATHS.commentDecision, { councilId: COUNCIL, roundId: OPEN_ROUND, commentId: c.commentId }), {
        method: 'POST',
        token: moderator,
        body: { decision: 'approve' },
      }),
    );
  }

  await otherCouncils(server);
  const latest = await finaliseRound(server.store, LATEST_ROUND);
  return { rounds: [...rounds, latest] };
};

/**
 * Five other live councils (a final round that heard from 24 young people each) with a figure on most themes, so the
 * themes page has a median; their names never reach Riverside.
 */
const otherCouncils = async (server: LocalServer) => {
  const promises = DEMO_PLEDGE.sections.flatMap((s) => s.promises).filter((p) => !p.themes.includes('leaving-care'));
  for (const n of [1, 2, 3, 4, 5]) {
    const councilId = `c_elsewhere${n}`;
    const { round } = await seedCouncil(server.store, {
      council: {
        councilId,
        slug: `elsewhere-${n}`,
        name: `Elsewhere ${n}`,
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: `pl_elsewhere${n}`,
      pledge: {
        title: 'Pledge',
        sections: [
          {
            sectionId: 's1',
            title: 'Our promises',
            promises: promises.map((p) => ({ promiseId: p.promiseId, text: p.text, themes: p.themes })),
          },
        ],
      },
      roundId: `r_elsewhere${n}`,
      roundName: 'Autumn 2026',
      now: new Date(),
    });
    const rnd = random(n);
    await runPool(24, 6, async () => {
      const ratings = Object.fromEntries(
        promises.map((p) => [
          p.promiseId,
          (rnd() < 0.4 + n * 0.06 ? 'yes' : rnd() < 0.5 ? 'sometimes' : 'no') as Rating,
        ]),
      );
      await server.store.responses.submit({
        round,
        submissionId: crypto.randomUUID(),
        ratings,
        cohort: { age: 'not-answered', care: 'not-answered', source: 'survey' },
        comments: [],
        receivedOn: new Date().toISOString().slice(0, 10),
        commentsExpireAt: Math.floor(Date.now() / 1000) + 86_400,
      });
    });
    await finaliseRound(server.store, round.roundId);
    await refreshCouncilSummary(server.deps, councilId);
  }
};
