/**
 * What /config.json tells the pages about staff sign-in. Locally the runner answers
 * `{ auth: { kind: 'dev', loginPath } }` (functions/local/server.ts); in AWS the stack writes this file
 * to the bucket with the user pool's ids, which are public (the browser needs them to sign in).
 */
export interface CognitoSiteConfig {
  auth: { kind: 'cognito'; region: string; userPoolId: string; clientId: string };
}

export const cognitoSiteConfig = (region: string, userPoolId: string, clientId: string): CognitoSiteConfig => ({
  auth: { kind: 'cognito', region, userPoolId, clientId },
});

export const SITE_CONFIG_KEY = 'config.json';
