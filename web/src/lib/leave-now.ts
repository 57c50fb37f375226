import { QUICK_EXIT_URL } from '../survey/lists';
import { wipeForNextPerson } from './device-storage';

/**
 * Leaves at once for a neutral page, leaving nothing of this person in the browser (answers waiting to
 * be sent stay queued, hidden). location.replace swaps this page's history entry, and the young
 * people's pages never add entries of their own, so Back from there does not come back here.
 */
export const leaveNow = (before?: () => void) => {
  before?.();
  wipeForNextPerson();
  document.title = '';
  document.body.replaceChildren();
  location.replace(QUICK_EXIT_URL);
};
