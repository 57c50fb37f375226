/** The Lambda entry points the stack deploys (paths from the repository root). */
export const ENTRIES = {
  api: 'functions/lambda/api.ts',
  reconcile: 'functions/jobs/reconcile-job.ts',
  urgentReminders: 'functions/jobs/urgent-reminders-job.ts',
} as const;
