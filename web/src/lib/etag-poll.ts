import type { ApiError } from '../../../shared/schemas/api-error';
import { ApiFailure, type Bearer, fetchWithBearer } from './api';

export interface Poller {
  /** Ask now (after this page changed something), instead of waiting for the next turn. */
  now(): void;
  stop(): void;
}

/**
 * Short polling with ETags: GET `url` every `everyMs` (every `hiddenMs` while the page is hidden),
 * sending If-None-Match, so an unchanged answer is a bodiless 304. `onChange` hears only new data.
 */
export const startPolling = <T>(options: {
  url: string;
  everyMs: number;
  hiddenMs: number;
  token?: Bearer;
  onChange: (data: T) => void;
  onError?: (e: ApiFailure) => void;
}): Poller => {
  let etag: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(tick, document.hidden ? options.hiddenMs : options.everyMs);
  };
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (etag) headers['If-None-Match'] = etag;
      const res = await fetchWithBearer(
        options.url,
        { headers, cache: 'no-store', signal: AbortSignal.timeout(10_000) },
        options.token,
      );
      if (res.ok) {
        etag = res.headers.get('ETag');
        const data = (await res.json()) as T;
        if (!stopped) options.onChange(data);
      } else if (res.status !== 304) {
        const err = ((await res.json().catch(() => null)) as ApiError | null)?.error;
        options.onError?.(
          new ApiFailure(err?.message ?? `The server answered ${res.status}`, res.status, err?.code ?? 'unknown'),
        );
      }
    } catch (e) {
      options.onError?.(e instanceof ApiFailure ? e : new ApiFailure('Could not reach the server', 0, 'network', true));
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void tick();
    } else schedule();
  };
  const onVisibility = () => {
    if (!document.hidden) void tick();
  };
  document.addEventListener('visibilitychange', onVisibility);
  void tick();
  return {
    now: () => void tick(),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
};
