import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  type ResponseCustomHeader,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';

/**
 * Turns the pages' security headers (functions/api/security-headers.ts, which the local server sends
 * as they are) into a CloudFront response-headers policy. CloudFront takes the well-known ones as
 * typed settings and the rest as custom headers; a value it cannot express stops the synth, so the
 * two never drift apart quietly.
 */
export const cloudFrontHeaders = (
  headers: Record<string, string>,
): { securityHeadersBehavior: ResponseSecurityHeadersBehavior; customHeaders: ResponseCustomHeader[] } => {
  const security: { -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K] } = {};
  const customHeaders: ResponseCustomHeader[] = [];
  for (const [name, value] of Object.entries(headers)) {
    switch (name.toLowerCase()) {
      case 'content-security-policy':
        security.contentSecurityPolicy = { contentSecurityPolicy: value, override: true };
        break;
      case 'strict-transport-security': {
        const parts = value
          .split(';')
          .map((p) => p.trim().toLowerCase())
          .filter(Boolean);
        const maxAge = parts.map((p) => /^max-age=(\d+)$/.exec(p)?.[1]).find(Boolean);
        const known = parts.every((p) => /^max-age=\d+$/.test(p) || p === 'includesubdomains' || p === 'preload');
        if (!maxAge || !known)
          throw new Error(`Strict-Transport-Security "${value}" cannot be expressed in CloudFront.`);
        security.strictTransportSecurity = {
          accessControlMaxAge: Duration.seconds(Number(maxAge)),
          includeSubdomains: parts.includes('includesubdomains'),
          preload: parts.includes('preload'),
          override: true,
        };
        break;
      }
      case 'x-content-type-options':
        if (value.toLowerCase() !== 'nosniff')
          throw new Error(`X-Content-Type-Options "${value}": CloudFront can only send nosniff.`);
        security.contentTypeOptions = { override: true };
        break;
      case 'x-frame-options': {
        const option = { deny: HeadersFrameOption.DENY, sameorigin: HeadersFrameOption.SAMEORIGIN }[
          value.toLowerCase()
        ];
        if (!option) throw new Error(`X-Frame-Options "${value}" cannot be expressed in CloudFront.`);
        security.frameOptions = { frameOption: option, override: true };
        break;
      }
      case 'referrer-policy': {
        const policy = Object.values(HeadersReferrerPolicy).find((p) => p === value.toLowerCase());
        if (!policy) throw new Error(`Referrer-Policy "${value}" cannot be expressed in CloudFront.`);
        security.referrerPolicy = { referrerPolicy: policy, override: true };
        break;
      }
      case 'x-xss-protection':
        throw new Error('X-XSS-Protection: add it to cloudFrontHeaders before sending it.');
      default:
        customHeaders.push({ header: name, value, override: true });
    }
  }
  return { securityHeadersBehavior: security, customHeaders };
};
