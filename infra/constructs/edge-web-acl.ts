import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { PUBLIC_PREFIX } from '../../shared/api-paths';
import { WAF_LIMITS, WAF_WINDOW_SECONDS } from '../traffic-limits';

const PUBLIC_API_PREFIX = `${PUBLIC_PREFIX}/`;
const TOO_MANY = 'too-many-requests';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  // Sampled requests keep viewers' IP addresses for hours; the product keeps none.
  sampledRequestsEnabled: false,
});

const publicApi: CfnWebACL.StatementProperty = {
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: PUBLIC_API_PREFIX,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
};

const notRead: CfnWebACL.StatementProperty = {
  notStatement: {
    statement: {
      byteMatchStatement: {
        fieldToMatch: { method: {} },
        positionalConstraint: 'EXACTLY',
        searchString: 'GET',
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    },
  },
};

const rateRule = (
  name: string,
  priority: number,
  limit: number,
  scopeDownStatement?: CfnWebACL.StatementProperty,
): CfnWebACL.RuleProperty => ({
  name,
  priority,
  statement: {
    rateBasedStatement: {
      limit,
      aggregateKeyType: 'IP',
      evaluationWindowSec: WAF_WINDOW_SECONDS,
      ...(scopeDownStatement ? { scopeDownStatement } : {}),
    },
  },
  action: {
    block: {
      customResponse: {
        responseCode: 429,
        customResponseBodyKey: TOO_MANY,
        responseHeaders: [{ name: 'retry-after', value: '60' }],
      },
    },
  },
  visibilityConfig: visibility(name),
});

const managedRule = (name: string, priority: number): CfnWebACL.RuleProperty => ({
  name,
  priority,
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  overrideAction: { none: {} },
  visibilityConfig: visibility(name),
});

/**
 * The web ACL in front of CloudFront. Rate rules per address, sized in infra/traffic-limits.ts for a
 * full room on one Wi-Fi: sends to the public API, any public API request, and everything else. Two AWS
 * managed groups drop known-bad addresses and exploit patterns. A CLOUDFRONT-scope ACL must be made in
 * us-east-1, so this construct lives in the edge stack (see infra/platform.ts).
 */
export class EdgeWebAcl extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Promise Check: rate limits per address and AWS managed protections',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('PromiseCheckEdge'),
      customResponseBodies: {
        [TOO_MANY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            error: {
              code: 'too_many_requests',
              message:
                'Lots of requests are coming from your network just now. Wait a minute and try again: nothing you answered is lost.',
            },
          }),
        },
      },
      rules: [
        managedRule('AWSManagedRulesAmazonIpReputationList', 0),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 1),
        rateRule('public-api-sends', 2, WAF_LIMITS.publicWrites, {
          andStatement: { statements: [publicApi, notRead] },
        }),
        rateRule('public-api-requests', 3, WAF_LIMITS.publicRequests, publicApi),
        rateRule('all-requests', 4, WAF_LIMITS.everything),
      ],
    });
  }
}
