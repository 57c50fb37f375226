/**
 * The scheduled reconcile's run: it checks every round that can still change (open, or closed lately),
 * leaves rounds closed long ago alone, and reports a counter that differs from the raw records in its
 * outcome (the metrics an alarm watches) and in a warning log carrying the whole report.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECENT_DAYS, type RunLog, reconcileRecentRounds } from '../../functions/jobs/reconcile-recent';
import { DEMO_COUNCIL, DEMO_PLEDGE } from '../../functions/local/demo-council';
import { seedCouncil } from '../../functions/local/seed';
import { ratingCounterNames } from '../../functions/store/aggregate-cells';
import { dynamoReconcile } from '../../functions/store/dynamo/reconcile';
import { keys, partOf } from '../../functions/store/keys';
import { cohortOf } from '../../shared/cohort';
import { promisesOf } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import { freshStore } from '../support/table';

const NOW = new Date('2027-03-01T12:00:00Z');
const DAY = 86_400_000;
const PROMISES = promisesOf(DEMO_PLEDGE).map((p) => p.promiseId);
let t: Awaited<ReturnType<typeof freshStore>>;
let open: Round;

const logged: { level: string; message: string; extra: Record<string, unknown> }[] = [];
const logger: RunLog = {
  info: (message, extra) => void logged.push({ level: 'info', message, extra }),
  warn: (message, extra) => void logged.push({ level: 'warn', message, extra }),
};
const run = () => {
  logged.length = 0;
  return reconcileRecentRounds(
    { store: t.store, reconcile: dynamoReconcile(t.db, t.tableName), now: () => NOW },
    { now: NOW, logger },
  );
};
const closedRound = (roundId: string, daysAgo: number): Round => ({
  ...open,
  roundId,
  name: roundId,
  opensAt: new Date(NOW.getTime() - (daysAgo + 60) * DAY).toISOString(),
  closesAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
});

beforeAll(async () => {
  t = await freshStore('reconcile-job');
  ({ round: open } = await seedCouncil(t.store, {
    council: DEMO_COUNCIL,
    pledgeId: 'pl_riverside',
    pledge: DEMO_PLEDGE,
    roundId: 'r_riverside_9',
    roundName: 'Spring',
    now: NOW,
  }));
  await t.store.rounds.put(closedRound('r_riverside_7', RECENT_DAYS * 3));
  await t.store.rounds.put(closedRound('r_riverside_8', 2));
  for (let i = 0; i < 6; i++) {
    await t.store.responses.submit({
      round: open,
      submissionId: crypto.randomUUID(),
      ratings: { [PROMISES[0]!]: i % 2 ? 'yes' : 'no', [PROMISES[1]!]: 'sometimes' },
      cohort: cohortOf({ ageGroup: '14-17' }, 'survey'),
      comments: [],
      receivedOn: NOW.toISOString().slice(0, 10),
      commentsExpireAt: Math.floor(NOW.getTime() / 1000) + 3600,
    });
  }
});

describe('the scheduled reconcile', () => {
  it('checks the open round and the one closed lately, not the one closed long ago, and finds nothing when the counters are right', async () => {
    expect(await run()).toEqual({ RoundsChecked: 2, RoundsWithDifferences: 0, Differences: 0, RoundsBusy: 0 });
    const checked = logged.map((l) => l.extra.roundId);
    expect(checked.sort()).toEqual(['r_riverside_8', 'r_riverside_9']);
    expect(logged.every((l) => l.level === 'info' && l.message.endsWith('no difference'))).toBe(true);
  });

  it('reports a counter that no longer matches the raw responses, with the whole report in a warning, and repairs nothing', async () => {
    const [counter] = ratingCounterNames(PROMISES[0]!, 'yes', cohortOf({ ageGroup: '14-17' }, 'survey'));
    const bump = () =>
      t.db.send(
        new UpdateCommand({
          TableName: t.tableName,
          Key: keys.aggregate(open.roundId, 3, partOf(PROMISES[0]!)),
          UpdateExpression: 'ADD #c :one',
          ExpressionAttributeNames: { '#c': counter! },
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
    await bump();
    const outcome = await run();
    expect(outcome.RoundsWithDifferences).toBe(1);
    expect(outcome.Differences).toBeGreaterThan(0);
    const warning = logged.find((l) => l.level === 'warn');
    expect(warning?.extra.roundId).toBe(open.roundId);
    expect(String(warning?.extra.report)).toContain(PROMISES[0]);
    // Nothing was written back: the next run finds the same.
    expect(await run()).toEqual(outcome);
  });
});
