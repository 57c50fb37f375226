/**
 * Which built page serves which path. The local server and CloudFront's viewer-request function
 * (infra) both follow this table, so a page is routed the same way everywhere.
 */
export const PAGE_ROUTES: { path: string; page: string }[] = [
  { path: '/', page: 'index.html' },
  { path: '/c/:slug', page: 'survey.html' },
  { path: '/c/:slug/*', page: 'survey.html' },
  // The young people's privacy page (also at /c/:slug/privacy, with that council's help contacts).
  { path: '/privacy', page: 'survey.html' },
  // The accessibility statement, linked from every young person's page and every staff page.
  { path: '/accessibility', page: 'accessibility.html' },
  { path: '/join', page: 'join.html' },
  { path: '/join/:code', page: 'join.html' },
  { path: '/staff', page: 'staff.html' },
  { path: '/staff/*', page: 'staff.html' },
];
