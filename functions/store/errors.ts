/** Errors the store raises on purpose, and the test for errors that mean "the store is away". */

export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** A page cursor the store did not make (changed or made up by hand); the API answers 400. */
export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

/** Raised when the store could not be reached or kept refusing; the API answers 503 with Retry-After. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const TRANSIENT_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionInProgressException',
]);
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

export const isStoreUnavailable = (e: unknown): boolean => {
  if (e instanceof StoreUnavailableError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: string; cause?: unknown; $metadata?: { httpStatusCode?: number } };
  if (err.name && TRANSIENT_NAMES.has(err.name)) return true;
  if (err.code && TRANSIENT_CODES.has(err.code)) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return err.cause !== undefined && err.cause !== e && isStoreUnavailable(err.cause);
};
