import { STAFF_PAGES } from './staff-paths';

/** What an ended sign-in says, and where it sends the person (pure: the sign-in page and the tests read it too). */
export const SIGNED_OUT_MESSAGE = 'You were signed out after 12 hours. Sign in again to carry on.';
/** The `why` the sign-in page reads to show SIGNED_OUT_MESSAGE. */
export const SIGNED_OUT_REASON = 'expired';

/** The sign-in page, saying why, and coming back to `here` afterwards. */
export const signInAgainHref = (here: string) =>
  `${STAFF_PAGES.signIn}?why=${SIGNED_OUT_REASON}&next=${encodeURIComponent(here)}`;
