import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import type { LambdaContext } from 'hono/aws-lambda';

/**
 * One structured logger and metrics writer per function. Service name, namespace and log level come from
 * the POWERTOOLS_* variables the stack sets. The X-Ray SDK is not here: the public function leaves it out
 * (Lambda's active tracing still records each invocation); powertools.ts adds it for the others.
 */
export const logger = new Logger();
export const metrics = new Metrics();

/**
 * Wraps a handler in middy: `first` (guards, then a tracer if any) before the Powertools middlewares that
 * put the request id on every log line and flush the metrics (with a cold-start count) after each
 * invocation. A guard that answers early (middy skips the rest) leaves nothing half open.
 */
export const withLogsAndMetrics = <TEvent, TResult>(
  handler: (event: TEvent, context: LambdaContext) => Promise<TResult>,
  first: MiddlewareObj<TEvent, TResult>[] = [],
) =>
  middy<TEvent, TResult>(handler as never)
    .use(first)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }));
