import { describe, expect, test } from 'vitest';
import { PAGE_SECURITY_HEADERS } from '../../functions/api/security-headers';
import { cloudFrontHeaders } from '../../infra/site/security-headers-policy';

describe("the pages' security headers as a CloudFront policy", () => {
  test('carries every header of functions/api/security-headers.ts, with its value', () => {
    const { securityHeadersBehavior: s, customHeaders } = cloudFrontHeaders(PAGE_SECURITY_HEADERS);
    expect(s.contentSecurityPolicy?.contentSecurityPolicy).toBe(PAGE_SECURITY_HEADERS['Content-Security-Policy']);
    expect(s.frameOptions?.frameOption).toBe(PAGE_SECURITY_HEADERS['X-Frame-Options']);
    expect(s.referrerPolicy?.referrerPolicy).toBe(PAGE_SECURITY_HEADERS['Referrer-Policy']);
    expect(s.contentTypeOptions).toBeDefined();
    const hsts = s.strictTransportSecurity!;
    expect(
      `max-age=${hsts.accessControlMaxAge.toSeconds()}${hsts.includeSubdomains ? '; includeSubDomains' : ''}${hsts.preload ? '; preload' : ''}`,
    ).toBe(PAGE_SECURITY_HEADERS['Strict-Transport-Security']);
    const typed = [
      'content-security-policy',
      'x-frame-options',
      'referrer-policy',
      'x-content-type-options',
      'strict-transport-security',
    ];
    const rest = Object.entries(PAGE_SECURITY_HEADERS).filter(([k]) => !typed.includes(k.toLowerCase()));
    expect(customHeaders.map((h) => [h.header, h.value])).toEqual(rest);
    expect([...Object.values(s), ...customHeaders].every((h) => h?.override)).toBe(true);
  });

  test('stops the synth on a value CloudFront cannot send, instead of dropping it', () => {
    expect(() => cloudFrontHeaders({ 'X-Frame-Options': 'ALLOW-FROM https://example.org' })).toThrow(/X-Frame-Options/);
    expect(() => cloudFrontHeaders({ 'Strict-Transport-Security': 'includeSubDomains' })).toThrow(
      /Strict-Transport-Security/,
    );
    expect(() => cloudFrontHeaders({ 'Referrer-Policy': 'unsafe-everything' })).toThrow(/Referrer-Policy/);
  });
});
