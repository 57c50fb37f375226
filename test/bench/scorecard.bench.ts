/**
 * Scorecard API latency with 100 and with 100,000 responses in the round, the council having 5 earlier
 * rounds (the scorecard reads the previous one for trends), 150 councils in the benchmark, and the
 * round's comments: 40 approved (a moderator's day's work) and one pending comment for every ten
 * responses. Goals: p95 at 100,000 under 100 ms, and 100,000 no more than 1.5× slower than 100.
 *
 * Responses are put in by bulk writes that leave what the submission path leaves (raw response items
 * by BatchWrite, counters summed and added with the same counter names; see test/support/bulk-seed.ts):
 * the scorecard never reads the raw items, but they are there, as they would be.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEMO_COUNCIL, DEMO_PLEDGE, DEMO_STAFF } from '../../functions/local/demo-council';
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { seedDemo } from '../../functions/local/seed';
import { startLocalServer } from '../../functions/local/server';
import { createDynamoClient, documentClient } from '../../functions/store/client';
import { keys } from '../../functions/store/keys';
import { AGE_BUCKETS, CARE_BUCKETS, type Cohort } from '../../shared/cohort';
import { RATINGS, type Rating } from '../../shared/rating';
import { promisesOf } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import { THEME_IDS } from '../../shared/themes';
import { finaliseRound } from '../support/board';
import { bulkSeedResponses } from '../support/bulk-seed';
import { fmt, summarise } from './support';

const TABLE = 'bench-scorecard';
const ROUND_ID = 'r_riverside_1';
const READS = 300;
const WARM_UP = 30;
const EARLIER_ROUNDS = 5;
const EARLIER_RESPONSES = 20_000;
const APPROVED_COMMENTS = 40;
const OTHER_COUNCILS = 150;

const PROMISE_IDS = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
/** Answers that lean towards "yes" a little differently per promise, so scores and trends vary. */
const answers = (lean: number) => (): { ratings: Record<string, Rating>; cohort: Cohort } => ({
  ratings: Object.fromEntries(
    PROMISE_IDS.map((id, i) => [id, Math.random() < 0.35 + ((i * 7 + lean) % 10) / 25 ? 'yes' : pick(RATINGS)]),
  ),
  cohort: { age: pick(AGE_BUCKETS), care: pick(CARE_BUCKETS), source: 'survey' },
});

const batchPut = async (db: DynamoDBDocumentClient, items: Record<string, unknown>[]) => {
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const res = await db.send(new BatchWriteCommand({ RequestItems: { [TABLE]: requests } }));
      requests = (res.UnprocessedItems?.[TABLE] ?? []) as typeof requests;
    }
  }
};

/** Comment items as a submission writes them (see submissionTransaction), pending or already approved. */
const comments = (round: Round, count: number, status: 'pending' | 'approved') => {
  const day = new Date().toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const commentId = `cm_bench_${status}_${i}`;
    return {
      ...keys.comment(round.councilId, round.roundId, commentId),
      ...(status === 'pending'
        ? keys.commentInQueue(round.councilId, i % 50 === 0, 'pending', day, commentId)
        : keys.commentShown(round.councilId, round.roundId, day, commentId)),
      type: 'comment',
      commentId,
      councilId: round.councilId,
      roundId: round.roundId,
      promiseId: PROMISE_IDS[i % PROMISE_IDS.length],
      text: `A comment of about the usual length, number ${i}, saying what could be better about this promise and why.`,
      urgent: status === 'pending' && i % 50 === 0,
      status,
      source: 'survey',
      receivedOn: day,
      ...(status === 'approved'
        ? { decidedBy: 'moderator@riverside.example', decidedAt: new Date().toISOString() }
        : {}),
      expiresAt: Math.floor(Date.now() / 1000) + 86_400,
    };
  });
};

const dynamo = await startDynamoLocal();
try {
  const started = performance.now();
  const server = await startLocalServer({ endpoint: dynamo.endpoint, tableName: TABLE, pages: false, quiet: true });
  await seedDemo(server.store, server.users);
  const db = documentClient(createDynamoClient({ endpoint: dynamo.endpoint }));
  const round = (await server.store.rounds.get(ROUND_ID))!;

  // Five earlier rounds, a term apart, each with its counters (their raw responses are in partitions no scorecard reads).
  for (let i = EARLIER_ROUNDS; i >= 1; i--) {
    const opens = new Date(Date.now() - i * 120 * 86_400_000);
    const earlier: Round = {
      ...round,
      roundId: `r_bench_${i}`,
      name: `Term ${EARLIER_ROUNDS - i + 1}`,
      opensAt: opens.toISOString(),
      closesAt: new Date(opens.getTime() + 60 * 86_400_000).toISOString(),
    };
    await server.store.rounds.put(earlier);
    await bulkSeedResponses(db, TABLE, earlier, EARLIER_RESPONSES, answers(i), { raw: false });
  }
  // Every council on the platform has its theme summary (one small item each).
  await batchPut(
    db,
    Array.from({ length: OTHER_COUNCILS }, (_, i) => ({
      ...keys.themeSummary(`c_bench_${i}`),
      type: 'theme-summary',
      councilId: `c_bench_${i}`,
      roundId: `r_bench_other_${i}`,
      opensAt: new Date().toISOString(),
      computedAt: new Date().toISOString(),
      themes: Object.fromEntries(THEME_IDS.map((t, j) => [t, { score: 40 + ((i * 13 + j * 7) % 55), n: 30 + i }])),
    })),
  );
  await batchPut(db, comments(round, APPROVED_COMMENTS, 'approved'));

  const token = await server.idp.issueToken({
    sub: 'bench',
    email: DEMO_STAFF[0]!.email,
    roles: ['board-member'],
    councilId: DEMO_COUNCIL.councilId,
  });
  const url = `${server.url}/api/staff/councils/${DEMO_COUNCIL.councilId}/rounds/${ROUND_ID}/scorecard`;
  const readScorecard = async () => {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < WARM_UP + READS; i++) {
      const t = performance.now();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`scorecard ${res.status}: ${new TextDecoder().decode(body)}`);
      if (i >= WARM_UP) ms.push(performance.now() - t);
      bytes = body.byteLength;
    }
    return { ...summarise(ms), bytes };
  };
  const checkResponses = async (expected: number) => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const card = (await res.json()) as {
      people: { youngPeople: number };
      previousRound: { name: string } | null;
      themes: { benchmark: unknown }[];
    };
    if (card.people.youngPeople !== expected)
      throw new Error(`expected ${expected} young people, the scorecard says ${card.people.youngPeople}`);
    if (!card.previousRound || !card.themes.some((t) => t.benchmark))
      throw new Error('the scorecard should have a trend and a benchmark');
  };

  await bulkSeedResponses(db, TABLE, round, 100, answers(0));
  // The board reads a round's figures once they are final (shared/scoring/release.ts).
  await finaliseRound(server.store, ROUND_ID);
  await batchPut(db, comments(round, 10, 'pending'));
  await checkResponses(100);
  const seededSmall = performance.now();
  const small = await readScorecard();

  const more = 100_000 - 100;
  const t0 = performance.now();
  await bulkSeedResponses(db, TABLE, round, more, answers(0));
  await batchPut(db, comments(round, 10_000 - 10, 'pending'));
  const seedSeconds = (performance.now() - t0) / 1000;
  await checkResponses(100_000);
  const large = await readScorecard();

  console.log(
    `Scorecard API (GET …/scorecard over HTTP, DynamoDB Local in memory, ${PROMISE_IDS.length} promises, ${EARLIER_ROUNDS} earlier rounds of ${EARLIER_RESPONSES.toLocaleString('en-GB')}, ${OTHER_COUNCILS} councils in the benchmark, ${APPROVED_COMMENTS} approved comments)`,
  );
  console.log(
    `  set-up ${fmt((seededSmall - started) / 1000)} s; adding 99,900 responses and 9,990 pending comments ${fmt(seedSeconds)} s`,
  );
  console.log(`  p50 / p95 over ${READS} sequential reads after ${WARM_UP} to warm up:`);
  console.log(
    `    100 responses       ${fmt(small.p50)} / ${fmt(small.p95)} ms   (answer ${(small.bytes / 1024).toFixed(0)} KB)`,
  );
  console.log(
    `    100,000 responses   ${fmt(large.p50)} / ${fmt(large.p95)} ms   (answer ${(large.bytes / 1024).toFixed(0)} KB)`,
  );
  console.log(
    `  ratio 100,000 / 100  p50 ${fmt(large.p50 / small.p50, 2)}, p95 ${fmt(large.p95 / small.p95, 2)}   (goal ≤ 1.5)`,
  );
  console.log(
    `  p95 at 100,000       ${fmt(large.p95)} ms   (goal < 100 ms)   ${large.p95 < 100 && large.p50 / small.p50 <= 1.5 ? 'goals met' : 'GOALS NOT MET'}`,
  );
  await server.close();
} finally {
  await dynamo.stop();
}
