import { resolve } from 'node:path';
import type { Metafile } from 'esbuild';
import { REPO_ROOT } from './esbuild-bundle';

export interface BundleOutputs {
  /** index.mjs and the chunks it imports statically (transitively): what a cold start loads. */
  eager: string[];
  /** Chunks imported dynamically only, loaded when a rare request first needs them. */
  lazy: string[];
}

/** The files (absolute paths) of a bundle, told apart by whether a cold start loads them. */
export const bundleOutputs = (metafile: Metafile): BundleOutputs => {
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.mjs'));
  const entry = outputs.find(([, o]) => o.entryPoint)?.[0];
  if (!entry) throw new Error('The metafile names no entry output');
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const i of metafile.outputs[path]?.imports ?? [])
      if (!i.external && i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const abs = (path: string) => resolve(REPO_ROOT, path);
  return {
    eager: [...eager].map(abs),
    lazy: outputs
      .map(([path]) => path)
      .filter((p) => !eager.has(p))
      .map(abs),
  };
};
