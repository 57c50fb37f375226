import type { Store } from '../store/store';
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
}
