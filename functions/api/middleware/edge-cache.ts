import { createMiddleware } from 'hono/factory';
import { pathPattern } from '../../../shared/api-paths';
import { EDGE_CACHE_CONTROL } from '../../../shared/limits';
import { EDGE_CACHED_PATHS } from '../route-groups';

const patterns = EDGE_CACHED_PATHS.map(pathPattern);
const READS = new Set(['GET', 'HEAD']);

/**
 * A council's survey and its "you said, we did" are the same for every young person, so CloudFront (and
 * the phone) may keep a good answer for EDGE_CACHE_CONTROL's short while: a young person then rarely
 * waits for a function to start. Refusals and failures keep the API's default, no-store. Locally the
 * same app sends the same header.
 */
export const edgeCache = () =>
  createMiddleware(async (c, next) => {
    await next();
    if (!READS.has(c.req.method) || !patterns.some((p) => p.test(c.req.path))) return;
    if (c.res.status === 200 || c.res.status === 304) c.header('Cache-Control', EDGE_CACHE_CONTROL);
  });
