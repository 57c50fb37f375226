/**
 * What the API does to the table (functions/store/dynamo): GetItem, PutItem, Query and DeleteItem
 * (a board's "you said, we did" action can be removed), and transactions of Put and Update items (a
 * transaction needs the item actions it contains). Nothing scans or batches. A test reads the store
 * code inside the API bundle and fails if it needs more, or less, than this.
 */
export const API_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'] as const;
/** The council index is only queried. */
export const API_INDEX_ACTIONS = ['dynamodb:Query'] as const;
