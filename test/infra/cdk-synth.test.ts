import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../infra/bundling/esbuild-bundle';

/**
 * `npx cdk synth` through cdk.json, the way an operator runs it, with no network and no AWS
 * credentials: every outbound HTTP request goes to a closed port. CloudFormation's template checks and
 * cdk-nag both run inside the synth, and either fails it.
 */
describe('npx cdk synth', () => {
  test('synthesises the production stage offline, with an empty validation report', () => {
    const out = mkdtempSync(join(tmpdir(), 'promise-check-synth-'));
    const env: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('CDK_')),
    );
    Object.assign(env, {
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      NO_PROXY: '',
    });
    const started = Date.now();
    const run = spawnSync(
      'npx',
      ['--no-install', 'cdk', 'synth', '--quiet', '--no-notices', '-c', 'stage=prod', '-o', out],
      {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    console.log(`npx cdk synth -c stage=prod: ${((Date.now() - started) / 1000).toFixed(1)} s`);

    for (const stack of ['PromiseCheck-prod', 'PromiseCheck-prod-edge'])
      expect(existsSync(join(out, `${stack}.template.json`)), stack).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      artifacts: Record<string, { environment?: string }>;
    };
    expect(manifest.artifacts['PromiseCheck-prod']?.environment).toBe('aws://unknown-account/eu-west-2');
    expect(manifest.artifacts['PromiseCheck-prod-edge']?.environment).toBe('aws://unknown-account/us-east-1');
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations?: unknown[] }[];
    };
    expect(report.pluginReports.flatMap((r) => r.violations ?? [])).toEqual([]);
  });
});
