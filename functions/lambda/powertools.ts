import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { LambdaContext } from 'hono/aws-lambda';

/**
 * One structured logger, metrics writer and tracer per function. Service name, namespace and log level
 * come from the POWERTOOLS_* variables the stack sets, so every function reports under its own name.
 */
export const logger = new Logger();
export const metrics = new Metrics();
export const tracer = new Tracer();

/**
 * Wraps a handler in middy with the Powertools middlewares: the request id on every log line, the
 * metrics flushed (with a cold-start count) after each invocation, and an X-Ray segment around it.
 * Guards run first: one that answers early (middy skips the rest) leaves nothing half open.
 */
export const withPowertools = <TEvent, TResult>(
  handler: (event: TEvent, context: LambdaContext) => Promise<TResult>,
  guards: MiddlewareObj<TEvent, TResult>[] = [],
) =>
  middy<TEvent, TResult>(handler as never)
    .use(guards)
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }));
