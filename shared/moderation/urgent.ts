/**
 * When an urgent comment's alert must have been acknowledged, and when the safeguarding lead is alerted again:
 * the council's set minutes after it arrived (or was marked urgent), then every such period until someone says
 * they have seen it or it is decided.
 */
import type { CommentStatus } from '../schemas/moderation';

const MINUTE_MS = 60_000;

/**
 * The time an urgent comment keeps of its arrival: to the minute, what the safeguarding lead needs, and no
 * finer, so it does not equal the exact time kept with the answers it came with (docs/dpia.md).
 */
export const urgentArrivalTime = (receivedAt: string): string =>
  new Date(Math.floor(Date.parse(receivedAt) / MINUTE_MS) * MINUTE_MS).toISOString();

export interface UrgentClock {
  urgent: boolean;
  status: CommentStatus;
  receivedOn: string;
  receivedAt?: string;
  flaggedAt?: string;
  seenBy?: readonly unknown[];
  remindedAt?: string;
}

/** When the first alert went: its arrival, or when a moderator marked it urgent; a comment with only a day, that day's start. */
export const alertedAt = (c: UrgentClock): Date =>
  new Date(c.receivedAt ?? c.flaggedAt ?? `${c.receivedOn}T00:00:00.000Z`);

/** Whether anyone still has to say they have seen its alert. */
export const awaitsAcknowledgement = (c: UrgentClock): boolean =>
  c.urgent && c.status === 'pending' && (c.seenBy?.length ?? 0) === 0;

/** The time by which someone must acknowledge it, while that is awaited. */
export const acknowledgeBy = (c: UrgentClock, minutes: number): Date | null =>
  awaitsAcknowledgement(c) ? new Date(alertedAt(c).getTime() + minutes * MINUTE_MS) : null;

export const isOverdue = (c: UrgentClock, minutes: number, now: Date): boolean => {
  const by = acknowledgeBy(c, minutes);
  return by !== null && now.getTime() >= by.getTime();
};

/** Whether the lead is to be alerted again now: overdue, and a whole period since the last alert. */
export const reminderDue = (c: UrgentClock, minutes: number, now: Date): boolean => {
  if (!isOverdue(c, minutes, now)) return false;
  const last = c.remindedAt ? new Date(c.remindedAt) : alertedAt(c);
  return now.getTime() - last.getTime() >= minutes * MINUTE_MS;
};
