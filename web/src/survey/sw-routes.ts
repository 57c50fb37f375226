/**
 * Which requests the survey's service worker (sw.ts) answers, and under which cache key. Only the young
 * people's pages, their hashed assets and a council's public survey data: staff pages, writes, session
 * polling, every other API call and anything carrying a staff token go to the network untouched.
 */
export type SwRoute = { kind: 'page'; key: string } | { kind: 'asset'; key: string } | { kind: 'data'; key: string };

/**
 * Every young person's page path is served by the same survey.html (web/page-routes.ts), so one copy
 * opens any of them offline: /c/<council>, /c/<council>/privacy and /privacy.
 */
export const SURVEY_PAGE_KEY = '/survey.html';
const SURVEY_PAGE = /^\/(?:c\/[^/]+(?:\/privacy)?|privacy)\/?$/;
// The council's pledge and help contacts (GET /api/public/councils/<slug>): public, nothing personal.
// Written out here because sw.js must stand alone (it imports nothing the pages share); test/unit/api-paths.test.ts
// checks it matches API_PATHS.survey.
const SURVEY_DATA = /^\/api\/public\/councils\/[^/]+$/;
const ASSET = /^\/assets\/[^/]+$/;

export interface SwRequest {
  method: string;
  url: string;
  /** True when the request carries an Authorization header (a staff call). */
  authorized: boolean;
}

/** The route of a request the worker answers, or null for one it must leave alone. */
export const swRouteOf = (req: SwRequest, origin: string): SwRoute | null => {
  if (req.method !== 'GET' || req.authorized) return null;
  const url = new URL(req.url);
  if (url.origin !== origin) return null;
  const path = url.pathname;
  if (ASSET.test(path)) return { kind: 'asset', key: path };
  if (SURVEY_DATA.test(path)) return { kind: 'data', key: path };
  if (SURVEY_PAGE.test(path)) return { kind: 'page', key: SURVEY_PAGE_KEY };
  return null;
};

/** Cache names carry the build's version; a new worker keeps its own and deletes the rest with this prefix. */
export const CACHE_PREFIX = 'promise-check-survey-';
export const cacheNameFor = (version: string) => `${CACHE_PREFIX}${version}`;
export const isStaleCache = (name: string, current: string) => name.startsWith(CACHE_PREFIX) && name !== current;

/** How long a page or the survey data may take on the network before the phone's copy is shown. */
export const NETWORK_TIMEOUT_MS = 3_000;
