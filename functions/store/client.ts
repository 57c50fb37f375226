import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConfig {
  /** Set for DynamoDB Local; absent in AWS, where the SDK finds the regional endpoint. */
  endpoint?: string;
  region?: string;
}

/**
 * One client per process. Short timeouts and few SDK retries: when the store is away the API answers
 * 503 with Retry-After quickly instead of hanging, and the device retries with the same submission id.
 */
export const createDynamoClient = (config: DynamoConfig = {}): DynamoDBClient =>
  new DynamoDBClient({
    region: config.region ?? process.env.AWS_REGION ?? 'eu-west-2',
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });

export const documentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
