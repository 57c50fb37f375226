import { QUICK_EXIT_URL } from '../survey/lists';

/**
 * Leaves at once for a neutral page. location.replace swaps this page's history entry, and the young
 * people's pages never add entries of their own, so Back from there does not come back here.
 */
export const leaveNow = (before?: () => void) => {
  before?.();
  document.title = '';
  document.body.replaceChildren();
  location.replace(QUICK_EXIT_URL);
};
