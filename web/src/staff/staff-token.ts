/**
 * The tab's one token keeper: every staff page and download gets its token here (useStaff hands it out),
 * and the sign-out button ends the sign-in here.
 */

import { cognitoTokens } from './cognito/cognito-tokens';
import { COGNITO_PROXY_PATH } from './cognito/proxy-path';
import { devTokens } from './dev-tokens';
import { type AuthConfig, tabSession } from './session';
import { showSignedOut } from './signed-out';
import { tokenKeeper } from './token-keeper';

export const staffToken = tokenKeeper({
  storage: sessionStorage,
  now: () => Date.now(),
  renewerFor: (auth) => (auth.kind === 'cognito' ? cognitoTokens(auth, { endpoint: COGNITO_PROXY_PATH }) : devTokens()),
  onSignedOut: showSignedOut,
});

/** After sign-in: keep the tokens in this tab. */
export const keepSignIn = (signedIn: { idToken: string; refreshToken: string | null; auth: AuthConfig }) =>
  tabSession(sessionStorage).save(signedIn);

/** Revokes the refresh token, then forgets the sign-in in this tab. */
export const signOut = () => staffToken.signOut();
