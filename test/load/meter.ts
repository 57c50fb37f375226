/**
 * Every request the simulated phones make goes through `request`, which times it against the page's own
 * timeout and records what came back: the figures and the fault checks of the load run are read from here.
 */
export type Kind = 'survey' | 'submit' | 'join' | 'poll' | 'vote' | 'control' | 'live' | 'staff';
/** A status code, or what happened instead of one. */
export type Result = number | 'network' | 'timeout';

export interface Sample {
  kind: Kind;
  result: Result;
  startedAt: number;
  ms: number;
  retryAfter: string | null;
}

export const samples: Sample[] = [];
/** Requests sent and not yet answered, by kind: what a stuck run is waiting for. */
export const inFlight = new Map<Kind, number>();
/** The phones' timeouts, by what they were still waiting for. */
export const timeoutsBy = new Map<string, number>();
const move = (kind: Kind, by: number) => inFlight.set(kind, (inFlight.get(kind) ?? 0) + by);
/** Answers that mean "try again later" without giving a wait: an answer the checks treat as a fault. */
export const isRetryable = (r: Result) =>
  r === 'network' || r === 'timeout' || r === 408 || r === 429 || (typeof r === 'number' && r >= 500);

export interface Answer<T> {
  result: Result;
  body: T | null;
  headers: Headers | null;
  retryAfter: string | null;
}

export const request = async <T = unknown>(
  base: string,
  kind: Kind,
  path: string,
  init: { method?: string; body?: unknown; token?: string; etag?: string | null; timeoutMs: number },
): Promise<Answer<T>> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.etag) headers['if-none-match'] = init.etag;
  const startedAt = performance.now();
  move(kind, 1);
  // A timer of our own, held until the answer: the phone stops waiting after its timeout whatever the
  // connection does (an abort alone has been seen not to end a fetch whose answer never came).
  const abort = new AbortController();
  let stage: 'waiting for the answer' | 'reading the body' = 'waiting for the answer';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<Answer<T>>((done) => {
    timer = setTimeout(() => {
      timeoutsBy.set(stage, (timeoutsBy.get(stage) ?? 0) + 1);
      abort.abort();
      done({ result: 'timeout', body: null, headers: null, retryAfter: null });
    }, init.timeoutMs);
  });
  const exchange = async (): Promise<Answer<T>> => {
    try {
      const res = await fetch(base + path, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: abort.signal,
      });
      stage = 'reading the body';
      const text = await res.text();
      let body: T | null = null;
      try {
        body = text ? (JSON.parse(text) as T) : null;
      } catch {
        body = null;
      }
      return { result: res.status, body, headers: res.headers, retryAfter: res.headers.get('retry-after') };
    } catch {
      return { result: abort.signal.aborted ? 'timeout' : 'network', body: null, headers: null, retryAfter: null };
    }
  };
  const answer = await Promise.race([exchange(), gaveUp]);
  clearTimeout(timer);
  move(kind, -1);
  samples.push({
    kind,
    result: answer.result,
    startedAt,
    ms: performance.now() - startedAt,
    retryAfter: answer.retryAfter,
  });
  return answer;
};

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
