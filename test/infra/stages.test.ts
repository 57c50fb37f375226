import { describe, expect, test } from 'vitest';
import { protectionOf, STAGES_CONTEXT_KEY, stageFromContext } from '../../infra/stages';
import { cdkJsonContext } from './support/cdk-json';

const stages = cdkJsonContext()[STAGES_CONTEXT_KEY];

describe('stages from cdk.json', () => {
  test('dev and prod are defined, prod is a production stage in London', () => {
    expect(stageFromContext(stages, 'prod')).toMatchObject({ name: 'prod', production: true, region: 'eu-west-2' });
    expect(stageFromContext(stages, 'dev')).toMatchObject({ name: 'dev', production: false });
    expect(stageFromContext(stages, undefined).name).toBe('dev');
  });

  test('production protection follows from "production" and cannot be switched off by a setting', () => {
    const prod = protectionOf(stageFromContext(stages, 'prod'));
    expect(prod).toMatchObject({ deletionProtection: true, retain: true, pointInTimeRecovery: true });
    // A would-be switch is refused, not ignored.
    expect(() => stageFromContext({ prod: { production: true, deletionProtection: false } }, 'prod')).toThrow(
      /deletionProtection/,
    );
    expect(() => stageFromContext({ prod: { production: true, retain: false } }, 'prod')).toThrow(/retain/);
  });

  test('a stage named prod… must be a production stage', () => {
    expect(() => stageFromContext({ prod: { production: false } }, 'prod')).toThrow(/must say "production": true/);
    expect(() => stageFromContext({ 'prod-north': { production: false } }, 'prod-north')).toThrow(/production/);
  });

  test('an unknown stage or a bad setting stops the synth with a message that says what to do', () => {
    expect(() => stageFromContext(stages, 'staging')).toThrow(/Unknown stage "staging".*dev, prod.*-c stage=/);
    expect(() => stageFromContext({ dev: { production: false, region: 'London' } }, 'dev')).toThrow(
      /region: a region such as eu-west-2/,
    );
    expect(() =>
      stageFromContext(
        {
          dev: {
            production: false,
            domain: { name: 'pc.example.org', certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/abc' },
          },
        },
        'dev',
      ),
    ).toThrow(/us-east-1/);
    expect(() => stageFromContext(undefined, 'dev')).toThrow(/no "stages"/);
  });
});
