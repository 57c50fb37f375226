import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from '../../functions/store/table-design';

export interface DataTableProps {
  deletionProtection: boolean;
  retain: boolean;
  pointInTimeRecovery: boolean;
}

/**
 * The platform's one DynamoDB table, built from functions/store/table-design.ts (the same definition
 * the local runner and the tests use): on-demand, encrypted with a KMS key, with the TTL attribute
 * that lets DynamoDB delete raw comments and the council index.
 */
export class DataTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: props.pointInTimeRecovery },
      deletionProtection: props.deletionProtection,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const gsi = TABLE.indexes.byCouncil;
    this.table.addGlobalSecondaryIndex({
      indexName: gsi.name,
      partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
      sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }

  /** ARNs of the table and of each of its indexes, for policies that name exactly what they touch. */
  get indexArns(): string[] {
    return Object.values(TABLE.indexes).map((i) => `${this.table.tableArn}/index/${i.name}`);
  }
}
