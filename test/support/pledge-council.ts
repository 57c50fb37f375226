import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCouncil } from '../../functions/local/seed';
import type { LocalServer } from '../../functions/local/server';
import { REPO_ROOT } from '../../functions/local/web-build';
import { newId } from '../../shared/ids';
import { importPledge } from '../../shared/importer';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { PledgeContent } from '../../shared/schemas/pledge';

/** Real councils' pledges, kept beside the project (not in it); tests that need them skip when it is absent. */
export const PLEDGES_DIR = join(REPO_ROOT, '..', 'shared', 'pledges');
export const havePledges = () => existsSync(PLEDGES_DIR);

/**
 * A test council whose pledge is a real pledge document put through the importer, with ids given to its
 * sections and promises as publishing does, one open round, and a board member who can read its scorecard.
 */
export const seedPledgeCouncil = async (
  server: LocalServer,
  file: string,
  ids: { councilId: string; slug: string; roundId: string },
  /** How many promises each young person is asked: every one unless said (null: the round's default). */
  promisesPerPerson?: number | null,
) => {
  const draft = importPledge(readFileSync(join(PLEDGES_DIR, file), 'utf8'));
  const pledge: PledgeContent = {
    title: draft.title || 'Our pledge',
    sections: draft.sections.map((s) => ({
      sectionId: newId('s'),
      title: s.title,
      promises: s.promises.map((p) => ({ promiseId: newId('p'), text: p.text, themes: p.themes })),
    })),
  };
  const { council, round } = await seedCouncil(server.store, {
    council: {
      councilId: ids.councilId,
      slug: ids.slug,
      name: 'Testshire County Council',
      helpContacts: [
        { name: 'Testshire Children’s Rights Officers', description: 'Help to be heard', phone: '020 7946 0999' },
      ],
      thresholds: { ...DEFAULT_THRESHOLDS },
      commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
    },
    pledgeId: newId('pl'),
    pledge,
    roundId: ids.roundId,
    roundName: 'Test round',
    now: new Date(),
    ...(promisesPerPerson !== undefined ? { promisesPerPerson } : {}),
  });
  const board = { email: `board@${ids.slug}.example`, password: 'testshire-board-2026' };
  await server.users.put(
    { sub: `board-${ids.slug}`, email: board.email, roles: ['board-member'], councilId: council.councilId },
    board.password,
  );
  return { council, round, pledge, board };
};
