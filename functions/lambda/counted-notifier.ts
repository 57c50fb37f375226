import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SafeguardingNotifier } from '../api/notifier';
import { METRIC } from './metric-names';
import { metrics } from './observe';

/** Counts every alert, sent or failed, so a failed one raises an alarm (the caller only logs it). */
export const counted = (inner: SafeguardingNotifier): SafeguardingNotifier => ({
  async urgentComment(alert) {
    try {
      await inner.urgentComment(alert);
      metrics.addMetric(METRIC.safeguardingAlertSent, MetricUnit.Count, 1);
    } catch (e) {
      metrics.addMetric(METRIC.safeguardingAlertFailed, MetricUnit.Count, 1);
      throw e;
    }
  },
});
