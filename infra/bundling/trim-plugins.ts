import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * The public function serves no OpenAPI document (the staff function does), yet its routes are declared
 * with @hono/zod-openapi like every other. That package registers each route with zod-to-openapi's
 * registry and hands zod's whole namespace to it, so a bundler keeps all of zod and the generator. Here
 * both are replaced, for that package only: a registry that records nothing, a generator that throws if
 * asked for a document, and no `.openapi()` added to schemas (none of the project's schemas calls it).
 * Validation is untouched: @hono/zod-validator checks each request against the route's zod schemas.
 */
export const openApiGeneratorLeftOut: Plugin[] = [
  standIn(
    'zod-to-openapi-left-out',
    /^@asteasolutions\/zod-to-openapi$/,
    'node_modules/@hono/zod-openapi/dist/index.mjs',
    `${leftOut('The OpenAPI generator (the staff function serves /api/openapi.json)')}
export class OpenAPIRegistry {
  get definitions() { return []; }
  register(_name, schema) { return schema; }
  registerParameter(_name, schema) { return schema; }
  registerPath() {}
  registerWebhook() {}
  registerComponent() { return {}; }
}
export class OpenApiGeneratorV3 { constructor() { leftOut(); } }
export class OpenApiGeneratorV31 { constructor() { leftOut(); } }
export const extendZodWithOpenApi = () => {};
export const getOpenApiMetadata = () => ({});`,
  ),
  standIn(
    'zod-namespace-left-out',
    /^zod$/,
    'node_modules/@hono/zod-openapi/dist/index.mjs',
    // Only given to extendZodWithOpenApi (a no-op above) and re-exported; the project imports zod itself.
    'export const z = {};',
  ),
];

const zodCore = (file: string) => join(dirname(fileURLToPath(import.meta.resolve('zod'))), 'v4', 'core', file);

/**
 * Every classic zod schema can describe itself as JSON Schema (`.toJSONSchema()`, `~standard.jsonSchema`),
 * so its generator (about 20 KB) is kept even where nothing asks. Only the OpenAPI document does, and the
 * public function serves none: there the generator's modules become stand-ins with the same exports.
 */
export const zodJsonSchemaLeftOut: Plugin = {
  name: 'zod-json-schema-left-out',
  async setup(b) {
    const modules = {
      './json-schema-processors.js': 'zod-json-schema-processors',
      './to-json-schema.js': 'zod-to-json-schema',
    };
    const contents = new Map<string, string>();
    for (const [file, name] of Object.entries(modules)) {
      const names = Object.keys(await import(pathToFileURL(zodCore(file.slice(2))).href));
      // The `create…Method` helpers run when a schema is made and return the method; the method throws.
      const exports = names.map(
        (n) => `export const ${n} = ${/^create\w+Method$/.test(n) ? '() => leftOut' : 'leftOut'};`,
      );
      contents.set(name, `${leftOut("zod's JSON Schema generator")}\n${exports.join('\n')}`);
    }
    b.onResolve(
      {
        filter:
          /^\.\/(json-schema-processors|to-json-schema)\.js$|^\.\.\/core\/(json-schema-processors|to-json-schema)\.js$/,
      },
      (args) => {
        if (!args.importer.replaceAll('\\', '/').includes('node_modules/zod/v4/')) return undefined;
        const file = `./${args.path.split('/').pop()}` as keyof typeof modules;
        return { path: modules[file], namespace: STUBS };
      },
    );
    b.onLoad({ filter: /^zod-(json-schema-processors|to-json-schema)$/, namespace: STUBS }, (args) => ({
      contents: contents.get(args.path)!,
      loader: 'js',
    }));
  },
};
