import type { RateLimitPolicies } from '../../shared/rate-limits';
import type { Store } from '../store/store';
import type { StaffDirectory } from './auth/staff-directory';
import type { StaffTokenVerifier } from './auth/token-verifier';
import type { ErrorLogger } from './middleware/errors';
import type { SafeguardingNotifier } from './notifier';

/** Everything the Hono app needs from outside; the Lambda entry and the local runner each supply it. */
export interface AppDeps {
  store: Store;
  verifyStaffToken: StaffTokenVerifier;
  now: () => Date;
  logger: ErrorLogger;
  notifier: SafeguardingNotifier;
  /** Staff accounts: the Cognito user pool in AWS, the local table locally. */
  directory: StaffDirectory;
  /** The secret behind the daily salt of rate-limit keys; the same in every instance, never stored. */
  clientKeySecret: string;
  /** Limits on anonymous writes: RATE_LIMITS when absent; `false` for none (benchmarks, tests of other things). */
  rateLimits?: RateLimitPolicies | false;
}
