/**
 * What rate limiting costs a survey send: the same submissions through the whole HTTP stack with the
 * limits off and on (with limits too high to refuse anything, so only the counting is measured: one
 * UpdateItem per write). Also how fast a refusal is once a network is over its limit.
 */

import { DEMO_PLEDGE } from '../../functions/local/demo-council';
import { startDynamoLocal } from '../../functions/local/dynamo-local';
import { seedDemo } from '../../functions/local/seed';
import { startLocalServer } from '../../functions/local/server';
import { RATE_LIMITS, type RateLimitPolicies } from '../../shared/rate-limits';
import { promisesOf } from '../../shared/schemas/pledge';
import { fmt, runPool, summarise } from './support';

const COUNT = 1_000;
const CONCURRENCY = 10;
const ratings = Object.fromEntries(promisesOf(DEMO_PLEDGE).map((p) => [p.promiseId, 'yes']));
const roomy: RateLimitPolicies = { ...RATE_LIMITS, surveySend: { ...RATE_LIMITS.surveySend, limit: 1_000_000 } };
const tight: RateLimitPolicies = { ...RATE_LIMITS, surveySend: { ...RATE_LIMITS.surveySend, limit: 1 } };

const dynamo = await startDynamoLocal();
try {
  const run = async (label: string, rateLimits: RateLimitPolicies | false, expected: number) => {
    const server = await startLocalServer({
      endpoint: dynamo.endpoint,
      tableName: `bench-rate-${label.replace(/[^a-z]+/g, '-')}`,
      pages: false,
      quiet: true,
      rateLimits,
    });
    await seedDemo(server.store, server.users);
    const send = () =>
      fetch(`${server.url}/api/public/rounds/r_riverside_1/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ submissionId: crypto.randomUUID(), ratings }),
      });
    await runPool(50, CONCURRENCY, async () => void (await send()).text()); // warm-up
    const ms: number[] = [];
    let other = 0;
    const started = performance.now();
    await runPool(COUNT, CONCURRENCY, async () => {
      const t = performance.now();
      const res = await send();
      await res.text();
      ms.push(performance.now() - t);
      if (res.status !== expected) other++;
    });
    const seconds = (performance.now() - started) / 1000;
    await server.close();
    const s = summarise(ms);
    console.log(
      `${label.padEnd(28)} ${fmt(COUNT / seconds, 0).padStart(6)} req/s  p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  p99 ${fmt(s.p99)} ms${other ? `  (${other} not ${expected})` : ''}`,
    );
    return s;
  };
  console.log(`${COUNT} survey sends, ${CONCURRENCY} at a time, one network:`);
  const off = await run('limits off', false, 200);
  const on = await run('limits on (counting only)', roomy, 200);
  await run('limits on, over the limit (429)', tight, 429);
  console.log(`counting adds ${fmt(on.p50 - off.p50)} ms at p50 and ${fmt(on.p95 - off.p95)} ms at p95`);
} finally {
  await dynamo.stop();
}
