/**
 * `node --import tsx infra/bundling/bundle-cli.ts <entry> <outdir>`: the CDK constructs build their
 * assets synchronously, and esbuild takes plugins only in its asynchronous API, so they run this.
 * esbuild's metafile (what went into the bundle) is written beside the asset, never inside it.
 */
import { writeFileSync } from 'node:fs';
import { bundleFunction, metafilePathOf } from './esbuild-bundle';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: bundle-cli.ts <entry under functions/> <outdir>');
  process.exit(2);
}
const { metafile } = await bundleFunction(entry, outdir);
writeFileSync(metafilePathOf(outdir), JSON.stringify(metafile));
