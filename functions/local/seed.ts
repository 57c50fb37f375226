import type { Rating } from '../../shared/rating';
import type { CohortPopulation } from '../../shared/schemas/cohort-figures';
import type { Council } from '../../shared/schemas/council';
import type { PledgeContent, PledgeVersion } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import { sourceHash, sourceTexts, type TranslationSet } from '../../shared/translations/texts';
import type { Store } from '../store/store';
import { DEMO_ARABIC } from './demo-arabic';
import {
  DEMO_COUNCIL,
  DEMO_PASSWORD,
  DEMO_PLEDGE,
  DEMO_PLEDGE_ID,
  DEMO_PLEDGE_MARKED,
  DEMO_ROUND_NAME,
  DEMO_STAFF,
} from './demo-council';
import type { DevUserDirectory } from './dev-users';

/**
 * A council with a published pledge and one open round: the shape every demo and test starts from. The round asks
 * each young person every promise unless `promisesPerPerson` says how many (null: the round's default, 12 on a
 * longer pledge, as a round opened by a council admin without choosing).
 */
export const seedCouncil = async (
  store: Store,
  input: {
    council: Council;
    pledgeId: string;
    pledge: PledgeContent;
    roundId: string;
    roundName: string;
    now: Date;
    promisesPerPerson?: number | null;
    /**
     * Arabic for its young people: by default switched on (its screen words checked) with the notice that the
     * council's promises are still in English, as a council offers it before its translation is done. Given the
     * Arabic words by text id instead, they are kept as translated from this pledge's English, and Arabic is
     * switched on with no notice (the demo that `npm start` shows).
     */
    arabic?: 'with-english-notice' | 'not-offered' | Readonly<Record<string, string>>;
  },
): Promise<{ council: Council; pledge: PledgeVersion; round: Round }> => {
  const { council, now } = input;
  await store.councils.create(council);
  const pledge: PledgeVersion = {
    ...input.pledge,
    councilId: council.councilId,
    pledgeId: input.pledgeId,
    version: 1,
    publishedAt: now.toISOString(),
    retiredPromiseIds: [],
  };
  await store.pledges.publish(pledge);
  const round: Round = {
    roundId: input.roundId,
    councilId: council.councilId,
    name: input.roundName,
    pledgeId: pledge.pledgeId,
    pledgeVersion: pledge.version,
    opensAt: new Date(now.getTime() - 86_400_000).toISOString(),
    closesAt: null,
    access: 'open-link',
    ...(input.promisesPerPerson === null
      ? {}
      : { promisesPerPerson: input.promisesPerPerson ?? pledge.sections.reduce((n, s) => n + s.promises.length, 0) }),
  };
  await store.rounds.put(round);
  if (input.arabic !== 'not-offered') {
    const words = typeof input.arabic === 'object' ? input.arabic : null;
    const translations: TranslationSet = {};
    for (const t of sourceTexts(pledge, council.helpContacts, { council: council.name, round: round.name })) {
      const text = words?.[t.id];
      if (text) translations[t.id] = { text, sourceHash: sourceHash(t.source) };
    }
    await store.translations.put(
      council.councilId,
      {
        settings: {
          language: 'ar',
          switchedOn: true,
          englishPromisesNotice: !words,
          screenWordsCheck: {
            checkedBy: 'Amal Haddad, a fluent reader of Arabic (demo)',
            checkedAt: now.toISOString(),
          },
        },
        translations,
      },
      0,
    );
  }
  return { council, pledge, round };
};

/**
 * How the demo is seeded. `fixture` (tests): every promise for everyone and asked of every young person, in the
 * pledge's order, so a test can walk the whole pledge. `as-a-council-would` (`npm start`): promises marked with who
 * they are about and the round's default set (12 of the 20), and every text in Arabic, as a new user should meet
 * the survey.
 */
export type DemoShape = 'fixture' | 'as-a-council-would';

/** Seeds Riverside and its demo staff once; later starts find it and leave it as it is. */
export const seedDemo = async (
  store: Store,
  users: DevUserDirectory,
  now = new Date(),
  password = DEMO_PASSWORD,
  shape: DemoShape = 'fixture',
): Promise<'seeded' | 'present'> => {
  if (await store.councils.getBySlug(DEMO_COUNCIL.slug)) return 'present';
  const real = shape === 'as-a-council-would';
  await seedCouncil(store, {
    council: DEMO_COUNCIL,
    pledgeId: DEMO_PLEDGE_ID,
    pledge: real ? DEMO_PLEDGE_MARKED : DEMO_PLEDGE,
    roundId: 'r_riverside_1',
    roundName: DEMO_ROUND_NAME,
    now,
    ...(real ? { promisesPerPerson: null, arabic: DEMO_ARABIC } : {}),
  });
  for (const [i, s] of DEMO_STAFF.entries()) {
    await users.put({ sub: `demo-${i + 1}`, email: s.email, roles: s.roles, councilId: s.councilId }, password);
  }
  return 'seeded';
};

/** The demo's earlier round: closed long enough ago that its figures are final, so the board has figures to read. */
export const DEMO_EARLIER_ROUND = 'r_riverside_0';
const DEMO_EARLIER_PEOPLE = 48;
/** How many young people Riverside had in each group that spring (made up, of a size a council has). */
const DEMO_EARLIER_POPULATION = {
  'in-care:8-13': 60,
  'in-care:14-17': 70,
  'care-leaver:14-17': 25,
  'care-leaver:18-25': 300,
} as const satisfies CohortPopulation;

/**
 * Made-up answers to the demo pledge in an earlier, final round (Spring 2026), for `npm start` only: the board sees
 * a round's figures only once it is final (shared/scoring/release.ts), and the open round has none yet.
 */
export const seedDemoHistory = async (store: Store, now = new Date()): Promise<void> => {
  const day = 86_400_000;
  const round: Round = {
    roundId: DEMO_EARLIER_ROUND,
    councilId: DEMO_COUNCIL.councilId,
    name: 'Spring 2026',
    pledgeId: DEMO_PLEDGE_ID,
    pledgeVersion: 1,
    opensAt: new Date(now.getTime() - 200 * day).toISOString(),
    closesAt: new Date(now.getTime() - 140 * day).toISOString(),
    access: 'open-link',
  };
  await store.rounds.put(round);
  const promises = DEMO_PLEDGE.sections.flatMap((s) => s.promises);
  // A small fixed generator, so every demo shows the same picture.
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const ages = ['8-13', '14-17', '18-25'] as const;
  const care = ['in-care', 'in-care', 'care-leaver'] as const;
  for (let i = 0; i < DEMO_EARLIER_PEOPLE; i++) {
    const ratings: Record<string, Rating> = {};
    promises.forEach((p, j) => {
      const kept = 0.25 + ((j * 37) % 60) / 100;
      const r = next();
      if (r < 0.15) return; // skipped
      ratings[p.promiseId] =
        r < 0.15 + kept * 0.85 ? 'yes' : next() < 0.5 ? 'sometimes' : next() < 0.8 ? 'no' : 'dontknow';
    });
    await store.responses.submit({
      round,
      submissionId: crypto.randomUUID(),
      ratings,
      cohort: { age: ages[i % 3]!, care: care[(i * 7) % 3]!, source: 'survey' },
      comments: [],
      receivedOn: round.opensAt.slice(0, 10),
      commentsExpireAt: Math.floor(now.getTime() / 1000) + 86_400,
    });
  }
  // The council's own figures of its young people then, so the board reads who it heard from and who it did not.
  await store.cohortFigures.put({
    councilId: DEMO_COUNCIL.councilId,
    roundId: DEMO_EARLIER_ROUND,
    population: DEMO_EARLIER_POPULATION,
    updatedAt: round.opensAt,
  });
};

/** Gives the demo staff a new password (an install made before each install had its own). */
export const setDemoPasswords = async (users: DevUserDirectory, password: string) => {
  for (const [i, s] of DEMO_STAFF.entries())
    await users.put({ sub: `demo-${i + 1}`, email: s.email, roles: s.roles, councilId: s.councilId }, password);
};
