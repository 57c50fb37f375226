import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { SW_ENTRY, SW_FILE, serviceWorkerBuild } from './sw-build.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * One HTML entry per audience, so a young person's page never downloads staff code or chart.js.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [preact(), serviceWorkerBuild()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2020',
    // The preload polyfill would be an inline script, which the Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: here('./index.html'),
        survey: here('./survey.html'),
        staff: here('./staff.html'),
        join: here('./join.html'),
        accessibility: here('./accessibility.html'),
        // The survey's service worker: a fixed name (/sw.js) outside the hashed assets, so a phone finds it.
        [SW_ENTRY]: here('./src/survey/sw.ts'),
      },
      output: { entryFileNames: (chunk) => (chunk.name === SW_ENTRY ? SW_FILE : 'assets/[name]-[hash].js') },
    },
  },
});
