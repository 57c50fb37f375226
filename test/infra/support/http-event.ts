/** An API Gateway HTTP API (payload format 2.0) event, as CloudFront → API Gateway would deliver it. */
export const httpApiEvent = (
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
) => ({
  version: '2.0',
  routeKey: 'ANY /api/{proxy+}',
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'abc123.execute-api.eu-west-2.amazonaws.com', accept: 'application/json', ...options.headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'abc123',
    domainName: 'abc123.execute-api.eu-west-2.amazonaws.com',
    domainPrefix: 'abc123',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.10', userAgent: 'test' },
    requestId: 'test-request',
    routeKey: 'ANY /api/{proxy+}',
    stage: '$default',
    time: '01/Jan/2027:00:00:00 +0000',
    timeEpoch: 1798761600000,
  },
  body: options.body === undefined ? null : JSON.stringify(options.body),
  isBase64Encoded: false,
});
