import { buildWebIfStale } from '../../functions/local/web-build';

/** Browser tests run against the built pages, rebuilt only when a source file is newer than the build. */
export async function setup() {
  await buildWebIfStale({ log: () => {} });
}
