import { createMiddleware } from 'hono/factory';
import { RATE_LIMITED_ROUTES, type RateLimitPolicies, type RateLimitPolicy } from '../../../shared/rate-limits';
import { clientAddress } from '../client-address';
import type { AppDeps } from '../deps';
import { countRequest } from '../services/rate-limit';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** "/api/public/rounds/{roundId}/responses" → a pattern matching one path segment per parameter. */
const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);

/** Picks the policy of a public write; a write route nobody listed still gets the general one. */
export const policyFor = (policies: RateLimitPolicies) => {
  const routes = RATE_LIMITED_ROUTES.map((r) => ({ ...r, pattern: patternOf(r.path) }));
  return (method: string, path: string): RateLimitPolicy =>
    policies[routes.find((r) => r.method === method && r.pattern.test(path))?.policy ?? 'otherWrite'];
};

/**
 * Every anonymous write (not reads: phones poll a session every second) is counted per client, before the
 * body is even read, so refused requests cost one small update. Invalid requests count too: a guesser or
 * fuzzer is limited like anyone else.
 */
export const rateLimit = (deps: AppDeps, policies: RateLimitPolicies) => {
  const pick = policyFor(policies);
  return createMiddleware(async (c, next) => {
    if (!READS.has(c.req.method))
      await countRequest(deps, deps.clientKeySecret, pick(c.req.method, c.req.path), clientAddress(c));
    await next();
  });
};
