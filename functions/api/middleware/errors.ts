import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { ApiErrorCode } from '../../../shared/schemas/api-error';
import { isStoreUnavailable } from '../../store/errors';
import { HttpError } from '../http-error';
import { issuesOf } from './validation-hook';

/** Seconds a client should wait before trying again when the store is away. */
export const RETRY_AFTER_SECONDS = 5;

export interface ErrorLogger {
  error(message: string, extra: Record<string, unknown>): void;
}

const body = (code: ApiErrorCode, message: string, issues?: unknown) => ({
  error: { code, message, ...(issues ? { issues } : {}) },
});

/** One place decides every error answer: 4xx with a message for the caller, 503 when the store is away, 500 otherwise. */
export const errorHandler = (logger: ErrorLogger) => (err: Error, c: Context) => {
  if (err instanceof HttpError) {
    for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
    return c.json(body(err.code, err.message, err.issues), err.status);
  }
  if (err instanceof ZodError) {
    return c.json(body('bad_request', 'The request is not right', issuesOf(err)), 400);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const message =
      status === 415
        ? 'Send the body as JSON with the header Content-Type: application/json'
        : err.message || 'The request could not be read';
    return c.json(
      body(status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request', message),
      status,
    );
  }
  if (isStoreUnavailable(err)) {
    logger.error('store unavailable', { path: c.req.path, error: err.message });
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json(
      body('unavailable', 'The service is busy or briefly away. Nothing was lost: please try again in a few seconds.'),
      503,
    );
  }
  logger.error('unhandled error', { path: c.req.path, error: err.message, stack: err.stack });
  return c.json(body('internal', 'Something went wrong on our side. Please try again.'), 500);
};

export const notFoundHandler = (c: Context) =>
  c.json(body('not_found', `There is nothing at ${c.req.method} ${c.req.path}`), 404);
