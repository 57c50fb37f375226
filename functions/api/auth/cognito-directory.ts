import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  type AdminCreateUserCommandOutput,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  ListUsersInGroupCommand,
  type UserStatusType,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '../../../shared/roles';
import type { StaffUser } from '../../../shared/schemas/staff-users';
import { ConflictError } from '../../store/errors';
import { CLAIM } from './claims';
import type { StaffDirectory } from './staff-directory';

/**
 * Cognito cannot search users by a custom attribute, so each council also has a group of its own staff,
 * used only to list them. The council that counts is the `custom:council_id` attribute (what the API
 * authorises by); a member of the group with another council's attribute is not listed.
 */
export const councilGroupName = (councilId: string) => `council_${councilId}`;

const isRole = (g: string): g is Role => (ROLES as readonly string[]).includes(g);
const named = (e: unknown, ...names: string[]) => names.includes((e as Error).name);
const attribute = (attributes: AttributeType[] | undefined, name: string) =>
  attributes?.find((a) => a.Name === name)?.Value;

/** Cognito's standard attribute for the name shown beside a staff member's e-mail. */
const NAME = 'name';

/** Users whose roles are read at once while listing a council (each is one call). */
const ROLE_LOOKUPS_AT_ONCE = 5;

const statusOf = (status: UserStatusType | string | undefined, enabled: boolean | undefined): StaffUser['status'] =>
  enabled === false ? 'disabled' : status === 'FORCE_CHANGE_PASSWORD' ? 'invited' : 'active';

export const cognitoDirectory = (client: CognitoIdentityProviderClient, userPoolId: string): StaffDirectory => {
  const rolesOf = async (username: string): Promise<Role[]> => {
    const roles: Role[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, NextToken }),
      );
      roles.push(...(page.Groups ?? []).map((g) => g.GroupName ?? '').filter(isRole));
      NextToken = page.NextToken;
    } while (NextToken);
    return ROLES.filter((r) => roles.includes(r));
  };

  const get = async (councilId: string, userId: string): Promise<StaffUser | null> => {
    try {
      const user = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: userId }));
      if (attribute(user.UserAttributes, CLAIM.councilId) !== councilId || !user.Username) return null;
      return {
        userId: user.Username,
        email: attribute(user.UserAttributes, 'email') ?? '',
        name: attribute(user.UserAttributes, NAME) ?? null,
        roles: await rolesOf(user.Username),
        status: statusOf(user.UserStatus, user.Enabled),
        createdAt: user.UserCreateDate?.toISOString() ?? null,
      };
    } catch (e) {
      if (named(e, 'UserNotFoundException')) return null;
      throw e;
    }
  };

  const addToGroup = (username: string, group: string) =>
    client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));

  return {
    async list(councilId) {
      const found: {
        username: string;
        email: string;
        name: string | null;
        status: StaffUser['status'];
        createdAt: string | null;
      }[] = [];
      let NextToken: string | undefined;
      try {
        do {
          const page = await client.send(
            new ListUsersInGroupCommand({
              UserPoolId: userPoolId,
              GroupName: councilGroupName(councilId),
              Limit: 60,
              NextToken,
            }),
          );
          for (const u of page.Users ?? []) {
            if (!u.Username || attribute(u.Attributes, CLAIM.councilId) !== councilId) continue;
            found.push({
              username: u.Username,
              email: attribute(u.Attributes, 'email') ?? '',
              name: attribute(u.Attributes, NAME) ?? null,
              status: statusOf(u.UserStatus, u.Enabled),
              createdAt: u.UserCreateDate?.toISOString() ?? null,
            });
          }
          NextToken = page.NextToken;
        } while (NextToken);
      } catch (e) {
        if (named(e, 'ResourceNotFoundException')) return [];
        throw e;
      }
      const users: StaffUser[] = [];
      for (let i = 0; i < found.length; i += ROLE_LOOKUPS_AT_ONCE) {
        const slice = found.slice(i, i + ROLE_LOOKUPS_AT_ONCE);
        const roles = await Promise.all(slice.map((u) => rolesOf(u.username)));
        for (const [j, u] of slice.entries()) {
          users.push({
            userId: u.username,
            email: u.email,
            name: u.name,
            roles: roles[j]!,
            status: u.status,
            createdAt: u.createdAt,
          });
        }
      }
      return users.sort((a, b) => a.email.localeCompare(b.email));
    },

    get,

    async lookAlikeInvite(_councilId, { email, roles, name }) {
      // The pool signs in by e-mail, so Cognito names a new user with a UUID.
      return {
        userId: randomUUID(),
        email,
        name: name || null,
        roles: ROLES.filter((r) => roles.includes(r)),
        status: 'invited',
        createdAt: new Date().toISOString(),
      };
    },
    async invite(councilId, { email, roles, name }) {
      try {
        await client.send(
          new CreateGroupCommand({
            UserPoolId: userPoolId,
            GroupName: councilGroupName(councilId),
            Description: `Staff of council ${councilId} (for listing)`,
          }),
        );
      } catch (e) {
        if (!named(e, 'GroupExistsException')) throw e;
      }
      let created: AdminCreateUserCommandOutput;
      try {
        created = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            // Cognito e-mails a temporary password; the first sign-in sets a new one and an authenticator app.
            DesiredDeliveryMediums: ['EMAIL'],
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
              { Name: CLAIM.councilId, Value: councilId },
              ...(name ? [{ Name: NAME, Value: name }] : []),
            ],
          }),
        );
      } catch (e) {
        if (named(e, 'UsernameExistsException', 'AliasExistsException'))
          throw new ConflictError(`There is already an account for ${email}`);
        throw e;
      }
      const username = created.User?.Username ?? email;
      for (const group of [councilGroupName(councilId), ...roles]) await addToGroup(username, group);
      return {
        userId: username,
        email,
        name: name || null,
        roles: ROLES.filter((r) => roles.includes(r)),
        status: 'invited',
        createdAt: created.User?.UserCreateDate?.toISOString() ?? null,
      };
    },

    async setRoles(councilId, userId, roles) {
      const user = await get(councilId, userId);
      if (!user) throw new ConflictError('That account is no longer in this council');
      for (const role of roles.filter((r) => !user.roles.includes(r))) await addToGroup(userId, role);
      for (const role of user.roles.filter((r) => !roles.includes(r))) {
        await client.send(
          new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: userId, GroupName: role }),
        );
      }
      return { ...user, roles: ROLES.filter((r) => roles.includes(r)) };
    },

    async setName(councilId, userId, name) {
      const user = await get(councilId, userId);
      if (!user) throw new ConflictError('That account is no longer in this council');
      if (name)
        await client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: userId,
            UserAttributes: [{ Name: NAME, Value: name }],
          }),
        );
      else
        await client.send(
          new AdminDeleteUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: userId,
            UserAttributeNames: [NAME],
          }),
        );
      return { ...user, name };
    },

    async remove(councilId, userId) {
      if (!(await get(councilId, userId))) return;
      // Revokes every refresh token first, so no signed-in page renews the account's tokens again.
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: userId }));
      await client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: userId }));
    },
  };
};
