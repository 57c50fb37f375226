import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeWebAcl } from '../constructs/edge-web-acl';

/** CloudFront's web ACL must be created in us-east-1, whatever region the platform lives in. */
export const EDGE_REGION = 'us-east-1';

/**
 * The small us-east-1 stack: only the web ACL. The platform stack reads its ARN through CDK's
 * cross-region references (an SSM parameter written here and read there), so `cdk deploy --all`
 * deploys this first and both in one command.
 */
export class EdgeStack extends Stack {
  readonly firewall: EdgeWebAcl;
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: EDGE_REGION }, crossRegionReferences: true });
    this.firewall = new EdgeWebAcl(this, 'Firewall');
    this.webAclArn = this.firewall.webAcl.attrArn;
  }
}
