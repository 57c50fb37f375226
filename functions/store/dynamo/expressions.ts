/**
 * The expression fragments every repository writes, built from the table design's attribute names so
 * that no query or condition spells a key attribute by hand.
 */
import { TABLE } from '../table-design';

const { partitionKey: PK, sortKey: SK } = TABLE;
const GSI = TABLE.indexes.byCouncil;

/** A put that only creates: it fails when an item with this key is already there. */
export const ifNew = `attribute_not_exists(${PK})`;
/** An update that only changes: without it, an update of a missing key would create the item. */
export const ifExists = `attribute_exists(${PK})`;

/** Query input for a whole partition of the table. */
export const inPartition = (partition: string) => ({
  KeyConditionExpression: `${PK} = :partition`,
  ExpressionAttributeValues: { ':partition': partition },
});

/** Query input for the items of a partition whose sort key starts with `prefix`. */
export const inPartitionFrom = (partition: string, prefix: string) => ({
  KeyConditionExpression: `${PK} = :partition AND begins_with(${SK}, :prefix)`,
  ExpressionAttributeValues: { ':partition': partition, ':prefix': prefix },
});

/** Query input for a whole partition of the council index. */
export const inCouncilIndex = (partition: string) => ({
  IndexName: GSI.name,
  KeyConditionExpression: `${GSI.partitionKey} = :partition`,
  ExpressionAttributeValues: { ':partition': partition },
});

/** Query input for the council index's items whose index sort key starts with `prefix`. */
export const inCouncilIndexFrom = (partition: string, prefix: string) => ({
  IndexName: GSI.name,
  KeyConditionExpression: `${GSI.partitionKey} = :partition AND begins_with(${GSI.sortKey}, :prefix)`,
  ExpressionAttributeValues: { ':partition': partition, ':prefix': prefix },
});
