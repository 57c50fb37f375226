import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyResult } from 'hono/aws-lambda';
import { ORIGIN_VERIFY_HEADER } from './lambda-env';

type Headers = Record<string, string | string[] | undefined>;

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The API answers only requests that came through CloudFront, which adds a secret header on its way
 * to the origin. The web ACL's rate rules live on CloudFront (WAF cannot sit on an HTTP API), so without
 * this check a caller who found the execute-api address could go around them.
 */
export const originGuard = <TEvent>(
  secret: string,
  onRefused: (requestId: string | undefined) => void = () => {},
): MiddlewareObj<TEvent, APIGatewayProxyResult> => ({
  name: 'origin-guard',
  before: (request) => {
    const headers: Headers = (request.event as { headers?: Headers }).headers ?? {};
    const given = headers[ORIGIN_VERIFY_HEADER];
    // Never let the secret reach the app, its logs or its error reports.
    delete headers[ORIGIN_VERIFY_HEADER];
    if (typeof given === 'string' && same(given, secret)) return undefined;
    onRefused((request.context as { awsRequestId?: string } | undefined)?.awsRequestId);
    return {
      statusCode: 403,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: JSON.stringify({
        error: { code: 'forbidden', message: 'Use the site address: the API answers only through it.' },
      }),
      isBase64Encoded: false,
    };
  },
});
