import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, VIEWER_ADDRESS_HEADER } from '../../functions/api/client-address';
import { policyFor } from '../../functions/api/middleware/rate-limit';
import { clientKeyOf } from '../../functions/api/services/rate-limit';
import { RATE_LIMITS } from '../../shared/rate-limits';

const SECRET = 'a-secret-for-tests';
const day = (d: string) => new Date(`${d}T12:00:00Z`);
const send = RATE_LIMITS.surveySend;

describe('the rate-limit key of a client', () => {
  it('is the same all day for one address, and unrelated the next day, under another secret or another policy', () => {
    const key = clientKeyOf(SECRET, day('2026-11-23'), send, '198.51.100.7');
    expect(clientKeyOf(SECRET, new Date('2026-11-23T23:59:59Z'), send, '198.51.100.7')).toBe(key);
    expect(clientKeyOf(SECRET, day('2026-11-24'), send, '198.51.100.7')).not.toBe(key);
    expect(clientKeyOf('another-secret', day('2026-11-23'), send, '198.51.100.7')).not.toBe(key);
    expect(clientKeyOf(SECRET, day('2026-11-23'), RATE_LIMITS.codeCheck, '198.51.100.7')).not.toBe(key);
    expect(clientKeyOf(SECRET, day('2026-11-23'), send, '198.51.100.8')).not.toBe(key);
  });

  it('holds nothing of the address', () => {
    const key = clientKeyOf(SECRET, day('2026-11-23'), send, '198.51.100.7');
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain('198');
  });

  it('counts a phone or home line by its IPv6 /64, and an IPv4 address mapped into IPv6 as itself', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
  });
});

describe('the policy of a public write', () => {
  const pick = policyFor(RATE_LIMITS);
  it('is chosen by route, and a write nobody listed gets the general one', () => {
    expect(pick('POST', '/api/public/rounds/r_1/responses')).toBe(RATE_LIMITS.surveySend);
    expect(pick('POST', '/api/public/rounds/r_1/access-codes/check')).toBe(RATE_LIMITS.codeCheck);
    expect(pick('PUT', '/api/public/sessions/ss_1/votes/p_1')).toBe(RATE_LIMITS.sessionVote);
    expect(pick('POST', '/api/public/sessions/ss_1/participants')).toBe(RATE_LIMITS.sessionJoin);
    expect(pick('POST', '/api/public/something-new')).toBe(RATE_LIMITS.otherWrite);
    expect(pick('POST', '/api/public/rounds/r_1/responses/extra')).toBe(RATE_LIMITS.otherWrite);
  });
});

describe('the client address', () => {
  const context = (env: unknown, headers: Record<string, string> = {}) =>
    ({ env, req: { header: (n: string) => headers[n.toLowerCase()] } }) as unknown as Context;
  it('is the viewer CloudFront saw, without its port, in Lambda; never X-Forwarded-For', () => {
    const lambda = { requestContext: { http: { sourceIp: '130.176.0.1' } } };
    expect(
      clientAddress(
        context(lambda, { [VIEWER_ADDRESS_HEADER]: '198.51.100.7:46532', 'x-forwarded-for': '203.0.113.9' }),
      ),
    ).toBe('198.51.100.7');
    expect(clientAddress(context(lambda, { [VIEWER_ADDRESS_HEADER]: '2001:db8::7:46532' }))).toBe('2001:db8::7');
    expect(clientAddress(context(lambda, { 'x-forwarded-for': '203.0.113.9' }))).toBe('130.176.0.1');
  });
  it("is the socket's remote address locally, and unknown in-process", () => {
    expect(
      clientAddress(
        context({ incoming: { socket: { remoteAddress: '::ffff:127.0.0.1' } } }, { 'x-forwarded-for': '203.0.113.9' }),
      ),
    ).toBe('::ffff:127.0.0.1');
    expect(clientAddress(context(undefined))).toBeNull();
  });
});
