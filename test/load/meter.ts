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
/** Answers that mean "try again later" without giving a wait: an answer the checks treat as a fault. */
export const isRetryable = (r: Result) => r === 'network' || r === 'timeout' || r === 408 || r === 429 || (typeof r === 'number' && r >= 500);

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
  let answer: Answer<T>;
  try {
    const res = await fetch(base + path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    const text = await res.text();
    let body: T | null = null;
    try {
      body = text ? (JSON.parse(text) as T) : null;
    } catch {
      body = null;
    }
    answer = { result: res.status, body, headers: res.headers, retryAfter: res.headers.get('retry-after') };
  } catch (e) {
    const name = (e as Error).name;
    answer = { result: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', body: null, headers: null, retryAfter: null };
  }
  samples.push({ kind, result: answer.result, startedAt, ms: performance.now() - startedAt, retryAfter: answer.retryAfter });
  return answer;
};

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
