/**
 * What browsers may keep. Pages and config.json are checked with the site on every visit (a deploy is
 * seen at once); assets carry a content hash in their names, so a phone never fetches one twice.
 * functions/local/pages.ts sends the same values locally.
 */
export const PAGE_CACHE_CONTROL = 'no-cache';
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
