import { createHmac } from 'node:crypto';
import { RATE_LIMITS, type RateLimitPolicy } from '../../../shared/rate-limits';
import { addressKey } from '../client-address';
import type { AppDeps } from '../deps';
import { HttpError } from '../http-error';

/** Counter items outlive their window by this much, then DynamoDB's TTL removes them. */
const EXPIRY_MARGIN_SECONDS = 60;

const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * Today's salt, made from the server's secret and the date. It changes at midnight (UTC) and is never
 * written anywhere: without the secret a counter's key cannot be matched to an address, and the keys of
 * one day cannot be matched to those of another.
 */
const salts = new Map<string, Buffer>();
const saltFor = (secret: string, day: string): Buffer => {
  const id = `${day}\n${secret}`;
  let salt = salts.get(id);
  if (!salt) {
    if (salts.size >= 8) salts.clear();
    salt = hmac(secret, `rate-limit-salt\n${day}`);
    salts.set(id, salt);
  }
  return salt;
};

/** The counter key for a client under a policy: a salted hash; the address itself goes no further than this function. */
export const clientKeyOf = (secret: string, now: Date, policy: RateLimitPolicy, address: string | null): string =>
  hmac(
    saltFor(secret, now.toISOString().slice(0, 10)),
    `${policy.name}\n${address === null ? 'unknown' : addressKey(address)}`,
  )
    .subarray(0, 16)
    .toString('base64url');

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpError(
    429,
    'rate_limited',
    `Too many tries from this network just now. Please wait ${minutes(retryAfterSeconds)} minute${minutes(retryAfterSeconds) === 1 ? '' : 's'} and try again: nothing you have typed is lost.`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );

const windowOf = (now: Date, policy: RateLimitPolicy) => {
  const seconds = Math.floor(now.getTime() / 1000);
  const start = seconds - (seconds % policy.windowSeconds);
  return { seconds, start, end: start + policy.windowSeconds };
};

/**
 * For limits that count only failures (a join code that opens nothing): refuses with 429 once the
 * window's failures passed the limit, before anything is looked up, so a guesser learns nothing more.
 */
export const refuseIfOverLimit = async (
  deps: Pick<AppDeps, 'store' | 'now'>,
  secret: string,
  policy: RateLimitPolicy,
  address: string | null,
) => {
  const now = deps.now();
  const w = windowOf(now, policy);
  const hits = await deps.store.rateLimits.hits(clientKeyOf(secret, now, policy, address), w.start);
  if (hits >= policy.limit) throw tooManyRequests(Math.max(1, w.end - w.seconds));
};

/** Counts one request in the current window; throws 429 with Retry-After once the window's limit is passed. */
export const countRequest = async (
  deps: Pick<AppDeps, 'store' | 'now'>,
  secret: string,
  policy: RateLimitPolicy,
  address: string | null,
) => {
  const now = deps.now();
  const w = windowOf(now, policy);
  const hits = await deps.store.rateLimits.hit(
    clientKeyOf(secret, now, policy, address),
    w.start,
    w.end + EXPIRY_MARGIN_SECONDS,
  );
  if (hits > policy.limit) throw tooManyRequests(Math.max(1, w.end - w.seconds));
};

/** Throws 429 with Retry-After when the window's limit is already used up, without counting this request. */
export const refuseIfSpent = async (
  deps: Pick<AppDeps, 'store' | 'now'>,
  secret: string,
  policy: RateLimitPolicy,
  address: string | null,
) => {
  const now = deps.now();
  const w = windowOf(now, policy);
  const hits = await deps.store.rateLimits.hits(clientKeyOf(secret, now, policy, address), w.start);
  if (hits >= policy.limit) throw tooManyRequests(Math.max(1, w.end - w.seconds));
};

/**
 * A one-time code typed somewhere other than the code check (sent with answers) is a guess like any other.
 * `before` refuses it once the network's code tries are spent, so a lucky guess cannot get through;
 * `wrong` counts it when it turns out wrong. Right codes are not counted, so a room on cards is never held up.
 */
export const codeGuesses = (deps: AppDeps, address: string | null) => {
  const policy = deps.rateLimits === false ? undefined : (deps.rateLimits ?? RATE_LIMITS).codeCheck;
  return {
    before: async () => {
      if (policy) await refuseIfSpent(deps, deps.clientKeySecret, policy, address);
    },
    wrong: async () => {
      if (policy) await countRequest(deps, deps.clientKeySecret, policy, address);
    },
  };
};
