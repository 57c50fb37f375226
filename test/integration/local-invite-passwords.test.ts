/** Locally, as `npm start` runs it, each invited person gets a password of their own, printed in the server log. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import { api } from '../support/board';
import { DEMO_COUNCIL, DEMO_PASSWORD, demoEmail, loginToken, startTestServer } from '../support/local-server';

let server: LocalServer;
let http: ReturnType<typeof api>;
const lines: string[] = [];

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(String(line)));
  server = await startTestServer({ pages: false, quiet: false, invitePassword: 'each-their-own' });
  http = api(server);
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
});

describe('invited staff on the local runner', () => {
  it('each get their own password, shown in the log, and the demo password does not open their account', async () => {
    const admin = await loginToken(server, demoEmail('council-admin'));
    const passwords: string[] = [];
    for (const email of ['first@riverside.example', 'second@riverside.example']) {
      await http.ok(
        http.call(`/api/staff/councils/${DEMO_COUNCIL.councilId}/staff`, {
          method: 'POST',
          token: admin,
          body: { email, roles: ['facilitator'] },
        }),
        201,
      );
      const line = lines.find((l) => l.startsWith(`Invited ${email}`));
      const password = /the password (\S+) /.exec(line ?? '')?.[1];
      expect(password).toBeTruthy();
      passwords.push(password!);
      expect(await loginToken(server, email, password)).toBeTruthy();
      await expect(loginToken(server, email, DEMO_PASSWORD)).rejects.toThrow(/401/);
    }
    expect(passwords[0]).not.toBe(passwords[1]);
  });
});
