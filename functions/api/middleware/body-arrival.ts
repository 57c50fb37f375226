import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http-error';

/**
 * Receives the whole request body before the route runs (and before the answer deadline starts), under
 * the body limit `limit`: a phone on a slow connection that stalls mid-body is answered 408 after `ms`,
 * and a body cut off by a dropped connection is a 400, never taken for the store being away. The route
 * then reads the same body from Hono's cache.
 */
export const receiveBody =
  (limit: MiddlewareHandler, ms: number): MiddlewareHandler =>
  async (c, next) => {
    if (!c.req.raw.body) return next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () =>
          fail(
            new HttpError(
              408,
              'request_timeout',
              `The request body did not arrive within ${ms / 1000} s. Nothing was saved: send it again.`,
            ),
          ),
        ms,
      );
    });
    // The limit reads a body of unknown length itself; one with a declared length is read here once the limit has let it in.
    const arrive = limit(c, async () => void (await c.req.arrayBuffer())).catch((e: unknown) => {
      if (e instanceof HttpError) throw e;
      throw new HttpError(
        400,
        'body_cut_off',
        'The request body was cut off before it ended. Nothing was saved: send it again.',
      );
    });
    try {
      await Promise.race([arrive, late]);
    } finally {
      clearTimeout(timer);
    }
    return next();
  };
