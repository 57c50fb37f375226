import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { EDGE_CACHED_PREFIX } from '../../functions/api/route-groups';
import { PAGE_SECURITY_HEADERS } from '../../functions/api/security-headers';
import { ORIGIN_VERIFY_HEADER } from '../../functions/lambda/lambda-env';
import { API_PREFIX } from '../../shared/api-paths';
import { EDGE_CACHE } from '../../shared/limits';
import { PAGE_ROUTES } from '../../web/page-routes';
import { COGNITO_PROXY_PATH, cognitoProxyRewriteCode } from '../../web/src/staff/cognito/proxy-path';
import { ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL } from '../site/cache-control';
import { pageRewriteCode } from '../site/page-rewrite';
import { cloudFrontHeaders } from '../site/security-headers-policy';
import { type CognitoSiteConfig, SITE_CONFIG_KEY } from '../site/site-config';

export const ASSETS_PATH = '/assets/*';
export const API_PATH = `${API_PREFIX}/*`;
/** A council's survey data and its "you said, we did", the same for every young person: kept at the edge briefly. */
export const SURVEY_DATA_PATH = `${EDGE_CACHED_PREFIX}*`;

export interface SiteProps {
  /** The built pages (web/dist). */
  pagesDir: string;
  siteConfig: CognitoSiteConfig;
  apiOriginDomain: string;
  /** The header value CloudFront adds to API requests (the API refuses requests without it). */
  originSecret: string;
  /** The CLOUDFRONT-scope web ACL (created in us-east-1 by the edge stack). */
  webAclArn: string;
  domain?: { name: string; certificateArn: string };
}

/**
 * The site: a private bucket holding the built pages, read by CloudFront through origin access control;
 * a viewer-request function that maps page paths (/c/riverside, /staff/...) to their HTML file;
 * a council's survey data and "you said, we did" kept at the edge for as long as the API's
 * Cache-Control allows (EDGE_CACHE: 25 s, and 30 s more served stale while CloudFront refreshes it), so a
 * young person seldom waits for a function to start; the rest of `/api/*` sent to the HTTP API uncached; hashed assets cached for a year; every page with the
 * security headers the local server sends. The web ACL sits in front of all of it.
 */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    // Only build output lives here (rebuilt from the repository on every deploy), so it goes with the stack.
    this.bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket is read only by CloudFront (origin access control) and written only by the deployment; its requests would log CloudFront and the deployer, nothing more. CloudTrail records the writes.',
    });

    const { securityHeadersBehavior, customHeaders } = cloudFrontHeaders(PAGE_SECURITY_HEADERS);
    const headersPolicy = (name: string, cacheControl: string) =>
      new ResponseHeadersPolicy(this, name, {
        comment: `${name}: functions/api/security-headers.ts and Cache-Control ${cacheControl}`,
        securityHeadersBehavior,
        customHeadersBehavior: {
          customHeaders: [...customHeaders, { header: 'Cache-Control', value: cacheControl, override: true }],
        },
      });
    const pagesHeaders = headersPolicy('PageHeaders', PAGE_CACHE_CONTROL);
    const assetHeaders = headersPolicy('AssetHeaders', ASSET_CACHE_CONTROL);

    const pageRewrite = new CloudFrontFunction(this, 'PageRewrite', {
      comment: 'Maps page paths to their HTML file (web/page-routes.ts)',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(pageRewriteCode(PAGE_ROUTES)),
    });

    // Staff sign-in: the user pool's endpoint behind the site's own origin (the pages' CSP allows no other).
    const cognitoRewrite = new CloudFrontFunction(this, 'CognitoProxyRewrite', {
      comment: 'Sends POST /auth/cognito to the user pool endpoint root',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(cognitoProxyRewriteCode()),
    });
    const cognitoOrigin = new HttpOrigin(`cognito-idp.${props.siteConfig.auth.region}.amazonaws.com`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    });

    const pagesOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const apiOrigin = new HttpOrigin(props.apiOriginDomain, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originSecret },
      readTimeout: Duration.seconds(30),
    });

    // The key is the path alone: no header, cookie or query string, so no answer can differ by who asked.
    // The API's Cache-Control decides (refusals say no-store); the maximum keeps a wrong header from
    // holding an answer longer than the fresh part of EDGE_CACHE.
    const surveyDataCache = new CachePolicy(this, 'SurveyDataCache', {
      comment: "A council's survey data and you-said-we-did: shared/limits.ts EDGE_CACHE",
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(EDGE_CACHE.freshSeconds),
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Promise Check',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: pagesOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: pagesHeaders,
        functionAssociations: [{ function: pageRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        // Before /api/*: CloudFront takes the first behaviour whose path matches.
        [SURVEY_DATA_PATH]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: surveyDataCache,
          // No origin request policy: nothing of the viewer's (address, headers) reaches the function.
          compress: true,
        },
        [API_PATH]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Everything the viewer sent (Authorization, If-None-Match, CloudFront-Viewer-Address…) except
          // Host, which must be the API's own for API Gateway to accept the request.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          compress: true,
        },
        [COGNITO_PROXY_PATH]: {
          origin: cognitoOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // X-Amz-Target and Content-Type name the call; Host must be the endpoint's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          functionAssociations: [{ function: cognitoRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        [ASSETS_PATH]: {
          origin: pagesOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: assetHeaders,
          compress: true,
        },
      },
      webAclId: props.webAclArn,
      // Europe and North America edges: the cheapest class, and where the site's visitors are.
      priceClass: PriceClass.PRICE_CLASS_100,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: false,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR3',
        reason:
          "CloudFront access logs record every viewer's IP address, and the product stores no young person's address anywhere (PRODUCT.md, rule 1). The web ACL's metrics and the API's access logs (without addresses) show the traffic.",
      },
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Care leavers abroad (university, travel, placements) must still reach their council; the web ACL limits abuse by rate instead of by country.',
      },
      ...(props.domain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'Without a domain of its own the site uses the cloudfront.net certificate, whose TLS policy CloudFront fixes; with `domain` set in cdk.json the distribution requires TLS 1.2 (TLSv1.2_2021).',
            },
          ]),
    );

    new BucketDeployment(this, 'Deploy', {
      sources: [
        Source.asset(props.pagesDir, { exclude: ['.built'] }),
        Source.jsonData(SITE_CONFIG_KEY, props.siteConfig),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });
    acknowledgeDeploymentFunction(Stack.of(this), this.bucket);
  }
}

/**
 * The bucket deployment runs CDK's own function (one per stack) to copy the pages from the CDK asset
 * bucket into the site bucket and invalidate CloudFront. Its role and runtime are CDK's; what it may
 * touch is the asset bucket (read), the site bucket and the invalidations.
 */
const acknowledgeDeploymentFunction = (stack: Stack, siteBucket: Bucket) => {
  const fn = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!fn) throw new Error('The bucket deployment function was not found: has aws-cdk-lib renamed it?');
  const reason = (what: string) => ({
    reason: `CDK's bucket deployment function (aws-cdk-lib/aws-s3-deployment): ${what}`,
  });
  const wildcardGrants = ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'];
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const siteObjects = `Resource::<${stack.getLogicalId(siteBucket.node.defaultChild as CfnBucket)}.Arn>/*`;
  Validations.of(fn).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ...reason('CDK gives it the basic execution role to write its logs.'),
    },
    ...wildcardGrants.map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      ...reason('the read/write grant CDK makes on exactly the two buckets below.'),
    })),
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
      ...reason('reads the uploaded pages from the CDK asset bucket.'),
    },
    {
      id: `AwsSolutions-IAM5[${siteObjects}]`,
      ...reason('writes the pages, and removes stale ones, in the site bucket only.'),
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      ...reason(
        'creates the CloudFront invalidation after a deploy; CloudFront invalidations take no resource ARN in this grant.',
      ),
    },
    { id: 'AwsSolutions-L1', ...reason('its runtime is chosen by aws-cdk-lib and moves with it.') },
  );
};
