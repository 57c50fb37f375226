import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const SW_ENTRY = 'sw';
export const SW_FILE = 'sw.js';

interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  facadeModuleId?: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
interface BuiltAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

/**
 * Writes the build's facts into /sw.js (the `__SW_BUILD__` it declares): a version made from every other
 * built file, so a deploy that changes anything brings a new worker (and its cache name), and the survey
 * page's own scripts and styles, which the worker keeps from the first visit.
 */
export const serviceWorkerBuild = (): Plugin => ({
  name: 'promise-check:service-worker',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const files = Object.values(bundle) as (BuiltChunk | BuiltAsset)[];
    const chunks = files.filter((f): f is BuiltChunk => f.type === 'chunk');
    const sw = chunks.find((c) => c.fileName === SW_FILE);
    if (!sw) return;
    if (sw.imports.length > 0) throw new Error(`${SW_FILE} must stand alone, but imports ${sw.imports.join(', ')}`);

    const hash = createHash('sha256');
    for (const f of files.filter((f) => f !== sw).sort((a, b) => a.fileName.localeCompare(b.fileName))) {
      hash.update(f.fileName).update(f.type === 'chunk' ? f.code : f.source);
    }

    // The survey page's entry, everything it imports up front, and their CSS.
    const precache = new Set<string>();
    const visit = (c: BuiltChunk | undefined) => {
      if (!c || precache.has(`/${c.fileName}`)) return;
      precache.add(`/${c.fileName}`);
      for (const css of c.viteMetadata?.importedCss ?? []) precache.add(`/${css}`);
      for (const i of c.imports) visit(chunks.find((x) => x.fileName === i));
    };
    visit(chunks.find((c) => c.facadeModuleId?.endsWith('/survey.html')));
    if (precache.size === 0) throw new Error('The survey page entry was not found in the build');

    const build = { version: hash.digest('hex').slice(0, 12), precache: [...precache].sort() };
    sw.code = sw.code.replaceAll('__SW_BUILD__', JSON.stringify(build));
  },
});
