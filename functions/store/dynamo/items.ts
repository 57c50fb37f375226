import { TABLE } from '../table-design';

const KEY_ATTRIBUTES = new Set<string>([
  TABLE.partitionKey,
  TABLE.sortKey,
  TABLE.indexes.byCouncil.partitionKey,
  TABLE.indexes.byCouncil.sortKey,
  TABLE.ttlAttribute,
  'type',
]);

/** An item as the domain sees it: without its key and bookkeeping attributes. */
export const withoutKeys = (item: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k)));

export interface Table {
  name: string;
}
