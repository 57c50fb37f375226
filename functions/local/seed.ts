import type { Council } from '../../shared/schemas/council';
import type { PledgeContent, PledgeVersion } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import type { Store } from '../store/store';
import { DEMO_COUNCIL, DEMO_PASSWORD, DEMO_PLEDGE, DEMO_PLEDGE_ID, DEMO_STAFF } from './demo-council';
import type { DevUserDirectory } from './dev-users';

/** A council with a published pledge and one open round: the shape every demo and test starts from. */
export const seedCouncil = async (
  store: Store,
  input: { council: Council; pledgeId: string; pledge: PledgeContent; roundId: string; roundName: string; now: Date },
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
  };
  await store.rounds.put(round);
  return { council, pledge, round };
};

/** Seeds Riverside and its demo staff once; later starts find it and leave it as it is. */
export const seedDemo = async (
  store: Store,
  users: DevUserDirectory,
  now = new Date(),
  password = DEMO_PASSWORD,
): Promise<'seeded' | 'present'> => {
  if (await store.councils.getBySlug(DEMO_COUNCIL.slug)) return 'present';
  await seedCouncil(store, {
    council: DEMO_COUNCIL,
    pledgeId: DEMO_PLEDGE_ID,
    pledge: DEMO_PLEDGE,
    roundId: 'r_riverside_1',
    roundName: 'Autumn 2026',
    now,
  });
  for (const [i, s] of DEMO_STAFF.entries()) {
    await users.put({ sub: `demo-${i + 1}`, email: s.email, roles: s.roles, councilId: s.councilId }, password);
  }
  return 'seeded';
};

/** Gives the demo staff a new password (an install made before each install had its own). */
export const setDemoPasswords = async (users: DevUserDirectory, password: string) => {
  for (const [i, s] of DEMO_STAFF.entries())
    await users.put({ sub: `demo-${i + 1}`, email: s.email, roles: s.roles, councilId: s.councilId }, password);
};
