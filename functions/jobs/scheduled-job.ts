import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger, metrics, withPowertools } from '../lambda/powertools';

/** The part of an EventBridge scheduled event a job reads: when the schedule fired. */
export interface ScheduledEvent {
  time?: string;
}

export interface JobContext {
  /** When the schedule fired (the same instant on a retry), so a retried run does the same work. */
  now: Date;
  logger: typeof logger;
}

/** What a run did, as named counts: logged, and published as metrics the job's alarms can watch. */
export type JobOutcome = Record<string, number>;

/**
 * The shape of every scheduled job: a plain async function given the time and a logger, wrapped by
 * middy with the Powertools logger, metrics and tracer like the API. A run that throws is a Lambda
 * error: EventBridge retries it and the job's alarm tells the operator (infra/constructs/scheduled-job.ts).
 */
export const scheduledJob = (name: string, run: (context: JobContext) => Promise<JobOutcome>) =>
  withPowertools(async (event: ScheduledEvent) => {
    const started = Date.now();
    const now = event.time ? new Date(event.time) : new Date();
    const outcome = await run({ now: Number.isNaN(now.getTime()) ? new Date() : now, logger });
    for (const [figure, count] of Object.entries(outcome)) metrics.addMetric(figure, MetricUnit.Count, count);
    metrics.addMetric('RunMilliseconds', MetricUnit.Milliseconds, Date.now() - started);
    logger.info(`${name}: done`, { outcome });
    return outcome;
  });
