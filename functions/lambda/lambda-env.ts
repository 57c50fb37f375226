/**
 * The environment variables the stack gives each function: the one home for their names, read by the
 * Lambda entry points and written by the CDK constructs.
 */
export const LAMBDA_ENV = {
  tableName: 'TABLE_NAME',
  userPoolId: 'USER_POOL_ID',
  userPoolClientId: 'USER_POOL_CLIENT_ID',
  safeguardingTopicArn: 'SAFEGUARDING_TOPIC_ARN',
  /** The value CloudFront adds to every request it sends to the API; requests without it are refused. */
  originVerifySecret: 'ORIGIN_VERIFY_SECRET',
  /** The secret behind the daily salt of rate-limit keys (a client's address is only ever hashed with it). */
  rateKeySecret: 'RATE_KEY_SECRET',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  metricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
} as const;

/** The header CloudFront adds to requests for the API, carrying LAMBDA_ENV.originVerifySecret. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** Reads a variable the stack must have set; a missing one stops the cold start with a plain message. */
export const requiredEnv = (name: (typeof LAMBDA_ENV)[keyof typeof LAMBDA_ENV]): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the function's environment comes from the CDK stack (infra/).`);
  return value;
};
