/**
 * Where the staff sign-in page sends the user pool's calls: the site's own origin, which CloudFront
 * forwards to the pool's regional endpoint (infra/constructs/site.ts), so no page talks to a third party.
 */
export const COGNITO_PROXY_PATH = '/auth/cognito';

/** The CloudFront function on that path: only POST goes on, and always to the endpoint's root. */
export const cognitoProxyRewriteCode = () =>
  `function handler(event) {
  var request = event.request;
  if (request.method !== 'POST') return { statusCode: 405, statusDescription: 'Method Not Allowed' };
  request.uri = '/';
  request.querystring = {};
  return request;
}`;
