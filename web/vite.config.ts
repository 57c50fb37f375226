import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * One HTML entry per audience, so a young person's page never downloads staff code or chart.js.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [preact()],
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
      },
    },
  },
});
