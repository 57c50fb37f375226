/**
 * What the survey benchmarks share: the real server (API and built pages, compressed as in production)
 * on DynamoDB Local, with a council whose open round asks 65 promises — the real 65-promise pledge when
 * ../shared/pledges is there, otherwise 65 made-up promises of the same average length.
 */
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { seedCouncil } from '../../functions/local/seed';
import { type LocalServer, type LocalServerOptions, startLocalServer } from '../../functions/local/server';
import { buildWebIfStale } from '../../functions/local/web-build';
import { newId } from '../../shared/ids';
import { DEFAULT_COMMENT_RETENTION_DAYS, DEFAULT_THRESHOLDS } from '../../shared/limits';
import type { PledgeContent } from '../../shared/schemas/pledge';
import { havePledges, seedPledgeCouncil } from '../support/pledge-council';

export const SLUG = 'benchshire';
const BENCH_TABLE = 'bench-survey';

const madeUpPledge = (): PledgeContent => ({
  title: 'Our promise to you',
  sections: Array.from({ length: 6 }, (_, s) => ({
    sectionId: newId('s'),
    title: `Part ${s + 1} of our promise to you`,
    promises: Array.from({ length: s < 5 ? 11 : 10 }, (_, i) => ({
      promiseId: newId('p'),
      // About 150 characters, like the real pledge's promises.
      text: `We will make sure that promise ${s + 1}.${i + 1} is kept for you, and we will explain what it means, listen to what you think and tell you what we did.`,
      themes: [],
    })),
  })),
});

export const startSurveyBench = async (): Promise<{
  server: LocalServer;
  source: string;
  /** Starts another server on the same table (for example one whose API answers late). */
  another: (options?: Partial<LocalServerOptions>) => Promise<LocalServer>;
  stop: () => Promise<void>;
}> => {
  await buildWebIfStale({ log: () => {} });
  const dynamo = await startDynamoLocal();
  const server = await startLocalServer({ endpoint: dynamo.endpoint, tableName: BENCH_TABLE, quiet: true });
  const ids = { councilId: 'c_benchshire', slug: SLUG, roundId: 'r_benchshire_1' };
  let source: string;
  if (havePledges()) {
    await seedPledgeCouncil(server, '003_32f04cea583af548.txt', ids);
    source = 'the real 65-promise pledge (../shared/pledges/003_…)';
  } else {
    await seedCouncil(server.store, {
      council: {
        councilId: ids.councilId,
        slug: SLUG,
        name: 'Benchshire County Council',
        helpContacts: [],
        thresholds: { ...DEFAULT_THRESHOLDS },
        commentRetentionDays: DEFAULT_COMMENT_RETENTION_DAYS,
      },
      pledgeId: newId('pl'),
      pledge: madeUpPledge(),
      roundId: ids.roundId,
      roundName: 'Bench round',
      now: new Date(),
    });
    source = '65 made-up promises (../shared/pledges is absent)';
  }
  const others: LocalServer[] = [];
  return {
    server,
    source,
    another: async (options = {}) => {
      const other = await startLocalServer({
        endpoint: dynamo.endpoint,
        tableName: BENCH_TABLE,
        quiet: true,
        ...options,
      });
      others.push(other);
      return other;
    },
    stop: async () => {
      for (const other of others) await other.close();
      await server.close();
      await dynamo.stop();
    },
  };
};
