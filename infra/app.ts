/**
 * The CDK app (`cdk.json`: npx tsx infra/app.ts). `npx cdk deploy --all -c stage=prod` deploys a stage
 * from cdk.json's "stages"; the pages are built first if web/ changed since the last build.
 */
import { App } from 'aws-cdk-lib';
import { buildWebIfStale, WEB_DIST } from '../functions/local/web-build';
import { buildPlatform } from './platform';
import { STAGE_CONTEXT_KEY, STAGES_CONTEXT_KEY, stageFromContext } from './stages';

const app = new App();
const stage = stageFromContext(app.node.tryGetContext(STAGES_CONTEXT_KEY), app.node.tryGetContext(STAGE_CONTEXT_KEY));
await buildWebIfStale({ log: (line) => console.error(line) });
buildPlatform(app, stage, { pagesDir: WEB_DIST });
app.synth();
