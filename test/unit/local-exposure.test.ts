/** `npm start` keeps the demo to this machine unless told otherwise, and each install has its own password. */
import { mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALLOW_OPEN_DYNAMODB_FLAG,
  demoPasswordOf,
  LISTEN_ON_NETWORK_FLAG,
  outsideAddresses,
  reachableOn,
  refusedHost,
  refusedOpenDynamo,
} from '../../functions/local/exposure';

describe('the HOST the runner listens on', () => {
  it.each(['127.0.0.1', 'localhost', '::1', '127.0.0.2'])('takes %s', (host) => {
    expect(refusedHost(host, [])).toBeNull();
  });
  it.each(['0.0.0.0', '::', '192.168.1.20', 'my-laptop.local'])(
    'refuses %s without the flag, saying what it would expose',
    (host) => {
      expect(refusedHost(host, [])).toMatch(/other machines on the network .* --listen-on-network/);
      expect(refusedHost(host, [LISTEN_ON_NETWORK_FLAG])).toBeNull();
    },
  );
});

describe('DynamoDB Local reachable from elsewhere', () => {
  it('is found when a port answers on one of the machine’s own outside addresses, and refused without the flag', async () => {
    const server = createServer((s) => s.destroy());
    await new Promise<void>((done) => server.listen(0, '0.0.0.0', done));
    const port = (server.address() as { port: number }).port;
    const outside = outsideAddresses().filter((a) => !a.includes(':'));
    const open = await reachableOn(port, [...outside, '127.0.0.1']);
    expect(open).toContain('127.0.0.1');
    for (const a of outside) expect(open).toContain(a);
    server.close();
    expect(refusedOpenDynamo(['192.0.2.2'], port, [])).toMatch(/any machine on this network could read/);
    expect(refusedOpenDynamo(['192.0.2.2'], port, [ALLOW_OPEN_DYNAMODB_FLAG])).toBeNull();
    expect(refusedOpenDynamo([], port, [])).toBeNull();
  });

  it('is not found on a port that listens on loopback only', async () => {
    const server = createServer((s) => s.destroy());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    expect(await reachableOn(port, outsideAddresses())).toEqual([]);
    server.close();
  });
});

describe('the demo password', () => {
  it('is random for each install, kept in .data for the next start, and readable by its owner only', () => {
    const a = join(mkdtempSync(join(tmpdir(), 'pc-a-')), '.data', 'demo-password');
    const b = join(mkdtempSync(join(tmpdir(), 'pc-b-')), '.data', 'demo-password');
    const first = demoPasswordOf(a);
    expect(first.made).toBe(true);
    expect(first.password.length).toBeGreaterThanOrEqual(16);
    expect(demoPasswordOf(a)).toEqual({ password: first.password, made: false });
    expect(demoPasswordOf(b).password).not.toBe(first.password);
    expect(statSync(a).mode & 0o777).toBe(0o600);
  });
});
