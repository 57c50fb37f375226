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
  dynamicImports?: string[];
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
 * page's own scripts and styles, which the worker keeps from the first visit, and the scripts it fetches only
 * when asked (a language's words), which the worker keeps only where the first visit fetched them.
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

    // What the survey fetches only when asked (a language's words): kept by the worker only if this phone
    // already fetched it, never downloaded for it (sw.ts).
    const later = new Set<string>();
    const visitLater = (c: BuiltChunk | undefined) => {
      for (const d of c?.dynamicImports ?? []) {
        const file = `/${d}`;
        if (precache.has(file) || later.has(file)) continue;
        later.add(file);
        visitLater(chunks.find((x) => x.fileName === d));
      }
      for (const i of c?.imports ?? []) {
        const next = chunks.find((x) => x.fileName === i);
        if (next && !precache.has(`/${i}`)) {
          later.add(`/${i}`);
          visitLater(next);
        }
      }
    };
    for (const file of precache) visitLater(chunks.find((c) => `/${c.fileName}` === file));

    const build = {
      version: hash.digest('hex').slice(0, 12),
      precache: [...precache].sort(),
      fetchedBefore: [...later].sort(),
    };
    sw.code = sw.code.replaceAll('__SW_BUILD__', JSON.stringify(build));
  },
});
