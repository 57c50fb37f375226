/**
 * Submissions through the whole HTTP stack (autocannon → Hono → TransactWriteItems) next to the same
 * transactions sent straight to the same DynamoDB Local; and scorecard read latency with 100 and with
 * 20,000 responses in the round. Goals: HTTP keeps ≥ 80% of the raw rate; scorecard ratio ≤ 1.5.
 */

import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { DEMO_PLEDGE, DEMO_STAFF } from '../../functions/local/demo-council';
import { devUserDirectory } from '../../functions/local/dev-users';
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { seedDemo } from '../../functions/local/seed';
import { startLocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { dynamoStore } from '../../functions/store/dynamo';
import { submissionTransaction } from '../../functions/store/dynamo/responses';
import { AGE_BUCKETS, CARE_BUCKETS, type Cohort } from '../../shared/cohort';
import { RATINGS, type Rating } from '../../shared/rating';
import { promisesOf } from '../../shared/schemas/pledge';
import { bulkSeedResponses } from '../support/bulk-seed';
import { fmt, runPool, summarise } from './support';

const CONCURRENCY = 20;
const RAW_COUNT = 2_000;
const HTTP_SECONDS = 10;
const PROMISE_IDS = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
const randomRatings = (): Record<string, Rating> =>
  Object.fromEntries(PROMISE_IDS.map((id) => [id, RATINGS[Math.floor(Math.random() * RATINGS.length)]!]));

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const randomCohort = (): Cohort => ({ age: pick(AGE_BUCKETS), care: pick(CARE_BUCKETS), source: 'survey' });

const dynamo = await startDynamoLocal();
try {
  // --- raw TransactWriteItems, same shape the API sends (after a warm-up of both paths) ---
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  const rawTable = 'bench-raw';
  await ensureTable(client, rawTable);
  const db = documentClient(client);
  const rawStore = dynamoStore(db, rawTable);
  await seedDemo(rawStore, devUserDirectory(db, rawTable));
  const round = (await rawStore.rounds.get('r_riverside_1'))!;
  const record = () => ({
    round,
    submissionId: crypto.randomUUID(),
    ratings: randomRatings(),
    cohort: { age: 'not-answered', care: 'not-answered', source: 'survey' } as const,
    comments: [],
    receivedOn: new Date().toISOString().slice(0, 10),
    commentsExpireAt: 0,
  });
  let rawConflicts = 0;
  const sendRaw = (count: number) =>
    runPool(count, CONCURRENCY, async () => {
      const r = record();
      for (;;) {
        try {
          await db.send(new TransactWriteCommand({ TransactItems: submissionTransaction(rawTable, r) }));
          return;
        } catch (e) {
          if ((e as Error).name !== 'TransactionCanceledException') throw e;
          rawConflicts++;
        }
      }
    });
  await sendRaw(300);
  rawConflicts = 0;
  const rawStart = performance.now();
  await sendRaw(RAW_COUNT);
  const rawRate = RAW_COUNT / ((performance.now() - rawStart) / 1000);

  // --- the full HTTP stack ---
  const server = await startLocalServer({
    endpoint: dynamo.endpoint,
    tableName: 'bench-http',
    pages: false,
    quiet: true,
  });
  await seedDemo(server.store, server.users);
  const load = (duration: number) =>
    autocannon({
      url: `${server.url}/api/public/rounds/r_riverside_1/responses`,
      method: 'POST',
      connections: CONCURRENCY,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings: randomRatings() }),
          }),
        },
      ],
    });
  await load(3);
  const result = await load(HTTP_SECONDS);
  const httpRate = result['2xx'] / HTTP_SECONDS;

  console.log(
    `Submissions (${PROMISE_IDS.length}-promise pledge, concurrency ${CONCURRENCY}, DynamoDB Local in memory)`,
  );
  console.log(
    `  raw TransactWriteItems   ${fmt(rawRate)} /s  (${RAW_COUNT} sent after 300 to warm up, ${rawConflicts} conflicts retried)`,
  );
  console.log(
    `  HTTP stack               ${fmt(httpRate)} /s  p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms (${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors)`,
  );
  console.log(`  ratio HTTP / raw         ${fmt(httpRate / rawRate, 2)}  (goal ≥ 0.80)`);

  // --- scorecard latency: 100 responses, then 20,000 ---
  const scoreTable = 'bench-score';
  await ensureTable(client, scoreTable);
  const scoreServer = await startLocalServer({
    endpoint: dynamo.endpoint,
    tableName: scoreTable,
    pages: false,
    quiet: true,
  });
  await seedDemo(scoreServer.store, scoreServer.users);
  const token = await scoreServer.idp.issueToken({
    sub: 'bench',
    email: DEMO_STAFF[0]!.email,
    roles: ['board-member'],
    councilId: 'c_riverside',
  });
  const scoreRound = (await scoreServer.store.rounds.get('r_riverside_1'))!;
  const seedResponses = async (count: number) =>
    runPool(count, CONCURRENCY, async () => {
      await scoreServer.store.responses.submit({ ...record(), cohort: randomCohort(), round: scoreRound });
    });
  const readScorecard = async (times: number) => {
    const ms: number[] = [];
    for (let i = 0; i < times; i++) {
      const t = performance.now();
      const res = await fetch(`${scoreServer.url}/api/staff/councils/c_riverside/rounds/r_riverside_1/scorecard`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`scorecard ${res.status}`);
      ms.push(performance.now() - t);
    }
    return summarise(ms.slice(10)); // the first reads warm the JIT and connections
  };
  await seedResponses(100);
  const small = await readScorecard(210);
  // The other 19,900 go in by bulk writes that leave the same raw items and counter totals (see bulk-seed.ts).
  await bulkSeedResponses(db, scoreTable, scoreRound, 19_900, () => ({
    ratings: randomRatings(),
    cohort: randomCohort(),
  }));
  const large = await readScorecard(210);
  console.log(`Scorecard read, random answers and cohorts (p50 / p95 over ${small.n} reads after 10 to warm up)`);
  console.log(`  100 responses      ${fmt(small.p50)} / ${fmt(small.p95)} ms`);
  console.log(`  20,000 responses   ${fmt(large.p50)} / ${fmt(large.p95)} ms`);
  console.log(`  ratio (p50)        ${fmt(large.p50 / small.p50, 2)}  (goal ≤ 1.5)`);

  await scoreServer.close();
  await server.close();
  client.destroy();
} finally {
  await dynamo.stop();
}
