import { newId } from '../../../shared/ids';
import type { StaffClaims } from '../../../shared/roles';
import { isRoundOpen, type Round } from '../../../shared/schemas/round';
import { CACHE_TTL_MS } from '../../store/cached-store';
import type { AppDeps } from '../deps';
import { conflict } from '../http-error';
import { recordAudit } from './audit';
import { roundOfCouncil } from './tenancy';

export interface OpenRoundInput {
  name: string;
  closesAt?: string | null;
  access?: Round['access'];
}

/** Opens a round on the pledge version published now; one open round at a time, so a link means one survey. */
export const openRound = async (
  deps: AppDeps,
  councilId: string,
  staff: StaffClaims,
  input: OpenRoundInput,
): Promise<Round> => {
  const now = deps.now();
  const [pledge, rounds] = await Promise.all([
    deps.store.pledges.latest(councilId),
    deps.store.rounds.listForCouncil(councilId),
  ]);
  if (!pledge) throw conflict('Publish the pledge first: a round asks young people about its promises.');
  const open = rounds.find((r) => isRoundOpen(r, now));
  if (open) throw conflict(`"${open.name}" is still open. Close it before opening another round.`);
  if (input.closesAt && input.closesAt <= now.toISOString()) throw conflict('The closing date must be in the future.');
  const round: Round = {
    roundId: newId('r'),
    councilId,
    name: input.name,
    pledgeId: pledge.pledgeId,
    pledgeVersion: pledge.version,
    opensAt: now.toISOString(),
    closesAt: input.closesAt ?? null,
    access: input.access ?? 'open-link',
  };
  await deps.store.rounds.put(round);
  await recordAudit(deps, staff, {
    councilId,
    at: round.opensAt,
    action: 'round.open',
    target: round.roundId,
    details: { pledgeVersion: round.pledgeVersion },
  });
  return round;
};

/**
 * Closes a round. Every server instance caches a round for up to CACHE_TTL_MS, so the closing time is
 * set that far ahead: from then on every instance agrees it is closed, and no answer slips in after.
 */
export const closeRound = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
  staff: StaffClaims,
): Promise<Round> => {
  const round = await roundOfCouncil(deps, councilId, roundId);
  const now = deps.now();
  if (!isRoundOpen(round, now)) throw conflict(`"${round.name}" is not open.`);
  const closed: Round = { ...round, closesAt: new Date(now.getTime() + CACHE_TTL_MS).toISOString() };
  await deps.store.rounds.put(closed);
  await recordAudit(deps, staff, {
    councilId,
    at: now.toISOString(),
    action: 'round.close',
    target: roundId,
  });
  return closed;
};
