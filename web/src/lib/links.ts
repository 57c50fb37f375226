/** Pages every young person's page and every staff page links to (web/page-routes.ts serves them). */
export const PRIVACY_PATH = '/privacy';
export const ACCESSIBILITY_PATH = '/accessibility';
