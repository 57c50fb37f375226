import type { ApiError } from '../../../shared/schemas/api-error';

/** A failed API call, with the server's own message when there is one. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** True when the request never reached the server (offline, timeout, connection dropped). */
    readonly network = false,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  token?: string | null;
  timeoutMs?: number;
}

export const apiFetch = async <T>(path: string, options: ApiOptions = {}): Promise<T> => {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch {
    throw new ApiFailure('Could not reach the server', 0, 'network', true);
  }
  const data = (await response.json().catch(() => null)) as T | ApiError | null;
  if (!response.ok) {
    const err = (data as ApiError | null)?.error;
    throw new ApiFailure(err?.message ?? `The server answered ${response.status}`, response.status, err?.code ?? 'unknown');
  }
  return data as T;
};

/** A file the API serves only with the bearer token (a CSV): fetched, then handed to the browser as a download. */
export const downloadWithToken = async (url: string, token: string | null | undefined, fallbackName: string): Promise<void> => {
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
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
