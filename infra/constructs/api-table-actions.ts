/**
 * What the API does to the table (functions/store/dynamo): GetItem, PutItem, Query and DeleteItem
 * (a board's "you said, we did" action can be removed), and transactions of Put and Update items (a
 * transaction needs the item actions it contains). Nothing scans or batches. A test reads the store
 * code inside the API bundle and fails if it needs more, or less, than this.
 */
export const API_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
] as const;
/** The council index is only queried. */
export const API_INDEX_ACTIONS = ['dynamodb:Query'] as const;

/**
 * What the API does to the staff user pool (functions/api/auth/cognito-directory.ts): council admins
 * invite, change the roles of and remove their staff. Only on the stack's own pool.
 */
export const API_USER_POOL_ACTIONS = [
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:CreateGroup',
  'cognito-idp:ListUsersInGroup',
] as const;
