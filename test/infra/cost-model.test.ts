import { describe, expect, test } from 'vitest';
import { councilVolumes, monthlyCost, totalOf, USAGE } from '../../infra/cost/cost-model';
import { COUNTER_ITEMS_PER_SCORECARD, fullCounterItemKb, stackResources } from '../../infra/cost/stack-resources';
import { synthStage } from './support/platform';

/** The cost estimate of docs/deploy.md (npm run cost) is computed from what the stack really deploys. */
describe('cost estimate', () => {
  const resources = stackResources(synthStage('prod').templates);

  test('counts the billed parts of the production stack from its templates', () => {
    expect(resources).toMatchObject({ apiMemoryMb: 1024, webAcls: 1, wafRules: 5, secrets: 2, logRetentionDays: 365 });
    // Six alarms, two of them over the five table operations and one over requests and errors.
    expect(resources.alarmMetrics).toBeGreaterThanOrEqual(15);
  });

  test('a submission is billed by the size of the counter items it updates, twice as a transaction', () => {
    const kb = fullCounterItemKb(65);
    expect(kb).toBeGreaterThan(10);
    expect(kb).toBeLessThan(400); // DynamoDB's item limit
    expect(councilVolumes(USAGE, kb, COUNTER_ITEMS_PER_SCORECARD).writeUnitsPerResponse).toBe(
      2 * (4 * Math.ceil(kb) + 2) + 1,
    );
  });

  test('the fixed part (web ACL, secrets, alarms) is paid once, so a council costs less on a shared deployment', () => {
    const kb = fullCounterItemKb();
    const one = totalOf(monthlyCost(1, resources, USAGE, kb, COUNTER_ITEMS_PER_SCORECARD));
    const many = totalOf(monthlyCost(150, resources, USAGE, kb, COUNTER_ITEMS_PER_SCORECARD));
    expect(one).toBeGreaterThan(10);
    expect(many / 150).toBeLessThan(one / 5);
  });
});
