import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { newId } from '../../shared/ids';
import type { Role } from '../../shared/roles';
import type { StaffUser } from '../../shared/schemas/staff-users';
import type { StaffDirectory } from '../api/auth/staff-directory';
import { isConditionFailed } from '../store/dynamo/conditions';
import { ifNew, inCouncilIndex } from '../store/dynamo/expressions';
import { ConflictError } from '../store/errors';
import { keys } from '../store/keys';
import type { DevIdentity } from './dev-idp';

/**
 * Staff accounts of the development identity provider, kept in the local table (Cognito holds them in
 * AWS). It is also the local StaffDirectory: invited accounts get `invitePassword` (printed by the
 * runner) where Cognito would e-mail a temporary one, and count as invited until their first sign-in.
 */
export interface DevUserDirectory extends StaffDirectory {
  put(user: DevIdentity, password: string): Promise<void>;
  check(email: string, password: string): Promise<DevIdentity | null>;
  /** The account as it is now (roles, council), or null once removed: what a renewal signs. */
  identity(email: string): Promise<DevIdentity | null>;
}

const hash = (password: string, salt: Buffer) => scryptSync(password, salt, 32);

type Item = Record<string, unknown>;
const userOf = (i: Item): StaffUser => ({
  userId: String(i.sub),
  email: String(i.email),
  name: typeof i.name === 'string' && i.name ? i.name : null,
  roles: i.roles as Role[],
  status: i.status === 'invited' ? 'invited' : 'active',
  createdAt: typeof i.createdAt === 'string' ? i.createdAt : null,
});

const identityOf = (i: Item): DevIdentity => ({
  sub: String(i.sub),
  email: String(i.email),
  roles: i.roles as Role[],
  councilId: (i.councilId as string | null) ?? null,
});

export const devUserDirectory = (
  db: DynamoDBDocumentClient,
  table: string,
  options: { invitePassword?: string; onInvite?: (email: string, password: string) => void; now?: () => Date } = {},
): DevUserDirectory => {
  const now = options.now ?? (() => new Date());

  const write = async (user: DevIdentity, password: string, extra: Item, condition?: string) => {
    const salt = randomBytes(16);
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...keys.staffUser(user.email),
          ...(user.councilId ? keys.staffOfCouncil(user.councilId, user.email) : {}),
          type: 'dev-staff-user',
          ...user,
          email: user.email.toLowerCase(),
          salt: salt.toString('base64'),
          passwordHash: hash(password, salt).toString('base64'),
          ...extra,
        },
        ...(condition ? { ConditionExpression: condition } : {}),
      }),
    );
  };

  const itemsOf = async (councilId: string): Promise<Item[]> => {
    const { Items } = await db.send(
      new QueryCommand({
        TableName: table,
        ...inCouncilIndex(keys.staffOfCouncilPartition(councilId)),
      }),
    );
    // The index is eventually consistent: the council on the item itself is what counts.
    return (Items ?? []).filter((i) => i.councilId === councilId);
  };
  const itemOf = async (councilId: string, userId: string) =>
    (await itemsOf(councilId)).find((i) => i.sub === userId) ?? null;

  return {
    put: (user, password) => write(user, password, { status: 'active', createdAt: now().toISOString() }),

    async check(email, password) {
      const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.staffUser(email) }));
      if (!Item) return null;
      const expected = Buffer.from(String(Item.passwordHash), 'base64');
      const actual = hash(password, Buffer.from(String(Item.salt), 'base64'));
      if (!timingSafeEqual(expected, actual)) return null;
      if (Item.status === 'invited') {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.staffUser(email),
            UpdateExpression: 'SET #s = :active',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':active': 'active' },
          }),
        );
      }
      return identityOf(Item);
    },

    async identity(email) {
      const { Item } = await db.send(
        new GetCommand({ TableName: table, Key: keys.staffUser(email), ConsistentRead: true }),
      );
      return Item ? identityOf(Item) : null;
    },

    list: async (councilId) => (await itemsOf(councilId)).map(userOf).sort((a, b) => a.email.localeCompare(b.email)),

    async get(councilId, userId) {
      const item = await itemOf(councilId, userId);
      return item ? userOf(item) : null;
    },

    async invite(councilId, { email, roles, name }) {
      const user: DevIdentity = { sub: newId('u'), email: email.toLowerCase(), roles, councilId };
      const createdAt = now().toISOString();
      // Each invited person gets a password of their own unless one is fixed (tests sign in with it).
      const password = options.invitePassword ?? randomBytes(12).toString('base64url');
      try {
        await write(user, password, { status: 'invited', createdAt, ...(name ? { name } : {}) }, ifNew);
      } catch (e) {
        if (isConditionFailed(e)) throw new ConflictError(`There is already an account for ${user.email}`);
        throw e;
      }
      options.onInvite?.(user.email, password);
      return { userId: user.sub, email: user.email, name: name || null, roles, status: 'invited', createdAt };
    },

    async lookAlikeInvite(_councilId, { email, roles, name }) {
      return {
        userId: newId('u'),
        email: email.toLowerCase(),
        name: name || null,
        roles,
        status: 'invited',
        createdAt: now().toISOString(),
      };
    },

    async setRoles(councilId, userId, roles) {
      const item = await itemOf(councilId, userId);
      if (!item) throw new ConflictError('That account is no longer in this council');
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.staffUser(String(item.email)),
          UpdateExpression: 'SET #roles = :roles',
          ConditionExpression: 'councilId = :council',
          ExpressionAttributeNames: { '#roles': 'roles' },
          ExpressionAttributeValues: { ':roles': roles, ':council': councilId },
        }),
      );
      return userOf({ ...item, roles });
    },

    async setName(councilId, userId, name) {
      const item = await itemOf(councilId, userId);
      if (!item) throw new ConflictError('That account is no longer in this council');
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.staffUser(String(item.email)),
          UpdateExpression: name ? 'SET #name = :name' : 'REMOVE #name',
          ConditionExpression: 'councilId = :council',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':council': councilId, ...(name ? { ':name': name } : {}) },
        }),
      );
      return userOf({ ...item, name });
    },

    async remove(councilId, userId) {
      const item = await itemOf(councilId, userId);
      if (!item) return;
      await db.send(
        new DeleteCommand({
          TableName: table,
          Key: keys.staffUser(String(item.email)),
          ConditionExpression: 'councilId = :council',
          ExpressionAttributeValues: { ':council': councilId },
        }),
      );
    },
  };
};
