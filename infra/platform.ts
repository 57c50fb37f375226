import { type App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EdgeStack } from './stacks/edge-stack';
import { PlatformStack } from './stacks/platform-stack';
import type { StageConfig } from './stages';

export const stackNames = (stage: StageConfig) => ({
  platform: `PromiseCheck-${stage.name}`,
  edge: `PromiseCheck-${stage.name}-edge`,
});

export interface PlatformOptions {
  /** The built pages (web/dist). */
  pagesDir: string;
}

/**
 * The whole platform for one stage: two stacks deployed together by `cdk deploy --all`. The web ACL
 * must be in us-east-1 (CloudFront's rule) while the data stays in the stage's region, so a small edge
 * stack holds the ACL and the platform stack takes its ARN by a cross-region reference. Production
 * stacks have termination protection. cdk-nag's AWS Solutions checks run on every synth: an
 * unsuppressed finding fails it.
 */
export const buildPlatform = (app: App, stage: StageConfig, options: PlatformOptions) => {
  const names = stackNames(stage);
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const common = { terminationProtection: stage.production };
  const edge = new EdgeStack(app, names.edge, {
    ...common,
    env: { account, region: undefined },
    description: `Promise Check (${stage.name}): web ACL for CloudFront`,
  });
  const platform = new PlatformStack(app, names.platform, {
    ...common,
    env: { account, region: stage.region },
    description: `Promise Check (${stage.name}): data, API, site, staff sign-in and alarms`,
    stage,
    webAclArn: edge.webAclArn,
    pagesDir: options.pagesDir,
  });
  for (const stack of [edge, platform]) {
    Tags.of(stack).add('app', 'promise-check');
    Tags.of(stack).add('stage', stage.name);
  }
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { edge, platform };
};
