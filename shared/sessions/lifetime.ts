/**
 * When a session ends by itself: SESSION_IDLE_HOURS after the facilitator's last step, or when its round
 * closes, whichever comes first. Pure, so the server can apply it lazily to whatever it reads or writes.
 */
import type { Round } from '../schemas/round';
import { SESSION_IDLE_HOURS } from './timing';

const HOUR_MS = 3_600_000;

export const SELF_END_REASONS = ['idle', 'round-closed'] as const;
export type SelfEndReason = (typeof SELF_END_REASONS)[number];
/** Who or what ended a session: the facilitator pressing "End", or the session by itself. */
export type EndedBy = 'facilitator' | SelfEndReason;

export interface SelfEnd {
  reason: SelfEndReason;
  /** The moment it ended (not the moment the server noticed), as an ISO time. */
  at: string;
}

/** Null while the session may go on; otherwise why and when it ended by itself. */
export const selfEndOf = (lastStepAt: string, round: Pick<Round, 'closesAt'> | null, now: Date): SelfEnd | null => {
  const last = Date.parse(lastStepAt);
  const idleAt = last + SESSION_IDLE_HOURS * HOUR_MS;
  // A round that is gone counts as closed: nothing can be voted on.
  const closedAt =
    round === null ? last : round.closesAt === null ? Number.POSITIVE_INFINITY : Date.parse(round.closesAt);
  const t = now.getTime();
  if (closedAt <= t && closedAt <= idleAt)
    return { reason: 'round-closed', at: new Date(Math.max(closedAt, last)).toISOString() };
  if (idleAt <= t) return { reason: 'idle', at: new Date(idleAt).toISOString() };
  return null;
};
