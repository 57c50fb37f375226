/**
 * A stand-in for CloudFront in front of the local server, for the first-visit benchmark: it forwards
 * every request to the origin, and keeps the answers of the survey-data behaviour (EDGE_CACHED_PATHS) as
 * CloudFront's cache policy does: keyed by path and compression alone, fresh for the origin's max-age,
 * then served stale for its stale-while-revalidate while one refresh goes to the origin in the
 * background. With `cache: false` it only forwards (the survey's data then comes from the API each time).
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EDGE_CACHED_PATHS } from '../../functions/api/route-groups';
import { pathPattern } from '../../shared/api-paths';

interface Kept {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  at: number;
  freshMs: number;
  staleMs: number;
}

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
const patterns = EDGE_CACHED_PATHS.map(pathPattern);

const forward = (origin: URL, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    const out = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP.has(k)));
    const req = httpRequest(
      { host: origin.hostname, port: origin.port, method, path, headers: { ...out, host: origin.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });

const lifetimes = (cacheControl: string | undefined) => {
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl ?? '')?.[1] ?? 0);
  const cacheable = /\bpublic\b/.test(cacheControl ?? '') && !/no-store|no-cache|private/.test(cacheControl ?? '');
  return cacheable ? { freshMs: seconds('max-age') * 1000, staleMs: seconds('stale-while-revalidate') * 1000 } : null;
};

export const startEdgeEmulator = async (originUrl: string, options: { cache: boolean }) => {
  const origin = new URL(originUrl);
  const kept = new Map<string, Kept>();
  const stats = { hits: 0, staleHits: 0, misses: 0 };
  const fetchAndKeep = async (key: string, path: string, headers: IncomingHttpHeaders) => {
    const res = await forward(origin, 'GET', path, headers, Buffer.alloc(0));
    const life = res.status === 200 ? lifetimes(res.headers['cache-control']) : null;
    if (life && life.freshMs > 0) kept.set(key, { ...res, ...life, at: Date.now() });
    return res;
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    // CloudFront normalises Accept-Encoding to what the cache policy allows (gzip here) and keys on it.
    const headers = {
      ...req.headers,
      'accept-encoding': /gzip/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : '',
    };
    const cached = options.cache && method === 'GET' && patterns.some((p) => p.test(path.split('?')[0]!));
    let answer: { status: number; headers: IncomingHttpHeaders; body: Buffer };
    let age: number | undefined;
    if (cached) {
      const key = `${path.split('?')[0]} ${headers['accept-encoding']}`;
      const hit = kept.get(key);
      const elapsed = hit ? Date.now() - hit.at : Number.POSITIVE_INFINITY;
      if (hit && elapsed < hit.freshMs) {
        stats.hits++;
        answer = hit;
      } else if (hit && elapsed < hit.freshMs + hit.staleMs) {
        stats.staleHits++;
        answer = hit;
        void fetchAndKeep(key, path, headers).catch(() => {});
      } else {
        stats.misses++;
        answer = await fetchAndKeep(key, path, headers);
      }
      if (hit && answer === hit) age = Math.floor(elapsed / 1000);
    } else {
      answer = await forward(origin, method, path, headers, Buffer.concat(chunks));
    }
    const out = Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !HOP.has(k))) as OutgoingHttpHeaders;
    const sent: OutgoingHttpHeaders = { ...out, 'content-length': answer.body.length };
    if (age !== undefined) sent.age = String(age);
    res.writeHead(answer.status, sent);
    res.end(answer.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stats,
    /** Asks for a path as a recent visitor did, so the cache holds it. */
    warm: async (path: string) => {
      await fetch(`${url}${path}`, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer());
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
};
