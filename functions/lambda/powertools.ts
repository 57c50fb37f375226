import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import type { LambdaContext } from 'hono/aws-lambda';
import { logger, metrics, withLogsAndMetrics } from './observe';

export { logger, metrics };

/** The X-Ray tracer of the staff function and the jobs: a segment per invocation and one per AWS call. */
export const tracer = new Tracer();

/**
 * Wraps a handler in middy with the Powertools middlewares: guards first, then an X-Ray segment around
 * the rest, the request id on every log line and the metrics flushed after each invocation.
 */
export const withPowertools = <TEvent, TResult>(
  handler: (event: TEvent, context: LambdaContext) => Promise<TResult>,
  guards: MiddlewareObj<TEvent, TResult>[] = [],
) => withLogsAndMetrics(handler, [...guards, captureLambdaHandler(tracer, { captureResponse: false })]);
