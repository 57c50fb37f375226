import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { PUBLIC_FUNCTION_PREFIX } from '../../functions/api/route-groups';
import { LAMBDA_ENV } from '../../functions/lambda/lambda-env';
import { METRICS_NAMESPACE, SERVICE } from '../../functions/lambda/metric-names';
import { API_PREFIX } from '../../shared/api-paths';
import { ENTRIES } from '../bundling/entries';
import { bundledCode } from '../bundling/lambda-code';
import { API_THROTTLE } from '../traffic-limits';
import { API_INDEX_ACTIONS, API_TABLE_ACTIONS, API_USER_POOL_ACTIONS } from './api-table-actions';

/** Memory buys CPU in Lambda: 1 GB makes the cold start (parsing the bundle) and JSON work quick. */
export const API_MEMORY_MB = 1024;
/** Above the store's 8-second retry budget for conflicting submissions, below API Gateway's 30 seconds. */
export const API_TIMEOUT = Duration.seconds(15);

export interface ApiProps {
  table: ITable;
  indexArns: string[];
  userPoolId: string;
  userPoolArn: string;
  userPoolClientId: string;
  safeguardingTopic: ITopic;
  retain: boolean;
  logRetention: RetentionDays;
}

/** One of the API's functions: what it runs, what it may do, and what it is told. */
interface FunctionSpec {
  entry: string;
  description: string;
  roleDescription: string;
  grant: (role: Role) => void;
  environment: Record<string, string>;
}

/**
 * The API: the Hono app split in two Lambda functions behind one HTTP API that throttles every caller
 * together. Young people's routes (functions/lambda/public-api.ts, everything under
 * PUBLIC_FUNCTION_PREFIX) run in a small function whose cold start a young person may wait for; every
 * other route (functions/lambda/staff-api.ts) in the staff function. Each role names exactly the table,
 * index, topic, user pool and log group its function uses. The HTTP API is reached through CloudFront
 * only: CloudFront adds a secret header that both functions check (see originSecret).
 */
export class Api extends Construct {
  readonly publicFn: LambdaFunction;
  readonly staffFn: LambdaFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** Shared by CloudFront (which sends it) and the functions (which require it). */
  readonly originSecret: Secret;
  /** Salts the hash of a client's address for rate limiting; the same in every instance, never logged. */
  readonly rateKeySecret: Secret;

  /** Both functions, public first. */
  get functions(): LambdaFunction[] {
    return [this.publicFn, this.staffFn];
  }

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const removalPolicy = props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.originSecret = new Secret(this, 'OriginSecret', {
      description: 'Header value CloudFront adds to API requests; the API refuses requests without it.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The value only proves a request came through CloudFront. CloudFormation copies it into the distribution and the functions at deploy time, so a rotation would not reach them; to change it, put a new value and redeploy (docs/deploy.md).',
    });

    this.rateKeySecret = new Secret(this, 'RateKeySecret', {
      description:
        'Secret behind the daily salt of rate-limit keys; an address is only ever kept as a hash with it, for an hour.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.rateKeySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFormation copies the value into the public function at deploy time. Changing it only restarts every rate-limit window; to change it, put a new value and redeploy (docs/deploy.md).',
    });

    const common = {
      [LAMBDA_ENV.tableName]: props.table.tableName,
      [LAMBDA_ENV.safeguardingTopicArn]: props.safeguardingTopic.topicArn,
      [LAMBDA_ENV.originVerifySecret]: this.originSecret.secretValue.unsafeUnwrap(),
      [LAMBDA_ENV.serviceName]: SERVICE.api,
      [LAMBDA_ENV.metricsNamespace]: METRICS_NAMESPACE,
      [LAMBDA_ENV.logLevel]: 'INFO',
    };
    const tableAndTopic = (role: Role) => {
      role.addToPolicy(new PolicyStatement({ actions: [...API_TABLE_ACTIONS], resources: [props.table.tableArn] }));
      role.addToPolicy(new PolicyStatement({ actions: [...API_INDEX_ACTIONS], resources: props.indexArns }));
      // Both raise urgent-comment alerts: a young person's comment (public), a moderator's flag (staff).
      props.safeguardingTopic.grantPublish(role);
    };
    const apiFunction = (fnId: string, spec: FunctionSpec) => {
      const logGroup = new LogGroup(this, `${fnId}Logs`, { retention: props.logRetention, removalPolicy });
      const role = new Role(this, `${fnId}Role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: spec.roleDescription,
      });
      logGroup.grantWrite(role);
      spec.grant(role);
      const fn = new LambdaFunction(this, fnId, {
        description: spec.description,
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        handler: 'index.handler',
        code: bundledCode(spec.entry),
        memorySize: API_MEMORY_MB,
        timeout: API_TIMEOUT,
        role,
        logGroup,
        // Lambda's own tracing: a segment per invocation, with no SDK in the public function.
        tracing: Tracing.ACTIVE,
        environment: spec.environment,
      });
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray accepts trace segments only on Resource "*" (it has no resource-level permissions); this is the statement Lambda active tracing adds.',
      });
      Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          'Node.js 22 is the runtime the app is built, tested and benchmarked on (package.json engines); move to a newer one with the app, not behind its back.',
      });
      return fn;
    };

    this.publicFn = apiFunction('PublicFunction', {
      entry: ENTRIES.publicApi,
      description: "Promise Check API: young people's routes (survey data, answers, codes, session join and votes)",
      roleDescription:
        'The public API function: its table and index, the safeguarding topic and its own log group; no user pool.',
      grant: tableAndTopic,
      environment: { ...common, [LAMBDA_ENV.rateKeySecret]: this.rateKeySecret.secretValue.unsafeUnwrap() },
    });
    this.staffFn = apiFunction('StaffFunction', {
      entry: ENTRIES.staffApi,
      description: 'Promise Check API: staff routes and the OpenAPI document',
      roleDescription:
        'The staff API function: its table and index, the staff user pool, the safeguarding topic and its own log group; nothing else.',
      grant: (role) => {
        tableAndTopic(role);
        role.addToPolicy(new PolicyStatement({ actions: [...API_USER_POOL_ACTIONS], resources: [props.userPoolArn] }));
      },
      environment: {
        ...common,
        [LAMBDA_ENV.userPoolId]: props.userPoolId,
        [LAMBDA_ENV.userPoolClientId]: props.userPoolClientId,
      },
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy });
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'Promise Check API', createDefaultStage: false });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // No source address and no user agent: nothing here could point at a young person.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
            integrationError: '$context.integrationErrorMessage',
            bytes: '$context.responseLength',
          }),
        ),
      },
    });
    // The most specific route wins: young people's paths go to the public function, the rest to staff.
    const routes = [
      ...this.httpApi.addRoutes({
        path: `${PUBLIC_FUNCTION_PREFIX}/{proxy+}`,
        methods: [HttpMethod.ANY],
        integration: new HttpLambdaIntegration('Public', this.publicFn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      }),
      ...this.httpApi.addRoutes({
        path: `${API_PREFIX}/{proxy+}`,
        methods: [HttpMethod.ANY],
        integration: new HttpLambdaIntegration('Staff', this.staffFn, {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
      }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Young people use the public routes without signing in, by design. Staff routes are checked inside the app (Cognito ID token verified with aws-jwt-verify, then role and council per route), the same code that runs locally and is tested route by route.',
      });
    }
  }

  /** The host name CloudFront sends API requests to. */
  get originDomain(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
