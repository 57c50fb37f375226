import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../shared/roles';
import { keys } from '../store/keys';
import type { DevIdentity } from './dev-idp';

/** Staff accounts of the development identity provider, kept in the local table (Cognito holds them in AWS). */
export interface DevUserDirectory {
  put(user: DevIdentity, password: string): Promise<void>;
  check(email: string, password: string): Promise<DevIdentity | null>;
}

const hash = (password: string, salt: Buffer) => scryptSync(password, salt, 32);

export const devUserDirectory = (db: DynamoDBDocumentClient, table: string): DevUserDirectory => ({
  async put(user, password) {
    const salt = randomBytes(16);
    await db.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...keys.staffUser(user.email),
          type: 'dev-staff-user',
          ...user,
          email: user.email.toLowerCase(),
          salt: salt.toString('base64'),
          passwordHash: hash(password, salt).toString('base64'),
        },
      }),
    );
  },
  async check(email, password) {
    const { Item } = await db.send(new GetCommand({ TableName: table, Key: keys.staffUser(email) }));
    if (!Item) return null;
    const expected = Buffer.from(String(Item.passwordHash), 'base64');
    const actual = hash(password, Buffer.from(String(Item.salt), 'base64'));
    if (!timingSafeEqual(expected, actual)) return null;
    return { sub: String(Item.sub), email: String(Item.email), roles: Item.roles as Role[], councilId: (Item.councilId as string | null) ?? null };
  },
});
