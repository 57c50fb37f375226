import type { StaffDirectory } from '../api/auth/staff-directory';
import type { SafeguardingNotifier } from '../api/notifier';

/**
 * Parts of the API function that only rare requests need (the Cognito client for staff management,
 * the SNS client for an urgent-comment alert) are imported dynamically, so the bundle splits them into
 * chunks a cold start does not load. `onFirstUse` loads one when first asked for and keeps it; a
 * failed load is tried again on the next request rather than remembered.
 */
export const onFirstUse = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
};

/** A staff directory whose implementation is loaded on its first call. */
export const directoryOnFirstUse = (load: () => Promise<StaffDirectory>): StaffDirectory => {
  const directory = onFirstUse(load);
  return {
    list: async (councilId) => (await directory()).list(councilId),
    get: async (councilId, userId) => (await directory()).get(councilId, userId),
    invite: async (councilId, input) => (await directory()).invite(councilId, input),
    lookAlikeInvite: async (councilId, input) => (await directory()).lookAlikeInvite(councilId, input),
    setRoles: async (councilId, userId, roles) => (await directory()).setRoles(councilId, userId, roles),
    setName: async (councilId, userId, name) => (await directory()).setName(councilId, userId, name),
    remove: async (councilId, userId) => (await directory()).remove(councilId, userId),
  };
};

/** A safeguarding notifier whose implementation is loaded on the first alert. */
export const notifierOnFirstUse = (load: () => Promise<SafeguardingNotifier>): SafeguardingNotifier => {
  const notifier = onFirstUse(load);
  return { urgentComment: async (alert) => (await notifier()).urgentComment(alert) };
};
