import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, type Stack, Validations } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLAIM } from '../../functions/api/auth/claims';
import { audienceOf, EDGE_CACHED_PATHS, PUBLIC_FUNCTION_PREFIX } from '../../functions/api/route-groups';
import { PAGE_SECURITY_HEADERS } from '../../functions/api/security-headers';
import { LAMBDA_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { METRIC, METRICS_NAMESPACE, SERVICE } from '../../functions/lambda/metric-names';
import { CACHE_TTL_MS } from '../../functions/store/cached-store';
import { TABLE } from '../../functions/store/table-design';
import { bundleSync } from '../../infra/bundling/bundle-sync';
import { ENTRIES } from '../../infra/bundling/entries';
import { BUNDLE_FILE } from '../../infra/bundling/esbuild-bundle';
import { API_INDEX_ACTIONS, API_TABLE_ACTIONS, API_USER_POOL_ACTIONS } from '../../infra/constructs/api-table-actions';
import { COUNCIL_ATTRIBUTE } from '../../infra/constructs/staff-user-pool';
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from '../../infra/site/cache-control';
import { pageRewriteCode } from '../../infra/site/page-rewrite';
import { API_THROTTLE, WAF_LIMITS, WAF_WINDOW_SECONDS } from '../../infra/traffic-limits';
import { API_PATHS, fill } from '../../shared/api-paths';
import { EDGE_CACHE } from '../../shared/limits';
import { ROLES } from '../../shared/roles';
import { PAGE_ROUTES } from '../../web/page-routes';
import { COGNITO_PROXY_PATH } from '../../web/src/staff/cognito/proxy-path';
import { SW_FILE } from '../../web/sw-build';
import { type SynthesisedStage, synthStage } from './support/platform';

// The CLI synth test runs CloudFormation's own template checks; here they would only add seconds.
process.env.CDK_VALIDATION = 'false';

/** CloudFormation templates are untyped JSON; the assertions say what they expect. */
type Resource = { Type: string; Properties: any; DeletionPolicy?: string; UpdateReplacePolicy?: string };

let prod: SynthesisedStage;
let dev: SynthesisedStage;
beforeAll(() => {
  prod = synthStage('prod');
  dev = synthStage('dev');
});

const idOf = (construct: IConstruct) => (construct.node.defaultChild ?? construct) as CfnElement;
const logicalId = (stack: Stack, construct: IConstruct) => stack.getLogicalId(idOf(construct));
const resource = (template: Template, id: string): Resource => template.toJSON().Resources[id] as Resource;
const all = (template: Template, type: string): Resource[] => Object.values(template.findResources(type)) as Resource[];
const only = (template: Template, type: string): Resource => {
  const found = all(template, type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

describe('data table', () => {
  test('is built from table-design.ts: keys, on-demand, KMS encryption, TTL, the council index, PITR in every stage', () => {
    const gsi = TABLE.indexes.byCouncil;
    for (const stage of [prod, dev]) {
      stage.templates.platform.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        // Enabled without a key of our own: DynamoDB's AWS managed KMS key (alias/aws/dynamodb).
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        GlobalSecondaryIndexes: [
          {
            IndexName: gsi.name,
            KeySchema: [
              { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
              { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
    }
  });

  test('production keeps its table (deletion protection, RETAIN); development can be torn down', () => {
    const prodTable = only(prod.templates.platform, 'AWS::DynamoDB::Table');
    expect(prodTable.Properties.DeletionProtectionEnabled).toBe(true);
    expect([prodTable.DeletionPolicy, prodTable.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    const devTable = only(dev.templates.platform, 'AWS::DynamoDB::Table');
    expect(devTable.Properties.DeletionProtectionEnabled).toBe(false);
    expect(devTable.DeletionPolicy).toBe('Delete');
  });
});

describe('API functions', () => {
  const fnOf = (stage: SynthesisedStage, which: 'publicFn' | 'staffFn') =>
    resource(stage.templates.platform, logicalId(stage.platform, stage.platform.api[which]));

  test('two functions, public and staff, each Node.js 22 on arm64, 1 GB, 15 s, traced by Lambda', () => {
    const lambdas = all(prod.templates.platform, 'AWS::Lambda::Function').filter(
      (f) => f.Properties.Environment?.Variables?.[LAMBDA_ENV.serviceName] === SERVICE.api,
    );
    expect(lambdas).toHaveLength(2);
    for (const which of ['publicFn', 'staffFn'] as const) {
      const fn = fnOf(prod, which);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 1024,
        Timeout: 15,
        Handler: 'index.handler',
      });
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  test('each is told only what its entry point reads', () => {
    const { platform } = prod;
    const pub = fnOf(prod, 'publicFn').Properties.Environment.Variables;
    const staff = fnOf(prod, 'staffFn').Properties.Environment.Variables;
    for (const env of [pub, staff]) {
      expect(env[LAMBDA_ENV.tableName]).toEqual({ Ref: logicalId(platform, platform.data.table) });
      expect(env[LAMBDA_ENV.safeguardingTopicArn]).toEqual({ Ref: logicalId(platform, platform.topics.safeguarding) });
      expect(JSON.stringify(env[LAMBDA_ENV.originVerifySecret])).toContain('{{resolve:secretsmanager:');
      expect(env[LAMBDA_ENV.serviceName]).toBe(SERVICE.api);
      expect(env[LAMBDA_ENV.metricsNamespace]).toBe(METRICS_NAMESPACE);
    }
    expect(staff[LAMBDA_ENV.userPoolId]).toEqual({ Ref: logicalId(platform, platform.auth.userPool) });
    expect(staff[LAMBDA_ENV.userPoolClientId]).toEqual({ Ref: logicalId(platform, platform.auth.webClient) });
    expect(staff[LAMBDA_ENV.rateKeySecret]).toBeUndefined();
    expect(JSON.stringify(pub[LAMBDA_ENV.rateKeySecret])).toContain('{{resolve:secretsmanager:');
    expect(pub[LAMBDA_ENV.userPoolId]).toBeUndefined();
    expect(pub[LAMBDA_ENV.userPoolClientId]).toBeUndefined();
  });

  test('their code is the bundles the bundle tests check (esbuild, built once, no Docker)', () => {
    for (const [which, entry] of [
      ['publicFn', ENTRIES.publicApi],
      ['staffFn', ENTRIES.staffApi],
    ] as const) {
      const hash = String(fnOf(prod, which).Properties.Code.S3Key).replace(/\.zip$/, '');
      const deployed = join(prod.assembly.directory, `asset.${hash}`);
      const built = bundleSync(entry);
      // index.mjs and its chunks (those a cold start loads and those loaded on first use), byte for byte.
      const files = (dir: string) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.mjs'))
          .sort();
      expect(files(deployed)).toContain(BUNDLE_FILE);
      expect(files(deployed)).toEqual(files(built));
      for (const f of files(built))
        expect(readFileSync(join(deployed, f)).equals(readFileSync(join(built, f))), f).toBe(true);
    }
  });

  const statementsOf = (which: 'publicFn' | 'staffFn') => {
    const { platform } = prod;
    const template = prod.templates.platform;
    const roleId = logicalId(platform, platform.api[which].role!);
    expect(resource(template, roleId).Properties.ManagedPolicyArns).toBeUndefined();
    const asList = (a: string | string[]) => [a].flat().sort();
    return all(template, 'AWS::IAM::Policy')
      .filter((p) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as any[])
      .map((s) => ({ effect: s.Effect, actions: asList(s.Action), resource: s.Resource }));
  };
  const shared = (logs: RegExp) => {
    const { platform } = prod;
    const tableArn = { 'Fn::GetAtt': [logicalId(platform, platform.data.table), 'Arn'] };
    return [
      {
        effect: 'Allow',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resource: { 'Fn::GetAtt': [expect.stringMatching(logs), 'Arn'] },
      },
      { effect: 'Allow', actions: [...API_TABLE_ACTIONS].sort(), resource: tableArn },
      {
        effect: 'Allow',
        actions: [...API_INDEX_ACTIONS],
        resource: { 'Fn::Join': ['', [tableArn, `/index/${TABLE.indexes.byCouncil.name}`]] },
      },
      {
        effect: 'Allow',
        actions: ['sns:Publish'],
        resource: { Ref: logicalId(platform, platform.topics.safeguarding) },
      },
    ];
  };
  const xray = { effect: 'Allow', actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], resource: '*' };

  test("the public function's role: its table and index, the safeguarding topic, its own logs and X-Ray; no user pool", () => {
    expect(statementsOf('publicFn')).toEqual([...shared(/^ApiPublicFunctionLogs/), xray]);
  });

  test("the staff function's role: the same, and the admin actions of the stack's own user pool", () => {
    const { platform } = prod;
    expect(statementsOf('staffFn')).toEqual([
      ...shared(/^ApiStaffFunctionLogs/),
      // Council admins manage their own staff: the admin actions of the stack's own pool, nothing more.
      {
        effect: 'Allow',
        actions: [...API_USER_POOL_ACTIONS].sort(),
        resource: { 'Fn::GetAtt': [logicalId(platform, platform.auth.userPool), 'Arn'] },
      },
      xray,
    ]);
  });
});

describe('HTTP API', () => {
  test('one $default stage, throttled, with access logs that hold no address or user agent', () => {
    const stage = only(prod.templates.platform, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
    });
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format) as Record<string, string>;
    expect(format.requestId).toBe('$context.requestId');
    expect(Object.values(format).join(' ')).not.toMatch(/sourceIp|userAgent|identity/);
  });

  test('sends /api/public/* to the public function and the rest of /api/* to the staff function, payload 2.0', () => {
    const { platform } = prod;
    const template = prod.templates.platform;
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
    const targetOf = (route: Resource) => {
      const id = String(route.Properties.Target['Fn::Join'][1][1].Ref);
      return integrations[id]!.Properties;
    };
    const routes = Object.fromEntries(
      all(template, 'AWS::ApiGatewayV2::Route').map((r) => [r.Properties.RouteKey, targetOf(r)]),
    );
    expect(Object.keys(routes).sort()).toEqual([`ANY ${PUBLIC_FUNCTION_PREFIX}/{proxy+}`, 'ANY /api/{proxy+}'].sort());
    const arnOf = (fn: IConstruct) => ({ 'Fn::GetAtt': [logicalId(platform, fn), 'Arn'] });
    expect(routes[`ANY ${PUBLIC_FUNCTION_PREFIX}/{proxy+}`]).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: arnOf(platform.api.publicFn),
    });
    expect(routes['ANY /api/{proxy+}']).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: arnOf(platform.api.staffFn),
    });
    // What the public route catches is what the public app serves (route-groups.ts).
    for (const path of Object.values(API_PATHS))
      expect(audienceOf(path) === 'public', path).toBe(path.startsWith(`${PUBLIC_FUNCTION_PREFIX}/`));
  });
});

describe('site', () => {
  const distribution = (stage: SynthesisedStage) =>
    only(stage.templates.platform, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
  const behaviour = (stage: SynthesisedStage, path: string) =>
    distribution(stage).CacheBehaviors.find((b: any) => b.PathPattern === path);
  const headersPolicy = (stage: SynthesisedStage, ref: { Ref: string }) =>
    resource(stage.templates.platform, ref.Ref).Properties.ResponseHeadersPolicyConfig;

  test('the bucket is private and read by CloudFront only, through origin access control', () => {
    const template = prod.templates.platform;
    const bucket = only(template, 'AWS::S3::Bucket');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
    const statements = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement as any[];
    const reads = statements.filter((s) => s.Effect === 'Allow' && [s.Action].flat().includes('s3:GetObject'));
    expect(reads).toHaveLength(1);
    expect(reads[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(JSON.stringify(reads[0].Condition)).toContain('AWS:SourceArn');
    expect(
      statements.some(
        (s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('"aws:SecureTransport":"false"'),
      ),
    ).toBe(true);
  });

  test('/api/* goes to the HTTP API uncached, with every viewer header but Host, and the origin secret', () => {
    const { platform } = prod;
    const api = behaviour(prod, '/api/*');
    expect(api.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
    expect(api.OriginRequestPolicyId).toBe(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId);
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    expect(api.ViewerProtocolPolicy).toBe('https-only');
    const origin = distribution(prod).Origins.find((o: any) => o.Id === api.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain(logicalId(platform, platform.api.httpApi));
    expect(origin.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    const secretRef = { Ref: logicalId(platform, platform.api.originSecret) };
    const header = origin.OriginCustomHeaders.find((h: any) => h.HeaderName === ORIGIN_VERIFY_HEADER);
    expect(JSON.stringify(header.HeaderValue)).toContain(JSON.stringify(secretRef));
    for (const fn of platform.api.functions) {
      const env = resource(prod.templates.platform, logicalId(platform, fn)).Properties.Environment.Variables;
      expect(env[LAMBDA_ENV.originVerifySecret]).toEqual(header.HeaderValue);
    }
  });

  test('a council\'s survey data and "you said, we did" are kept at the edge, keyed by path alone, at most EDGE_CACHE\'s fresh part', () => {
    const config = distribution(prod);
    const paths = config.CacheBehaviors.map((b: any) => b.PathPattern);
    // CloudFront takes the first behaviour that matches: the survey data's comes before /api/*.
    expect(paths.indexOf('/api/public/councils/*')).toBeGreaterThanOrEqual(0);
    expect(paths.indexOf('/api/public/councils/*')).toBeLessThan(paths.indexOf('/api/*'));
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/\*/g, '.*')}$`);
    const first = (path: string) => config.CacheBehaviors.find((b: any) => glob(b.PathPattern).test(path));
    for (const template of EDGE_CACHED_PATHS)
      expect(first(fill(template, { slug: 'riverside' })).PathPattern).toBe('/api/public/councils/*');
    // Answers and votes are never kept: they reach the function through /api/*.
    for (const path of [
      fill(API_PATHS.responses, { roundId: 'r_1' }),
      fill(API_PATHS.publicSessionState, { sessionId: 's_1' }),
    ])
      expect(first(path).PathPattern, path).toBe('/api/*');

    const data = behaviour(prod, '/api/public/councils/*');
    expect(data.TargetOriginId).toBe(behaviour(prod, '/api/*').TargetOriginId);
    expect(data.AllowedMethods.sort()).toEqual(['GET', 'HEAD']);
    expect(data.CachedMethods.sort()).toEqual(['GET', 'HEAD']);
    expect(data.ViewerProtocolPolicy).toBe('https-only');
    expect(data.Compress).toBe(true);
    // Nothing of the viewer's reaches the function, so nothing of theirs can be in a shared answer.
    expect(data.OriginRequestPolicyId).toBeUndefined();
    const policy = resource(prod.templates.platform, data.CachePolicyId.Ref).Properties.CachePolicyConfig;
    expect(policy).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: EDGE_CACHE.freshSeconds });
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin).toEqual({
      CookiesConfig: { CookieBehavior: 'none' },
      HeadersConfig: { HeaderBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'none' },
      EnableAcceptEncodingGzip: true,
      EnableAcceptEncodingBrotli: true,
    });
    // A change is seen within a minute: the function's own cache, then fresh, then stale while refreshed.
    expect(CACHE_TTL_MS / 1000 + EDGE_CACHE.freshSeconds + EDGE_CACHE.staleSeconds).toBeLessThanOrEqual(60);
  });

  test('pages, /api/* and the sign-in proxy are not kept at the edge beyond what the pages allow', () => {
    const config = distribution(prod);
    for (const path of ['/api/*', COGNITO_PROXY_PATH])
      expect(behaviour(prod, path)?.CachePolicyId ?? 'missing', path).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
    // Pages are revalidated on every visit: the default behaviour's Cache-Control is no-cache.
    const policy = headersPolicy(prod, config.DefaultCacheBehavior.ResponseHeadersPolicyId);
    expect(policy.CustomHeadersConfig.Items.find((h: any) => h.Header === 'Cache-Control').Value).toBe(
      PAGE_CACHE_CONTROL,
    );
  });

  test('pages go through the generated routing function; hashed assets are cached for a year', () => {
    const { platform } = prod;
    const config = distribution(prod);
    // The other function is the sign-in path's rewrite (test/infra/staff-sign-in.test.ts).
    expect(all(prod.templates.platform, 'AWS::CloudFront::Function')).toHaveLength(2);
    const fn = Object.entries(prod.templates.platform.findResources('AWS::CloudFront::Function')).find(([id]) =>
      id.startsWith('SitePageRewrite'),
    )![1] as Resource;
    expect(fn.Properties.FunctionCode).toBe(pageRewriteCode(PAGE_ROUTES));
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^SitePageRewrite/), 'FunctionARN'] },
      },
    ]);
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const assets = behaviour(prod, '/assets/*');
    expect(assets.CachePolicyId).toBe(CachePolicy.CACHING_OPTIMIZED.cachePolicyId);
    expect(assets.TargetOriginId).toBe(config.DefaultCacheBehavior.TargetOriginId);
    const cacheControl = (ref: { Ref: string }) =>
      headersPolicy(prod, ref).CustomHeadersConfig.Items.find((h: any) => h.Header === 'Cache-Control').Value;
    expect(cacheControl(assets.ResponseHeadersPolicyId)).toBe(ASSET_CACHE_CONTROL);
    expect(cacheControl(config.DefaultCacheBehavior.ResponseHeadersPolicyId)).toBe(PAGE_CACHE_CONTROL);
    expect(config.Logging).toBeUndefined();
    expect(platform.site.distribution).toBeDefined();
  });

  test('pages and assets carry the security headers of security-headers.ts', () => {
    const config = distribution(prod);
    for (const ref of [
      config.DefaultCacheBehavior.ResponseHeadersPolicyId,
      behaviour(prod, '/assets/*').ResponseHeadersPolicyId,
    ]) {
      const policy = headersPolicy(prod, ref);
      const sent: Record<string, string> = {};
      const s = policy.SecurityHeadersConfig;
      sent['Content-Security-Policy'] = s.ContentSecurityPolicy.ContentSecurityPolicy;
      sent['Strict-Transport-Security'] =
        `max-age=${s.StrictTransportSecurity.AccessControlMaxAgeSec}${s.StrictTransportSecurity.IncludeSubdomains ? '; includeSubDomains' : ''}`;
      sent['X-Content-Type-Options'] = 'nosniff';
      expect(s.ContentTypeOptions).toEqual({ Override: true });
      sent['X-Frame-Options'] = s.FrameOptions.FrameOption;
      sent['Referrer-Policy'] = s.ReferrerPolicy.ReferrerPolicy;
      for (const h of policy.CustomHeadersConfig.Items) if (h.Header !== 'Cache-Control') sent[h.Header] = h.Value;
      expect(sent).toEqual(PAGE_SECURITY_HEADERS);
    }
  });

  test("the survey's service worker (/sw.js) is deployed and checked on every visit, like a page", () => {
    const config = distribution(prod);
    // No page route and no other behaviour claims it: the bucket's file, through the default behaviour.
    const atEdge = new Function(`${pageRewriteCode(PAGE_ROUTES)}\nreturn handler;`)() as (e: {
      request: { uri: string };
    }) => { uri: string };
    expect(atEdge({ request: { uri: `/${SW_FILE}` } }).uri).toBe(`/${SW_FILE}`);
    const glob = (pattern: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    expect(config.CacheBehaviors.filter((b: any) => glob(b.PathPattern).test(`/${SW_FILE}`))).toEqual([]);
    const policy = headersPolicy(prod, config.DefaultCacheBehavior.ResponseHeadersPolicyId);
    expect(policy.CustomHeadersConfig.Items.find((h: any) => h.Header === 'Cache-Control').Value).toBe(
      PAGE_CACHE_CONTROL,
    );
    // The pages' bundle, as uploaded, holds it at the root.
    const deployment = only(prod.templates.platform, 'Custom::CDKBucketDeployment').Properties;
    const dirs = deployment.SourceObjectKeys.map((k: unknown) =>
      join(prod.assembly.directory, `asset.${String(k).replace(/\.zip$/, '')}`),
    );
    expect(dirs.filter((d: string) => readdirSync(d).includes(SW_FILE))).toHaveLength(1);
  });

  test('/config.json tells the pages to sign staff in with this user pool', () => {
    const { platform } = prod;
    const deployment = only(prod.templates.platform, 'Custom::CDKBucketDeployment').Properties;
    const i = deployment.SourceMarkers.findIndex((m: object) => Object.keys(m).length > 0);
    const dir = join(prod.assembly.directory, `asset.${String(deployment.SourceObjectKeys[i]).replace(/\.zip$/, '')}`);
    let text = readFileSync(join(dir, 'config.json'), 'utf8');
    for (const [marker, value] of Object.entries(deployment.SourceMarkers[i] as Record<string, unknown>))
      text = text.replace(marker, JSON.stringify(value).replace(/"/g, "'"));
    expect(JSON.parse(text)).toEqual({
      auth: {
        kind: 'cognito',
        region: 'eu-west-2',
        userPoolId: `{'Ref':'${logicalId(platform, platform.auth.userPool)}'}`,
        clientId: `{'Ref':'${logicalId(platform, platform.auth.webClient)}'}`,
      },
    });
    expect(deployment.DistributionPaths).toEqual(['/*']);
  });

  test('without a domain it uses the cloudfront.net name; with one, TLS 1.2 and its certificate', () => {
    expect(distribution(prod).Aliases).toBeUndefined();
    const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
    const withDomain = synthStage('prod', { domain: { name: 'promisecheck.example.org', certificateArn } });
    const config = distribution(withDomain);
    expect(config.Aliases).toEqual(['promisecheck.example.org']);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn: certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(new AwsSolutionsChecks().validateScope(withDomain.app).violations).toEqual([]);
  });
});

describe('web ACL', () => {
  const acl = () => only(prod.templates.edge, 'AWS::WAFv2::WebACL').Properties;
  const rule = (name: string) => acl().Rules.find((r: any) => r.Name === name);

  test('is a CLOUDFRONT web ACL in us-east-1, attached to the distribution through a cross-region reference', () => {
    expect(prod.edge.region).toBe('us-east-1');
    expect(prod.platform.region).toBe('eu-west-2');
    expect(acl().Scope).toBe('CLOUDFRONT');
    const aclId = logicalId(prod.edge, prod.edge.firewall.webAcl);
    const writer = only(prod.templates.edge, 'Custom::CrossRegionExportWriter').Properties.WriterProps;
    expect(writer.region).toBe('eu-west-2');
    const [[parameter, value]] = Object.entries(writer.exports as Record<string, unknown>) as [[string, unknown]];
    expect(value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    const webAclId = only(prod.templates.platform, 'AWS::CloudFront::Distribution').Properties.DistributionConfig
      .WebACLId;
    expect(webAclId).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ExportsReader/), parameter] });
  });

  test('limits each address by rate: sends to the public API, any public API request, and everything', () => {
    const publicApi = {
      ByteMatchStatement: {
        FieldToMatch: { UriPath: {} },
        PositionalConstraint: 'STARTS_WITH',
        SearchString: '/api/public/',
        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      },
    };
    const sends = rule('public-api-sends');
    expect(sends.Statement.RateBasedStatement).toEqual({
      Limit: WAF_LIMITS.publicWrites,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: WAF_WINDOW_SECONDS,
      ScopeDownStatement: {
        AndStatement: {
          Statements: [
            publicApi,
            {
              NotStatement: {
                Statement: {
                  ByteMatchStatement: {
                    FieldToMatch: { Method: {} },
                    PositionalConstraint: 'EXACTLY',
                    SearchString: 'GET',
                    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                  },
                },
              },
            },
          ],
        },
      },
    });
    expect(rule('public-api-requests').Statement.RateBasedStatement).toMatchObject({
      Limit: WAF_LIMITS.publicRequests,
      AggregateKeyType: 'IP',
      ScopeDownStatement: publicApi,
    });
    expect(rule('all-requests').Statement.RateBasedStatement).toEqual({
      Limit: WAF_LIMITS.everything,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: WAF_WINDOW_SECONDS,
    });
    for (const name of ['public-api-sends', 'public-api-requests', 'all-requests']) {
      expect(rule(name).Action.Block.CustomResponse).toMatchObject({
        ResponseCode: 429,
        CustomResponseBodyKey: 'too-many-requests',
      });
    }
    // A full room on one Wi-Fi polling once a second stays under the public limit.
    expect(WAF_LIMITS.publicRequests).toBeGreaterThanOrEqual(100 * WAF_WINDOW_SECONDS);
  });

  test('adds AWS managed protections and keeps no sampled requests (they hold IP addresses)', () => {
    const managed = acl()
      .Rules.filter((r: any) => r.Statement.ManagedRuleGroupStatement)
      .map((r: any) => r.Statement.ManagedRuleGroupStatement.Name);
    expect(managed).toEqual(['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesKnownBadInputsRuleSet']);
    const visibility = [acl().VisibilityConfig, ...acl().Rules.map((r: any) => r.VisibilityConfig)];
    expect(visibility.every((v) => v.SampledRequestsEnabled === false && v.CloudWatchMetricsEnabled === true)).toBe(
      true,
    );
    expect(JSON.parse(acl().CustomResponseBodies['too-many-requests'].Content).error.message).toMatch(
      /nothing you answered is lost/,
    );
  });
});

describe('staff user pool', () => {
  test('requires TOTP MFA and long passwords, lets nobody sign up, and blocks risky sign-ins', () => {
    const pool = only(prod.templates.platform, 'AWS::Cognito::UserPool').Properties;
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.Policies.PasswordPolicy).toEqual({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
    });
    expect(pool.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: true });
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    expect(pool.Schema).toContainEqual(
      expect.objectContaining({ Name: COUNCIL_ATTRIBUTE, AttributeDataType: 'String', Mutable: true }),
    );
  });

  test('has one group per role', () => {
    const groups = all(prod.templates.platform, 'AWS::Cognito::UserPoolGroup').map((g) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  test('the web client has no secret, signs in by SRP only, and can read but never write the council', () => {
    const client = only(prod.templates.platform, 'AWS::Cognito::UserPoolClient').Properties;
    expect(`custom:${COUNCIL_ATTRIBUTE}`).toBe(CLAIM.councilId);
    expect(client.GenerateSecret).toBe(false);
    expect(client.ExplicitAuthFlows.sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    expect(client.ReadAttributes).toContain(CLAIM.councilId);
    expect(client.WriteAttributes).not.toContain(CLAIM.councilId);
    expect(client.WriteAttributes.length).toBeGreaterThan(0);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client).toMatchObject({ IdTokenValidity: 15, AccessTokenValidity: 15, RefreshTokenValidity: 720 });
    expect(client.TokenValidityUnits).toEqual({ IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' });
  });

  test('production keeps its users (deletion protection, RETAIN); development does not', () => {
    const prodPool = only(prod.templates.platform, 'AWS::Cognito::UserPool');
    expect(prodPool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(prodPool.DeletionPolicy).toBe('Retain');
    const devPool = only(dev.templates.platform, 'AWS::Cognito::UserPool');
    expect(devPool.Properties.DeletionProtection).toBe('INACTIVE');
    expect(devPool.DeletionPolicy).toBe('Delete');
  });
});

describe('alerts and alarms', () => {
  test('two topics, TLS only: safeguarding alerts for the leads, operations alarms for the operator', () => {
    const { platform } = prod;
    expect(all(prod.templates.platform, 'AWS::SNS::Topic')).toHaveLength(2);
    for (const policy of all(prod.templates.platform, 'AWS::SNS::TopicPolicy')) {
      expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
    // Leads subscribe with a filter on their council (docs/deploy.md); nothing is subscribed to everything.
    expect(all(prod.templates.platform, 'AWS::SNS::Subscription')).toHaveLength(0);
    const withEmail = synthStage('dev', { alarmEmail: 'operator@example.org' });
    withEmail.templates.platform.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'operator@example.org',
      TopicArn: { Ref: logicalId(withEmail.platform, withEmail.platform.topics.operations) },
    });
    expect(platform.topics.safeguarding).not.toBe(platform.topics.operations);
  });

  test('alarm on the 5xx rate, function errors and throttles, table throttles and system errors, and failed safeguarding alerts', () => {
    const { platform } = prod;
    const template = prod.templates.platform;
    const alarms = Object.fromEntries(
      platform.alarms.alarms.map((a) => [a.node.id, resource(template, logicalId(platform, a)).Properties]),
    );
    expect(Object.keys(alarms).sort()).toEqual([
      'Api5xxRate',
      'PublicApiFunctionErrors',
      'PublicApiFunctionThrottles',
      'SafeguardingAlertFailed',
      'StaffApiFunctionErrors',
      'StaffApiFunctionThrottles',
      'TableSystemErrors',
      'TableThrottles',
    ]);
    const operations = [{ Ref: logicalId(platform, platform.topics.operations) }];
    for (const alarm of Object.values(alarms)) {
      expect(alarm.AlarmActions).toEqual(operations);
      expect(alarm.OKActions).toEqual(operations);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
    const metricsOf = (a: any) =>
      (a.Metrics ?? [])
        .filter((m: any) => m.MetricStat)
        .map((m: any) => `${m.MetricStat.Metric.Namespace}/${m.MetricStat.Metric.MetricName}`);
    expect(alarms.Api5xxRate.Metrics.find((m: any) => m.Expression).Expression).toMatch(/100 \* errors \/ requests/);
    expect(metricsOf(alarms.Api5xxRate).sort()).toEqual(['AWS/ApiGateway/5xx', 'AWS/ApiGateway/Count']);
    for (const [name, fn] of [
      ['Public', platform.api.publicFn],
      ['Staff', platform.api.staffFn],
    ] as const) {
      const dimensions = [{ Name: 'FunctionName', Value: { Ref: logicalId(platform, fn) } }];
      expect(alarms[`${name}ApiFunctionErrors`]).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors' });
      expect(alarms[`${name}ApiFunctionErrors`].Dimensions).toEqual(dimensions);
      expect(alarms[`${name}ApiFunctionThrottles`]).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles' });
      expect(alarms[`${name}ApiFunctionThrottles`].Dimensions).toEqual(dimensions);
    }
    expect(new Set(metricsOf(alarms.TableThrottles))).toEqual(new Set(['AWS/DynamoDB/ThrottledRequests']));
    expect(new Set(metricsOf(alarms.TableSystemErrors))).toEqual(new Set(['AWS/DynamoDB/SystemErrors']));
    expect(alarms.SafeguardingAlertFailed).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.safeguardingAlertFailed,
      Dimensions: [{ Name: 'service', Value: SERVICE.api }],
      Threshold: 1,
    });
  });
});

describe('stages', () => {
  test('production stacks have termination protection and keep logs a year; development keeps two weeks', () => {
    expect([prod.platform.terminationProtection, prod.edge.terminationProtection]).toEqual([true, true]);
    expect([dev.platform.terminationProtection, dev.edge.terminationProtection]).toEqual([false, false]);
    const retention = (stage: SynthesisedStage) =>
      all(stage.templates.platform, 'AWS::Logs::LogGroup').map((g) => [g.Properties.RetentionInDays, g.DeletionPolicy]);
    expect(new Set(retention(prod).map(String))).toEqual(new Set(['365,Retain']));
    expect(new Set(retention(dev).map(String))).toEqual(new Set(['14,Delete']));
    expect(prod.platform.stackName).toBe('PromiseCheck-prod');
    expect(dev.edge.stackName).toBe('PromiseCheck-dev-edge');
  });
});

describe('cdk-nag (AWS Solutions)', () => {
  const acknowledgements = (root: IConstruct) =>
    root.node
      .findAll()
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .map((m) => [c.node.path, m.data as Record<string, string>] as const),
      )
      .flatMap(([path, data]) => Object.entries(data).map(([id, reason]) => ({ path, id, reason })));

  test('finds nothing unacknowledged in either stage', () => {
    for (const stage of [prod, dev]) expect(new AwsSolutionsChecks().validateScope(stage.app).violations).toEqual([]);
  });

  test('every acknowledgement gives its reason', () => {
    const found = acknowledgements(prod.app);
    expect(found.length).toBeGreaterThan(0);
    for (const { id, reason } of found) expect(reason.length, id).toBeGreaterThan(40);
    const rules = [...new Set(found.map((f) => f.id.replace(/^Annotation::/, '')))].sort();
    console.log(`cdk-nag: ${found.length} acknowledgements in prod, of ${rules.length} rules: ${rules.join(', ')}`);
  });
});
