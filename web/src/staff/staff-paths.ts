/**
 * Every staff page's path, written once: the router (main.tsx) takes its routes from here and every link
 * or redirect between staff pages is built with `staffHref`, which encodes each value. A renamed page or
 * parameter fails to compile wherever a link still uses the old one.
 */
export const STAFF_PAGES = {
  home: '/staff',
  setup: '/staff/setup',
  signIn: '/staff/sign-in',
  scorecard: '/staff/scorecard',
  roundScorecard: '/staff/rounds/:roundId/scorecard',
  promise: '/staff/rounds/:roundId/promises/:promiseId',
  themes: '/staff/rounds/:roundId/themes',
  report: '/staff/rounds/:roundId/report',
  moderation: '/staff/moderation',
  sessions: '/staff/sessions',
  presenter: '/staff/sessions/:sessionId',
  bigScreen: '/staff/sessions/:sessionId/screen',
  sessionSummary: '/staff/sessions/:sessionId/summary',
  facilitatorGuide: '/staff/guides/facilitator',
  pledge: '/staff/pledge',
  pledgeImport: '/staff/pledge/import',
  pledgeEdit: '/staff/pledge/edit',
  pledgePublish: '/staff/pledge/publish',
  pledgeVersions: '/staff/pledge/versions',
  rounds: '/staff/rounds',
  cohortFigures: '/staff/rounds/:roundId/young-people',
  team: '/staff/team',
  audit: '/staff/audit',
  codes: '/staff/codes',
  councils: '/staff/councils',
  settings: '/staff/settings',
  languages: '/staff/languages',
  language: '/staff/languages/:language',
} as const;

type PageParams<T extends string> = T extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PageParams<`/${Rest}`>
  : T extends `${string}:${infer Name}`
    ? Name
    : never;

type HrefArgs<T extends string> = [PageParams<T>] extends [never] ? [] : [params: { [K in PageParams<T>]: string }];

/** A page's path with each `:name` replaced by its value, percent-encoded. */
export const staffHref = <T extends string>(page: T, ...[params]: HrefArgs<T>): string =>
  page.replace(/:(\w+)/g, (_, name: string) => {
    const value = (params as Record<string, string> | undefined)?.[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${page}`);
    return encodeURIComponent(value);
  });
