import { mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { ENTRIES } from './entries';
import { openApiGeneratorLeftOut, xraySemver, zodJsonSchemaLeftOut, zodUnusedFeatures } from './trim-plugins';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The file each bundle's entry is written to; a function's handler is `index.handler`. */
export const BUNDLE_FILE = 'index.mjs';
/** Where the chunks split off the entry go (inside the asset, beside index.mjs). */
export const CHUNK_DIR = 'chunks';

/**
 * zod's classic API hands its whole namespace to @hono/zod-openapi, so a bundler cannot drop the 60
 * translations of its error messages (about 255 KB minified) on its own. The API answers in English:
 * keep English only.
 */
const englishZodMessages: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/') ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: REPO_ROOT,
    }));
  },
};

/** What each entry leaves out beyond what every bundle does (trim-plugins.ts). */
const TRIMS_OF: Record<string, Plugin[]> = {
  [ENTRIES.publicApi]: [...openApiGeneratorLeftOut, zodJsonSchemaLeftOut],
};

/**
 * The project writes `import { z } from 'zod'`, and zod's root module hands its namespace over as one
 * value, which esbuild keeps whole (every string format, codec and coercion, used or not). Importing the
 * same namespace with `import * as z` lets esbuild keep only what is used: in the project's own files,
 * that one line is rewritten so. The names and their meaning are exactly the same.
 */
// The real path (node_modules may be a link), so that zod is bundled once, not twice under two names.
const ZOD_CLASSIC = realpathSync(resolve(REPO_ROOT, 'node_modules/zod/v4/classic/external.js'));
const ZOD_IMPORT = /^import \{ z \} from 'zod';$/m;
const zodNamespaceImports: Plugin = {
  name: 'zod-namespace-imports',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const path = args.path.replaceAll('\\', '/');
      if (path.includes('/node_modules/') || !path.startsWith(REPO_ROOT.replaceAll('\\', '/'))) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!ZOD_IMPORT.test(text)) return undefined;
      return {
        contents: text.replace(ZOD_IMPORT, `import * as z from ${JSON.stringify(ZOD_CLASSIC)};`),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

/** Where the bundling CLI leaves esbuild's metafile for a bundle directory (outside the asset). */
export const metafilePathOf = (outdir: string) => `${outdir}.meta.json`;

export interface BundleResult {
  /** The directory holding index.mjs and its chunks: what the function's asset is made of. */
  outdir: string;
  /** The entry, index.mjs. */
  file: string;
  metafile: Metafile;
}

/**
 * Bundles one Lambda entry point (a path under functions/) the way the stack deploys it: minified ESM
 * for Node.js 22 with everything it imports, the AWS SDK clients included, and nothing from any file it
 * does not import. What the entry imports dynamically (code for rare requests, such as the Cognito
 * client for staff management) is split into chunks under chunks/, loaded on first use rather than at
 * a cold start; code shared by the entry and a chunk goes to a chunk the entry imports statically. The CDK constructs, the infra tests and the bundle benchmark all call
 * this, so what is measured and tested is what is deployed.
 */
export const bundleFunction = async (
  entry: string,
  outdir: string,
  /** Leave out what this entry's bundle leaves out (the benchmark's yardsticks are built as the public one). */
  trimmedAs: string = entry,
): Promise<BundleResult> => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, BUNDLE_FILE);
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: { index: resolve(REPO_ROOT, entry) },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    // ESM builds of the SDK and Powertools first: they tree-shake; their CommonJS builds do not.
    mainFields: ['module', 'main'],
    // Some bundled CommonJS packages (the X-Ray SDK) require Node built-ins; ESM has no `require` of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    alias: { '@aws-sdk/credential-provider-node': resolve(REPO_ROOT, 'functions/lambda/lambda-credentials.ts') },
    plugins: [
      zodNamespaceImports,
      englishZodMessages,
      ...zodUnusedFeatures,
      xraySemver,
      ...(TRIMS_OF[trimmedAs] ?? []),
    ],
    metafile: true,
    logLevel: 'warning',
  });
  return { outdir, file, metafile: result.metafile };
};
