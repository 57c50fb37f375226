import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { WEB_DIST } from '../../../functions/local/web-build';
import { buildPlatform } from '../../../infra/platform';
import type { EdgeStack } from '../../../infra/stacks/edge-stack';
import type { PlatformStack } from '../../../infra/stacks/platform-stack';
import { STAGES_CONTEXT_KEY, stageFromContext } from '../../../infra/stages';
import { cdkJsonContext } from './cdk-json';

export interface SynthesisedStage {
  app: App;
  edge: EdgeStack;
  platform: PlatformStack;
  assembly: CloudAssembly;
  templates: { edge: Template; platform: Template };
}

const synthesised = new Map<string, SynthesisedStage>();

/**
 * Synthesises one stage of cdk.json the way infra/app.ts does (same context, same cdk-nag checks,
 * the built pages), once per test file; the API bundle is built once per process for all stages.
 */
export const synthStage = (name: string, extraStageSettings: Record<string, unknown> = {}): SynthesisedStage => {
  const key = `${name}:${JSON.stringify(extraStageSettings)}`;
  const done = synthesised.get(key);
  if (done) return done;
  const context = cdkJsonContext();
  const stages = context[STAGES_CONTEXT_KEY] as Record<string, Record<string, unknown>>;
  const withExtra = { ...stages, [name]: { ...stages[name], ...extraStageSettings } };
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'promise-check-cdk-')),
    context: { ...context, [STAGES_CONTEXT_KEY]: withExtra },
  });
  const stage = stageFromContext(withExtra, name);
  const { edge, platform } = buildPlatform(app, stage, { pagesDir: WEB_DIST });
  const assembly = app.synth();
  const result = {
    app,
    edge,
    platform,
    assembly,
    templates: { edge: Template.fromStack(edge), platform: Template.fromStack(platform) },
  };
  synthesised.set(key, result);
  return result;
};
