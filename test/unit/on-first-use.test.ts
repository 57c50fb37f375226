import { describe, expect, test } from 'vitest';
import type { StaffDirectory } from '../../functions/api/auth/staff-directory';
import { directoryOnFirstUse, onFirstUse } from '../../functions/lambda/on-first-use';

describe('parts of the API function loaded on first use', () => {
  test('are loaded once, however many requests ask for them at the same time', async () => {
    let loads = 0;
    const part = onFirstUse(async () => ({ n: ++loads }));
    const got = await Promise.all([part(), part(), part()]);
    expect(got.map((g) => g.n)).toEqual([1, 1, 1]);
    expect((await part()).n).toBe(1);
  });

  test('a load that failed is tried again by the next request, not remembered', async () => {
    let attempts = 0;
    const part = onFirstUse(async () => {
      if (++attempts === 1) throw new Error('chunk not readable');
      return 'loaded';
    });
    await expect(part()).rejects.toThrow('chunk not readable');
    await expect(part()).resolves.toBe('loaded');
  });

  test('a staff directory is not loaded until it is called, then answers as the real one', async () => {
    let loaded = false;
    const real: StaffDirectory = {
      list: async (councilId) =>
        [{ userId: 'u1', email: `a@${councilId}.example`, roles: ['council_admin'], status: 'active' }] as never,
      get: async () => null,
      invite: async () => {
        throw new Error('not used');
      },
      lookAlikeInvite: async () => {
        throw new Error('not used');
      },
      setRoles: async () => {
        throw new Error('not used');
      },
      setName: async () => {
        throw new Error('not used');
      },
      remove: async () => undefined,
    };
    const directory = directoryOnFirstUse(async () => {
      loaded = true;
      return real;
    });
    expect(loaded).toBe(false);
    expect(await directory.get('riverside', 'u9')).toBeNull();
    expect(loaded).toBe(true);
    expect((await directory.list('riverside'))[0]).toMatchObject({ email: 'a@riverside.example' });
  });
});
