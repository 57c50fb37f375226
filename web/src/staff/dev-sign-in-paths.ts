/**
 * The local development sign-in's routes (functions/local/dev-routes.ts serves them; the staff pages
 * call them). Here, not there, so the pages can name them without loading the local runner's code.
 */
export const DEV_LOGIN_PATH = '/api/dev/login';
export const DEV_REFRESH_PATH = '/api/dev/refresh';
export const DEV_REVOKE_PATH = '/api/dev/revoke';
