/**
 * CloudFront's viewer-request function for the pages, generated from web/page-routes.ts, the table the
 * local server routes by, so a page path leads to the same page in both places. Paths follow Hono's
 * rules: `:name` is one segment, a trailing `/*` is anything below (or nothing).
 */
export interface PageRoute {
  path: string;
  page: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The anchored regular expression (source) matching the same request paths as a Hono route path. */
export const routeRegexSource = (path: string): string => {
  if (path === '/') return '^\\/$';
  const wildcard = path.endsWith('/*');
  const segments = (wildcard ? path.slice(0, -2) : path).split('/').slice(1);
  const body = segments.map((s) => `\\/${s.startsWith(':') ? '[^\\/]+' : escapeRegExp(s)}`).join('');
  return `^${body}${wildcard ? '(?:\\/.*)?' : ''}$`;
};

/**
 * The function's code (cloudfront-js-2.0). Routes are tried in the table's order; a path that no page
 * route matches (assets, favicon, config.json) goes to the bucket unchanged.
 */
export const pageRewriteCode = (routes: PageRoute[]): string => {
  for (const r of routes) {
    if (!/^[\w.-]+\.html$/.test(r.page))
      throw new Error(`Page "${r.page}" of route ${r.path} is not an HTML file name.`);
    if (!r.path.startsWith('/')) throw new Error(`Route path "${r.path}" must start with "/".`);
  }
  const table = routes.map((r) => `  [/${routeRegexSource(r.path)}/, '/${r.page}']`).join(',\n');
  return [
    '// Generated from web/page-routes.ts by infra/site/page-rewrite.ts; do not edit in the console.',
    'var ROUTES = [',
    table,
    '];',
    'function handler(event) {',
    '  var request = event.request;',
    '  for (var i = 0; i < ROUTES.length; i++) {',
    '    if (ROUTES[i][0].test(request.uri)) {',
    '      request.uri = ROUTES[i][1];',
    '      return request;',
    '    }',
    '  }',
    '  return request;',
    '}',
  ].join('\n');
};
