import type { ApiError, ApiErrorCode } from '../../../shared/schemas/api-error';

/** The server's codes, and the page's own: no answer at all, no token to send, an answer with no code. */
export type FailureCode = ApiErrorCode | 'network' | 'signed-out' | 'unknown';

/** A failed API call, with the server's own message when there is one. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: FailureCode,
    /** True when the request never reached the server (offline, timeout, connection dropped). */
    readonly network = false,
    /** What the server found wrong, field by field ("helpContacts.2.url"), when it says. */
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * Where a staff call gets its bearer token: the staff pages' token keeper (web/src/staff/staff-token.ts),
 * which renews a token about to run out and, once, one the server refused. Declared here so the survey's
 * code never loads the staff side.
 */
export interface TokenSource {
  /** A token good for a few minutes more, or null when the person is signed out. */
  get(): Promise<string | null>;
  /** The server refused `rejected`: a renewed token to try once more, or null. */
  renewAfterRejection(rejected: string): Promise<string | null>;
}
export type Bearer = string | TokenSource | null | undefined;

/** Thrown when a staff call has no token to send: the token keeper has already said so on the page. */
export const signedOutFailure = () =>
  new ApiFailure('You are signed out. Sign in again to carry on.', 401, 'signed-out');

/** fetch with the bearer token; with a token source, the refused call is sent once more after renewal. */
export const fetchWithBearer = async (url: string, init: RequestInit, bearer: Bearer): Promise<Response> => {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  if (!bearer || typeof bearer === 'string') return send(bearer ?? null);
  const token = await bearer.get();
  if (!token) throw signedOutFailure();
  const first = await send(token);
  if (first.status !== 401) return first;
  const renewed = await bearer.renewAfterRejection(token);
  return renewed ? send(renewed) : first;
};

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: Bearer;
  timeoutMs?: number;
  /** `no-cache`: ask the server again rather than take the browser's copy (data the edge lets browsers keep briefly). */
  cache?: RequestCache;
}

export const apiFetch = async <T>(path: string, options: ApiOptions = {}): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchWithBearer(
      path,
      {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        ...(options.cache ? { cache: options.cache } : {}),
      },
      options.token,
    );
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure('Could not reach the server', 0, 'network', true);
  }
  const data = (await response.json().catch(() => null)) as T | ApiError | null;
  if (!response.ok) {
    const err = (data as ApiError | null)?.error;
    throw new ApiFailure(
      err?.message ?? `The server answered ${response.status}`,
      response.status,
      err?.code ?? 'unknown',
      false,
      err?.issues ?? [],
    );
  }
  return data as T;
};

/** A file the API serves only with the bearer token (a CSV): fetched, then handed to the browser as a download. */
export const downloadWithToken = async (url: string, token: Bearer, fallbackName: string): Promise<void> => {
  const res = await fetchWithBearer(url, {}, token);
  if (!res.ok) throw new ApiFailure(`The server answered ${res.status}`, res.status, 'unknown');
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
};
