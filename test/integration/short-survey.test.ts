/**
 * Short surveys: each young person rates a set of the round's promises chosen on their phone from counts the
 * server gives in steps of 5. The round's setting is validated; asking for the counts stores nothing; after
 * 400 young people every promise's n is exactly the recount of what they sent, and the sets are balanced.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { API_PATHS, fill } from '../../shared/api-paths';
import { DEFAULT_PROMISES_PER_PERSON, MIN_GROUP_SIZE } from '../../shared/limits';
import { RATINGS, type Rating } from '../../shared/rating';
import type { PublicSurvey } from '../../shared/schemas/public-survey';
import type { Scorecard } from '../../shared/schemas/scorecard';
import { pickSet } from '../../shared/survey/short-set';
import { api, finaliseRound } from '../support/board';
import { DEMO_COUNCIL, demoEmail, loginToken, startTestServer } from '../support/local-server';
import { havePledges, PLEDGES_DIR, seedPledgeCouncil } from '../support/pledge-council';
import { scanTable, testTableName } from '../support/table-scan';

const IDS = { councilId: 'c_short', slug: 'shortshire', roundId: 'r_short_1' };
const PEOPLE = 400;
let server: LocalServer;
let tableName: string;

beforeAll(async () => {
  tableName = testTableName('short');
  server = await startTestServer({ pages: false, tableName });
});
afterAll(() => server.close());

const coveragePath = (roundId: string) => fill(API_PATHS.coverage, { roundId });

describe('a round’s number of promises per person', () => {
  const roundsPath = fill(API_PATHS.rounds, { councilId: DEMO_COUNCIL.councilId });
  it('is refused with a clear 400 when it is not a whole number from 1 to the pledge’s promises', async () => {
    const http = api(server);
    const admin = await loginToken(server, demoEmail('council-admin'));
    // Checked before anything else: the demo round being open does not hide the reason.
    for (const [value, words] of [
      [0, /at least 1/],
      [2.5, /whole number/],
      ['twelve', /number/],
      [21, /20 promises/],
    ] as const) {
      const res = await http.call(roundsPath, {
        method: 'POST',
        token: admin,
        body: { name: 'Spring', promisesPerPerson: value },
      });
      expect(res.status, String(value)).toBe(400);
      const { error } = (await res.json()) as { error: { message: string; issues?: { message: string }[] } };
      expect(JSON.stringify(error), String(value)).toMatch(words);
    }
  });

  it('"sections first" is refused unless true or false, and a round that asks it tells the phones', async () => {
    const http = api(server);
    const admin = await loginToken(server, demoEmail('council-admin'));
    const refused = await http.call(roundsPath, {
      method: 'POST',
      token: admin,
      body: { name: 'Spring', sectionsFirst: 'yes' },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/sectionsFirst must be true/);

    const open = (await server.store.rounds.listForCouncil(DEMO_COUNCIL.councilId)).find((r) => r.closesAt === null)!;
    const replaced = await http.call(
      fill(API_PATHS.roundCloseAndOpen, { councilId: DEMO_COUNCIL.councilId, roundId: open.roundId }),
      { method: 'POST', token: admin, body: { name: 'Parts first', closesAt: null, sectionsFirst: true } },
    );
    expect(replaced.status).toBe(201);
    const { opened } = (await replaced.json()) as { opened: { roundId: string; sectionsFirst?: boolean } };
    expect(opened.sectionsFirst).toBe(true);
    // The phones learn it once the old round has finished closing and the new one is open.
    await expect
      .poll(
        async () =>
          (
            (await (
              await fetch(`${server.url}${fill(API_PATHS.survey, { slug: DEMO_COUNCIL.slug })}`, { cache: 'no-store' })
            ).json()) as PublicSurvey
          ).round,
        { timeout: 20_000, interval: 500 },
      )
      .toMatchObject({ roundId: opened.roundId, sectionsFirst: true });
  });
});

describe.skipIf(!havePledges())(
  `400 young people over the real 65-promise pledge${havePledges() ? '' : ` (skipped: ${PLEDGES_DIR} is absent)`}`,
  () => {
    it('each gets a short set; every promise’s n is the recount; the sets are balanced; asking stores nothing', async () => {
      const file = readdirSync(PLEDGES_DIR).find((f) => f.startsWith('003_') && f.endsWith('.txt'))!;
      const { board } = await seedPledgeCouncil(server, file, IDS, null);
      const survey = (await (
        await fetch(`${server.url}${fill(API_PATHS.survey, { slug: IDS.slug })}`)
      ).json()) as PublicSurvey;
      const ids = survey.pledge!.sections.flatMap((s) => s.promises.map((p) => p.promiseId));
      expect(ids).toHaveLength(65);
      expect(survey.round!.promisesPerPerson).toBe(DEFAULT_PROMISES_PER_PERSON);

      // Asking for the counts writes nothing: the table is the same before and after.
      const before = await scanTable(tableName);
      const first = await fetch(`${server.url}${coveragePath(IDS.roundId)}`, {
        headers: { 'user-agent': 'Phone/1.0 (set-test)' },
      });
      expect(first.status).toBe(200);
      expect(await scanTable(tableName)).toEqual(before);

      const recount = new Map<string, number>(ids.map((id) => [id, 0]));
      for (let person = 0; person < PEOPLE; person++) {
        const { answered } = (await (await fetch(`${server.url}${coveragePath(IDS.roundId)}`)).json()) as {
          answered: Record<string, number>;
        };
        // An open round's counts are never told exactly.
        for (const v of Object.values(answered)) expect(v % MIN_GROUP_SIZE).toBe(0);
        const set = pickSet(ids, answered, survey.round!.promisesPerPerson, Math.random);
        const ratings: Record<string, Rating> = {};
        for (const id of set) {
          const r = RATINGS[Math.floor(Math.random() * RATINGS.length)]!;
          ratings[id] = r;
          if (r !== 'dontknow') recount.set(id, recount.get(id)! + 1);
        }
        const res = await fetch(`${server.url}${fill(API_PATHS.responses, { roundId: IDS.roundId })}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings }),
        });
        expect(res.status).toBe(200);
      }

      await finaliseRound(server.deps.store, IDS.roundId);
      expect((await fetch(`${server.url}${coveragePath(IDS.roundId)}`)).status).toBe(404);
      const token = await loginToken(server, board.email, board.password);
      const card = await api(server).ok<Scorecard>(
        api(server).call(fill(API_PATHS.scorecard, { councilId: IDS.councilId, roundId: IDS.roundId }), { token }),
      );
      const ns = card.sections
        .flatMap((s) => s.promises)
        .map((p) => {
          expect(p.figures.suppressed, p.promiseId).toBe(false);
          const n = (p.figures as { n: number }).n;
          expect(n, p.promiseId).toBe(recount.get(p.promiseId));
          return n;
        });
      expect(ns).toHaveLength(65);
      // 400 × 12 answers over 65 promises: about 74 each; counts are told in steps of 5, so the spread stays small.
      expect(Math.max(...ns) / Math.min(...ns)).toBeLessThanOrEqual(1.5);
    }, 300_000);
  },
);
