/** One call to the user pool's JSON API, as the SDK would send it, through the site's own proxy path. */
export const cognitoRequest = (
  send: typeof fetch,
  endpoint: string,
  operation: string,
  body: Record<string, unknown>,
) =>
  send(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });

/** "com.amazonaws...#NotAuthorizedException" → "NotAuthorizedException". */
export const cognitoErrorType = (data: { __type?: unknown }) =>
  String(data.__type ?? '')
    .split('#')
    .pop() ?? '';
