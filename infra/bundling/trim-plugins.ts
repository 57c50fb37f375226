import type { Plugin } from 'esbuild';

/**
 * esbuild plugins that leave out library code the deployed functions never run, where the bundler
 * cannot see that on its own. Each replaces one module, for one importer only, by a small stand-in with
 * the same exports; calling a left-out function throws and says why. The infra tests run the built
 * bundle, so a stand-in that something did need shows up there.
 */

const STUBS = 'promise-check-stub';
const fromImporter = (importer: string, pathEnd: string) => importer.replaceAll('\\', '/').endsWith(pathEnd);
const leftOut = (what: string) =>
  `function leftOut() { throw new Error(${JSON.stringify(`${what} is left out of the Lambda bundle (infra/bundling/trim-plugins.ts)`)}); }`;

/** Replaces `filter`-matching imports made by a module ending in `importerEnd` with `contents`. */
const standIn = (name: string, filter: RegExp, importerEnd: string, contents: string): Plugin => ({
  name,
  setup(b) {
    b.onResolve({ filter }, (args) =>
      fromImporter(args.importer, importerEnd) ? { path: name, namespace: STUBS } : undefined,
    );
    b.onLoad({ filter: new RegExp(`^${name}$`), namespace: STUBS }, () => ({ contents, loader: 'js' }));
  },
});

/**
 * zod's classic namespace is handed whole to @hono/zod-openapi, so everything it exports is kept:
 * also z.compile (a schema-to-code compiler, about 30 KB) and z.fromJSONSchema (about 12 KB). Parsing
 * and the OpenAPI document use neither.
 */
export const zodUnusedFeatures: Plugin[] = [
  standIn(
    'zod-compile',
    /^\.\/compile\.js$/,
    'node_modules/zod/v4/core/index.js',
    `${leftOut('z.compile')}
export const INVALID = Symbol.for("zod.compile.invalid");
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
export const compile = leftOut, withParser = leftOut, compileFn = leftOut;`,
  ),
  standIn(
    'zod-from-json-schema',
    /^\.\/from-json-schema\.js$/,
    'node_modules/zod/v4/classic/external.js',
    `${leftOut('z.fromJSONSchema')}
export const fromJSONSchema = leftOut;`,
  ),
];

/**
 * The X-Ray SDK requires all of semver (about 29 KB) for one version check in its AWS SDK v2 patcher,
 * which Powertools' tracer never calls for SDK v3 clients. A comparison of dotted versions does the same.
 */
export const xraySemver: Plugin = standIn(
  'xray-semver',
  /^semver$/,
  'node_modules/aws-xray-sdk-core/dist/lib/patchers/aws_p.js',
  `const parts = (v) => String(v).split('-')[0].split('.').map(Number);
exports.gte = (a, b) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) > (y[i] || 0);
  return true;
};`,
);
