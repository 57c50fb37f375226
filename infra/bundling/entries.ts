/** The Lambda entry points the stack deploys (paths from the repository root). */
export const ENTRIES = {
  /** Young people's routes: the survey's data on a cache miss, answers, codes, session join and votes. */
  publicApi: 'functions/lambda/public-api.ts',
  /** Staff routes and the OpenAPI document. */
  staffApi: 'functions/lambda/staff-api.ts',
  reconcile: 'functions/jobs/reconcile-job.ts',
  urgentReminders: 'functions/jobs/urgent-reminders-job.ts',
} as const;
