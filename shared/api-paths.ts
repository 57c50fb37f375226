/**
 * Every API route's path, written once: the route definitions (functions/api/routes) take their `path`
 * from here, and every client (the pages, the test support) builds its URLs with `fill`. Templates use
 * OpenAPI's `{name}` placeholders, as @hono/zod-openapi does, so the same string is the route, the
 * OpenAPI document's key and the client's template. Renaming a route or one of its parameters here fails
 * to compile wherever it is called with the old name.
 */
export const API_PREFIX = '/api';
export const PUBLIC_PREFIX = `${API_PREFIX}/public` as const;
export const STAFF_PREFIX = `${API_PREFIX}/staff` as const;

const COUNCIL = `${STAFF_PREFIX}/councils/{councilId}` as const;
const ROUND = `${COUNCIL}/rounds/{roundId}` as const;
const SESSION = `${COUNCIL}/sessions/{sessionId}` as const;
const PUBLIC_SESSION = `${PUBLIC_PREFIX}/sessions/{sessionId}` as const;

export const API_PATHS = {
  health: `${API_PREFIX}/health`,
  openApi: `${API_PREFIX}/openapi.json`,

  // Young people's pages
  survey: `${PUBLIC_PREFIX}/councils/{slug}`,
  publicActions: `${PUBLIC_PREFIX}/councils/{slug}/actions`,
  responses: `${PUBLIC_PREFIX}/rounds/{roundId}/responses`,
  accessCodeCheck: `${PUBLIC_PREFIX}/rounds/{roundId}/access-codes/check`,
  coverage: `${PUBLIC_PREFIX}/rounds/{roundId}/coverage`,
  sessionByCode: `${PUBLIC_PREFIX}/sessions/by-code/{code}`,
  participants: `${PUBLIC_SESSION}/participants`,
  publicSessionState: `${PUBLIC_SESSION}/state`,
  vote: `${PUBLIC_SESSION}/votes/{promiseId}`,

  // Staff pages
  me: `${STAFF_PREFIX}/me`,
  councils: `${STAFF_PREFIX}/councils`,
  settings: `${COUNCIL}/settings`,
  audit: `${COUNCIL}/audit`,
  staff: `${COUNCIL}/staff`,
  staffMember: `${COUNCIL}/staff/{userId}`,
  staffRoles: `${COUNCIL}/staff/{userId}/roles`,
  staffName: `${COUNCIL}/staff/{userId}/name`,
  pledge: `${COUNCIL}/pledge`,
  pledgeVersions: `${COUNCIL}/pledge/versions`,
  pledgeVersion: `${COUNCIL}/pledge/versions/{version}`,
  rounds: `${COUNCIL}/rounds`,
  roundClose: `${ROUND}/close`,
  roundCloseAndOpen: `${ROUND}/close-and-open`,
  roundActivity: `${ROUND}/activity`,
  roundCohortFigures: `${ROUND}/cohort-figures`,
  languages: `${COUNCIL}/languages`,
  language: `${COUNCIL}/languages/{language}`,
  languageCsv: `${COUNCIL}/languages/{language}/translations.csv`,
  languageText: `${COUNCIL}/languages/{language}/texts/{textId}`,
  setup: `${COUNCIL}/setup`,
  workWaiting: `${COUNCIL}/work-waiting`,
  scorecard: `${ROUND}/scorecard`,
  scorecardCsv: `${ROUND}/scorecard.csv`,
  history: `${ROUND}/history`,
  actions: `${ROUND}/actions`,
  action: `${ROUND}/actions/{actionId}`,
  accessCodes: `${ROUND}/access-codes`,
  moderationQueue: `${COUNCIL}/moderation/queue`,
  commentDecision: `${ROUND}/comments/{commentId}/decision`,
  commentUrgent: `${ROUND}/comments/{commentId}/urgent`,
  commentUndo: `${ROUND}/comments/{commentId}/undo`,
  commentAcknowledge: `${ROUND}/comments/{commentId}/acknowledge`,
  commentSentWith: `${ROUND}/comments/{commentId}/sent-with`,
  sessions: `${COUNCIL}/sessions`,
  sessionOptions: `${COUNCIL}/session-options`,
  session: SESSION,
  sessionLive: `${SESSION}/live`,
  sessionControl: `${SESSION}/control`,
  sessionTallies: `${SESSION}/tallies`,
  sessionTally: `${SESSION}/tallies/{promiseId}`,
  sessionNotes: `${SESSION}/notes`,
  sessionSummary: `${SESSION}/summary`,
  sessionSummaryCsv: `${SESSION}/summary.csv`,
  sessionConfirm: `${SESSION}/confirm`,
} as const;

export type ApiPath = (typeof API_PATHS)[keyof typeof API_PATHS];

/** The names of a template's `{placeholders}`. */
export type PathParams<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParams<Rest>
  : never;

type FillArgs<T extends string> = [PathParams<T>] extends [never]
  ? []
  : [params: { [K in PathParams<T>]: string | number }];

/** A template with each `{name}` replaced by its value, percent-encoded; every placeholder must be given. */
export const fill = <T extends string>(template: T, ...[params]: FillArgs<T>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, string | number> | undefined)?.[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });

/** A query string from the values that are set (undefined ones are left out), with its "?"; empty when none. */
export const query = (values: Record<string, string | number | boolean | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** A pattern that matches the paths a template stands for, each `{name}` being one path segment. */
export const pathPattern = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}$`);
