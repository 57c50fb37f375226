import type { MiddlewareHandler } from 'hono';
import { StoreUnavailableError } from '../../store/errors';

/**
 * Answers 503 with Retry-After (through the error handler) when a request has not finished within `ms`:
 * a store that accepts connections but answers slowly (starting up, overloaded) must not hold a device
 * past its own timeout. The work already started may still finish; every write is idempotent (submission
 * ids, vote numbers, tally versions), so the device's retry then finds it done and nothing counts twice.
 */
export const deadline =
  (ms: number): MiddlewareHandler =>
  async (_c, next) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new StoreUnavailableError(`No answer from the store within ${ms} ms`)), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
