/** Staff sign in against the user pool through the site's own origin: CloudFront forwards one path to the pool's endpoint. */

import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { beforeAll, describe, expect, test } from 'vitest';
import { COGNITO_PROXY_PATH } from '../../web/src/staff/cognito/proxy-path';
import { type SynthesisedStage, synthStage } from './support/platform';

process.env.CDK_VALIDATION = 'false';

let prod: SynthesisedStage;
beforeAll(() => {
  prod = synthStage('prod');
});

describe('the sign-in path', () => {
  test('sends POSTs to the regional user pool endpoint, uncached, with the call’s own headers, through a rewrite to its root', () => {
    const template = prod.templates.platform.toJSON() as {
      Resources: Record<string, { Type: string; Properties: any }>;
    };
    const distribution = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::Distribution')!
      .Properties.DistributionConfig;
    const behaviour = distribution.CacheBehaviors.find((b: any) => b.PathPattern === COGNITO_PROXY_PATH);
    expect(behaviour).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
    });
    const origin = distribution.Origins.find((o: any) => o.Id === behaviour.TargetOriginId);
    expect(origin.DomainName).toBe('cognito-idp.eu-west-2.amazonaws.com');
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    const fnArn = behaviour.FunctionAssociations[0].FunctionARN['Fn::GetAtt'][0];
    const code = String(template.Resources[fnArn]!.Properties.FunctionCode);
    // The function as CloudFront runs it: GET is refused, POST goes to "/".
    const handler = new Function(`${code}; return handler;`)() as (e: unknown) => any;
    expect(handler({ request: { method: 'GET', uri: COGNITO_PROXY_PATH, querystring: {} } }).statusCode).toBe(405);
    expect(
      handler({ request: { method: 'POST', uri: COGNITO_PROXY_PATH, querystring: { a: { value: '1' } } } }),
    ).toMatchObject({ uri: '/', querystring: {} });
  });

  test('is covered by the web ACL like every other path (the ACL is on the whole distribution)', () => {
    const template = prod.templates.platform.toJSON() as {
      Resources: Record<string, { Type: string; Properties: any }>;
    };
    const distribution = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::Distribution')!
      .Properties.DistributionConfig;
    expect(distribution.WebACLId).toBeDefined();
  });
});
