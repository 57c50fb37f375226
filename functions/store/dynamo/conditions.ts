/**
 * How the store meets DynamoDB's refusals: a condition that did not hold, a cancelled transaction and its
 * reasons, and the one retry with backoff every writer uses when two writes meet on the same item.
 */
import { StoreUnavailableError } from '../errors';

/** The reason code DynamoDB gives a transaction item whose condition did not hold. */
export const CONDITION_FAILED = 'ConditionalCheckFailed';
/** The reason code of an item another transaction was writing at the same moment. */
export const TRANSACTION_CONFLICT = 'TransactionConflict';

const nameOf = (e: unknown) => (typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined);

/**
 * The code of each item of a cancelled transaction, in the order the items were sent ('None' for an item
 * that was fine); empty for any other error.
 */
export const cancellationReasons = (e: unknown): string[] => {
  if (nameOf(e) !== 'TransactionCanceledException') return [];
  const reasons = (e as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
};

/**
 * A write's condition did not hold: a single write's, or in a cancelled transaction the condition of the
 * item at `item` (of any item when `item` is left out).
 */
export const isConditionFailed = (e: unknown, item?: number): boolean => {
  if (nameOf(e) === 'ConditionalCheckFailedException') return true;
  const reasons = cancellationReasons(e);
  return item === undefined ? reasons.includes(CONDITION_FAILED) : reasons[item] === CONDITION_FAILED;
};

/** Another write held an item this one needed: trying again a moment later is safe. */
export const isTransactionConflict = (e: unknown): boolean =>
  nameOf(e) === 'TransactionConflictException' || cancellationReasons(e).includes(TRANSACTION_CONFLICT);

export interface RetryPolicy {
  /** Attempts at the most, a conflict or a fresh reading each counting one. */
  attempts: number;
  /** No retry starts after this long since the first attempt. */
  budgetMs: number;
  /** The wait after the first conflict, doubled after each (full jitter keeps half to all of it). */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** A live session's writes: a room votes on few items, so a short wait settles a meeting quickly. */
export const SESSION_RETRIES: RetryPolicy = { attempts: 10, budgetMs: 8_000, firstDelayMs: 15, maxDelayMs: 500 };
/**
 * A survey submission: conflicts are retried on another shard for up to 8 s; past that the API answers
 * 503 and the phone sends again later with the same submission id, which is safe.
 */
export const SUBMISSION_RETRIES: RetryPolicy = {
  attempts: Number.POSITIVE_INFINITY,
  budgetMs: 8_000,
  firstDelayMs: 25,
  maxDelayMs: 1_000,
};

export const backoffMs = (policy: RetryPolicy, attempt: number, random = Math.random): number =>
  Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** attempt) * (0.5 + random() / 2);

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Runs `attempt` until it returns a value. It returns undefined to ask for another go at once (its own
 * condition no longer held: it reads again and plans again); a transaction conflict waits a little first.
 * Any other error is thrown as it is. When the attempts or the time run out the store is "away":
 * StoreUnavailableError with `busyMessage`, which the API answers with 503 and Retry-After.
 */
export const withRetries = async <T>(
  busyMessage: string,
  policy: RetryPolicy,
  attempt: () => Promise<T | undefined>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> => {
  const giveUpAt = Date.now() + policy.budgetMs;
  let cause: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch (e) {
      if (!isTransactionConflict(e)) throw e;
      cause = e;
      if (Date.now() > giveUpAt) break;
      await wait(backoffMs(policy, i));
    }
  }
  throw new StoreUnavailableError(busyMessage, cause === undefined ? undefined : { cause });
};
