import { defineConfig } from 'vitest/config';

/**
 * One run, four kinds of test. Integration tests share one in-memory DynamoDB Local started by the
 * global setup (each file makes its own table); browser tests drive Debian's Chromium through the real pages.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // The SDK warns that releases after January 2027 will need Node 22; the pinned versions run on 20.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/dynamo-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          // The stack deploys the built pages, so synthesising it needs them.
          globalSetup: ['test/support/web-build-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/dynamo-global-setup.ts', 'test/support/web-build-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
