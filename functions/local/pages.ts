import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { PAGE_ROUTES } from '../../web/page-routes';
import { SW_FILE } from '../../web/sw-build';
import { PAGE_SECURITY_HEADERS } from '../api/security-headers';
import { WEB_DIST } from './web-build';

/** Serves the built pages and their hashed assets from web/dist, with the security headers every page carries. */
export const mountPages = (app: Hono<Env>, dist = WEB_DIST) => {
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    for (const [k, v] of Object.entries(PAGE_SECURITY_HEADERS)) c.header(k, v);
  });
  for (const { path, page } of PAGE_ROUTES) {
    app.get(path, (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(readFileSync(join(dist, page), 'utf8'));
    });
  }
  // The survey's service worker: checked on every visit like a page, so a new build's worker is found at once.
  app.get(`/${SW_FILE}`, (c) => {
    const file = join(dist, SW_FILE);
    if (!existsSync(file)) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(readFileSync(file, 'utf8'));
  });
  const root = relative(process.cwd(), dist) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        // File names carry a content hash, so a phone never needs to fetch them twice.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root }));
};
