/** The staff directory over the user pool, against a fake pool: the council attribute decides, never the group alone. */
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { CLAIM } from '../../functions/api/auth/claims';
import { cognitoDirectory, councilGroupName } from '../../functions/api/auth/cognito-directory';
import { ConflictError } from '../../functions/store/errors';

type User = { Username: string; email: string; council: string; groups: Set<string>; status: string };

const fakePool = () => {
  const users = new Map<string, User>();
  const groups = new Set<string>(['council-admin', 'facilitator', 'moderator', 'board-member', 'platform-operator']);
  const calls: string[] = [];
  const attrs = (u: User) => [
    { Name: 'email', Value: u.email },
    { Name: CLAIM.councilId, Value: u.council },
  ];
  const error = (name: string) => Object.assign(new Error(name), { name });
  const send = async (command: { constructor: { name: string }; input: any }) => {
    const op = command.constructor.name.replace(/Command$/, '');
    const i = command.input;
    calls.push(op);
    const user = () => {
      const u = users.get(i.Username);
      if (!u) throw error('UserNotFoundException');
      return u;
    };
    switch (op) {
      case 'CreateGroup':
        if (groups.has(i.GroupName)) throw error('GroupExistsException');
        groups.add(i.GroupName);
        return {};
      case 'AdminCreateUser': {
        if ([...users.values()].some((u) => u.email === i.Username)) throw error('UsernameExistsException');
        const u: User = {
          Username: `uuid-${users.size + 1}`,
          email: i.Username,
          council: i.UserAttributes.find((a: any) => a.Name === CLAIM.councilId).Value,
          groups: new Set(),
          status: 'FORCE_CHANGE_PASSWORD',
        };
        users.set(u.Username, u);
        return { User: { Username: u.Username, UserCreateDate: new Date('2026-11-23T10:00:00Z') } };
      }
      case 'AdminAddUserToGroup':
        if (!groups.has(i.GroupName)) throw error('ResourceNotFoundException');
        user().groups.add(i.GroupName);
        return {};
      case 'AdminRemoveUserFromGroup':
        user().groups.delete(i.GroupName);
        return {};
      case 'AdminGetUser': {
        const u = user();
        return { Username: u.Username, UserAttributes: attrs(u), UserStatus: u.status, Enabled: true };
      }
      case 'AdminListGroupsForUser':
        return { Groups: [...user().groups].map((GroupName) => ({ GroupName })) };
      case 'ListUsersInGroup':
        if (!groups.has(i.GroupName)) throw error('ResourceNotFoundException');
        return {
          Users: [...users.values()]
            .filter((u) => u.groups.has(i.GroupName))
            .map((u) => ({ Username: u.Username, Attributes: attrs(u), UserStatus: u.status, Enabled: true })),
        };
      case 'AdminUserGlobalSignOut':
        user().status = 'SIGNED_OUT';
        return {};
      case 'AdminDeleteUser':
        users.delete(user().Username);
        return {};
      default:
        throw new Error(`unexpected ${op}`);
    }
  };
  return { client: { send } as unknown as CognitoIdentityProviderClient, users, calls };
};

describe('the Cognito staff directory', () => {
  it('invites into the council’s listing group and the role groups, with the council as the attribute', async () => {
    const pool = fakePool();
    const dir = cognitoDirectory(pool.client, 'eu-west-2_Pool');
    const made = await dir.invite('c_a', { email: 'sam@a.example', roles: ['moderator', 'facilitator'] });
    expect(made).toMatchObject({ email: 'sam@a.example', roles: ['facilitator', 'moderator'], status: 'invited' });
    const stored = pool.users.get(made.userId)!;
    expect(stored.council).toBe('c_a');
    expect([...stored.groups].sort()).toEqual([councilGroupName('c_a'), 'facilitator', 'moderator'].sort());
    await expect(dir.invite('c_a', { email: 'sam@a.example', roles: ['facilitator'] })).rejects.toBeInstanceOf(
      ConflictError,
    );
    // A second invitation finds the council's group already there.
    await dir.invite('c_a', { email: 'kim@a.example', roles: ['board-member'] });
    expect((await dir.list('c_a')).map((u) => u.email)).toEqual(['kim@a.example', 'sam@a.example']);
  });

  it('treats another council’s user as not there, even if put in this council’s group', async () => {
    const pool = fakePool();
    const dir = cognitoDirectory(pool.client, 'eu-west-2_Pool');
    const other = await dir.invite('c_b', { email: 'lee@b.example', roles: ['council-admin'] });
    await dir.invite('c_a', { email: 'sam@a.example', roles: ['facilitator'] });
    pool.users.get(other.userId)!.groups.add(councilGroupName('c_a'));
    expect((await dir.list('c_a')).map((u) => u.email)).toEqual(['sam@a.example']);
    expect(await dir.get('c_a', other.userId)).toBeNull();
    await expect(dir.setRoles('c_a', other.userId, ['facilitator'])).rejects.toBeInstanceOf(ConflictError);
    pool.calls.length = 0;
    await dir.remove('c_a', other.userId);
    expect(pool.calls).not.toContain('AdminDeleteUser');
    expect(pool.users.has(other.userId)).toBe(true);
  });

  it('changes roles by the difference, and removes an account of its own council', async () => {
    const pool = fakePool();
    const dir = cognitoDirectory(pool.client, 'eu-west-2_Pool');
    const u = await dir.invite('c_a', { email: 'sam@a.example', roles: ['facilitator', 'moderator'] });
    pool.calls.length = 0;
    expect((await dir.setRoles('c_a', u.userId, ['moderator', 'board-member'])).roles).toEqual([
      'moderator',
      'board-member',
    ]);
    expect(
      pool.calls.filter((c) => c.startsWith('AdminAddUserToGroup') || c.startsWith('AdminRemoveUserFromGroup')),
    ).toEqual(['AdminAddUserToGroup', 'AdminRemoveUserFromGroup']);
    expect((await dir.get('c_a', u.userId))?.roles.sort()).toEqual(['board-member', 'moderator']);
    await dir.remove('c_a', u.userId);
    expect(await dir.list('c_a')).toEqual([]);
  });

  it('signs a removed account out everywhere before deleting it, so no refresh token renews it', async () => {
    const pool = fakePool();
    const dir = cognitoDirectory(pool.client, 'eu-west-2_Pool');
    const u = await dir.invite('c_a', { email: 'gone@a.example', roles: ['moderator'] });
    pool.calls.length = 0;
    await dir.remove('c_a', u.userId);
    expect(pool.calls.filter((c) => c.startsWith('AdminUserGlobalSignOut') || c === 'AdminDeleteUser')).toEqual([
      'AdminUserGlobalSignOut',
      'AdminDeleteUser',
    ]);
  });

  it('lists no one for a council that has never invited anyone', async () => {
    expect(await cognitoDirectory(fakePool().client, 'eu-west-2_Pool').list('c_new')).toEqual([]);
  });
});
