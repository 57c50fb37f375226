/**
 * The survey's service worker, built to /sw.js (web/vite.config.ts) and registered by the survey only
 * (sw-register.ts). A young person who taps the link again with no signal gets their survey from the
 * phone, and a second visit downloads no asset again. What it answers is decided in sw-routes.ts.
 *
 * - pages and the council's survey data: network first; after NETWORK_TIMEOUT_MS, or with no network,
 *   the phone's copy;
 * - hashed assets: from the phone first (a name never changes content);
 * - only 200 answers are kept; errors pass through untouched.
 */
import { cacheNameFor, isStaleCache, NETWORK_TIMEOUT_MS, swRouteOf } from './sw-routes';

/** Written in by the build: a version from every built file, and the survey page's own assets. */
declare const __SW_BUILD__: { version: string; precache: string[]; fetchedBefore: string[] };

// The project's TypeScript library is the DOM's; these are the few worker types the code below uses.
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(answer: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const BUILD = __SW_BUILD__;
const CACHE = cacheNameFor(BUILD.version);
const ORIGIN = worker.location.origin;

const keep = async (key: string, res: Response) => {
  // Never an error, a redirect or another origin's answer.
  if (res.status !== 200 || res.type !== 'basic') return;
  await (await caches.open(CACHE)).put(key, res);
};

/**
 * The first visit downloaded the page, its assets and the survey data before this worker existed;
 * 'force-cache' takes them from the browser's own cache, so keeping them costs no data.
 */
const keepFromBrowserCache = async (path: string, key = path) => {
  try {
    await keep(key, await fetch(path, { cache: 'force-cache', credentials: 'omit' }));
  } catch {
    // Offline or gone: it is kept the next time the page fetches it.
  }
};

/**
 * A language's words (and anything else the page fetches only when asked) fetched before this worker took
 * over: kept if the browser has them already, so the chosen language opens offline next time, while a
 * language never chosen on this phone is never downloaded for it.
 */
const keepFetchedBefore = () =>
  Promise.all(
    BUILD.fetchedBefore.map(async (path) => {
      if (await caches.match(path, { cacheName: CACHE })) return;
      try {
        await keep(path, await fetch(path, { cache: 'only-if-cached', mode: 'same-origin', credentials: 'omit' }));
      } catch {
        // Not fetched on this phone: nothing to keep.
      }
    }),
  );

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const paths = new Set(BUILD.precache);
      const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const w of windows) {
        const page = swRouteOf({ method: 'GET', url: w.url, authorized: false }, ORIGIN);
        if (page?.kind !== 'page') continue;
        await keepFromBrowserCache(new URL(w.url).pathname, page.key);
        const slug = /^\/c\/([^/]+)/.exec(new URL(w.url).pathname)?.[1];
        if (slug) paths.add(`/api/public/councils/${slug}`);
      }
      await Promise.all([...paths].map((p) => keepFromBrowserCache(p)));
      await keepFetchedBefore();
      // A new deploy's worker takes over at once; the pages it serves are fetched fresh anyway.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isStaleCache(name, CACHE)) await caches.delete(name);
      // What the page fetched while this worker was installing.
      await keepFetchedBefore();
      await worker.clients.claim();
    })(),
  );
});

const cacheFirst = async (request: Request, key: string): Promise<Response> => {
  const cached = await caches.match(key, { cacheName: CACHE });
  if (cached) return cached;
  const res = await fetch(request);
  await keep(key, res.clone());
  return res;
};

const networkFirst = (event: FetchEvent, key: string): Promise<Response> => {
  const fromNetwork = fetch(event.request).then(async (res) => {
    await keep(key, res.clone());
    return res;
  });
  // The copy is refreshed even when the phone's copy was shown first.
  event.waitUntil(fromNetwork.catch(() => undefined));
  const timeout = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), NETWORK_TIMEOUT_MS));
  return Promise.race([fromNetwork, timeout]).then(
    async (res) => (res !== 'slow' ? res : ((await caches.match(key, { cacheName: CACHE })) ?? fromNetwork)),
    async (failure: unknown) => (await caches.match(key, { cacheName: CACHE })) ?? Promise.reject(failure),
  );
};

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = swRouteOf(
    { method: request.method, url: request.url, authorized: request.headers.has('Authorization') },
    ORIGIN,
  );
  // Anything else (staff pages, writes, polling, other API calls) is not touched at all.
  if (!route) return;
  event.respondWith(route.kind === 'asset' ? cacheFirst(request, route.key) : networkFirst(event, route.key));
});
