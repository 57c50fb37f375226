/**
 * Each council sees only its own data: a staff request names a round or a session, and these find it only
 * when it belongs to the council in the signed-in person's claims. Another council's is "not found",
 * never shown and never said to exist.
 */
import type { Round } from '../../../shared/schemas/round';
import type { SessionRecord } from '../../store/session-store';
import type { AppDeps } from '../deps';
import { notFound } from '../http-error';

/** A round of this council, or 404. */
export const roundOfCouncil = async (deps: AppDeps, councilId: string, roundId: string): Promise<Round> => {
  const round = await deps.store.rounds.get(roundId);
  if (!round || round.councilId !== councilId) throw notFound('There is no such round in your council');
  return round;
};

/** A live session of this council, or 404. */
export const sessionOfCouncil = async (deps: AppDeps, councilId: string, sessionId: string): Promise<SessionRecord> => {
  const session = await deps.store.sessions.get(sessionId);
  if (!session || session.councilId !== councilId) throw notFound('There is no such session in your council');
  return session;
};
