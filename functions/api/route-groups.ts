import { API_PATHS, PUBLIC_PREFIX } from '../../shared/api-paths';
import type { RegisterRoutes } from './env';

/**
 * Which function serves which routes: the one place that says so. Young people's routes (everything
 * under /api/public: the survey's data on a cache miss, answers, codes, joining a session and votes)
 * run in the small public function; every other path (staff routes, the OpenAPI document) in the staff
 * function. The HTTP API (infra/constructs/api.ts) routes by PUBLIC_FUNCTION_PREFIX; the local server
 * runs both groups in one app. The groups themselves are routes/public.ts and routes/staff.ts, kept
 * apart so that the public function's bundle imports no staff route at all.
 */
export type Audience = 'public' | 'staff';

export interface RouteGroup {
  audience: Audience;
  routes: readonly RegisterRoutes[];
}

/** Requests under this prefix go to the public function; the HTTP API's route is `${it}/{proxy+}`. */
export const PUBLIC_FUNCTION_PREFIX = PUBLIC_PREFIX;

export const audienceOf = (path: string): Audience =>
  path.startsWith(`${PUBLIC_FUNCTION_PREFIX}/`) ? 'public' : 'staff';

/**
 * The answers CloudFront may keep for a short while (EDGE_CACHE_CONTROL), because they are the same for
 * every young person of a council: its survey and its "you said, we did". Both sit under this prefix,
 * the path of the CloudFront cache behaviour.
 */
export const EDGE_CACHED_PATHS = [API_PATHS.survey, API_PATHS.publicActions] as const;
export const EDGE_CACHED_PREFIX = `${PUBLIC_PREFIX}/councils/` as const;
