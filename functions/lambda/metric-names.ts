/**
 * The functions' own CloudWatch metrics (Powertools writes them as embedded-metric log lines). The
 * alarms in infra/ read the same names from here.
 */
export const METRICS_NAMESPACE = 'PromiseCheck';

/** Each function reports under its own service name (the `service` dimension of its metrics). */
export const SERVICE = { api: 'promise-check-api' } as const;

export const METRIC = {
  /** An urgent comment is stored but its safeguarding lead was not told: someone must act. */
  safeguardingAlertFailed: 'SafeguardingAlertFailed',
  safeguardingAlertSent: 'SafeguardingAlertSent',
} as const;
