import { newId } from '../../../shared/ids';
import { DEFAULT_THRESHOLDS, MIN_GROUP_SIZE, RECENT_ANSWERS_HOURS, SUPPRESSED_LABEL } from '../../../shared/limits';
import { promisesNotIn } from '../../../shared/pledge/membership';
import type { StaffClaims } from '../../../shared/roles';
import { type PledgeVersion, promisesOf } from '../../../shared/schemas/pledge';
import { isRoundOpen, type Round } from '../../../shared/schemas/round';
import { inStepsOfFive } from '../../../shared/scoring/release';
import { CACHE_TTL_MS } from '../../store/cached-store';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { badRequest, conflict } from '../http-error';
import { recordAudit } from './audit';
import { roundOfCouncil } from './tenancy';

export interface OpenRoundInput {
  name: string;
  closesAt?: string | null;
  access?: Round['access'];
  promisesPerPerson?: number;
  junior?: string[];
  sectionsFirst?: boolean;
}

/**
 * What a new round asks of the pledge it will be bound to: no more promises per person than it has, and a junior
 * version of its own promises. Checked before anything changes (also before "close and open" closes the old round).
 */
const checkAgainstPledge = (pledge: PledgeVersion, input: OpenRoundInput): void => {
  const promiseCount = promisesOf(pledge).length;
  if (input.promisesPerPerson !== undefined && input.promisesPerPerson > promiseCount)
    throw badRequest(
      `The pledge has ${promiseCount} promises: ask each young person at most ${promiseCount} (that is all of them).`,
      [{ path: 'promisesPerPerson', message: `at most ${promiseCount}` }],
    );
  const unknown = promisesNotIn(pledge, input.junior ?? []);
  if (unknown.length > 0)
    throw badRequest(
      `The junior version names promises that are not in the pledge published now: ${unknown.slice(0, 10).join(', ')}. Reload the page and choose again.`,
      unknown.map((id) => ({ path: `junior.${input.junior!.indexOf(id)}`, message: 'Not a promise of this pledge' })),
    );
};

/**
 * Opens a round on the pledge version published now; one open round at a time, so a link means one survey.
 * `at` is when it opens: now, or the moment the round before it finishes closing (closeAndOpenRound).
 */
export const openRound = async (
  deps: AppDeps,
  councilId: string,
  staff: StaffClaims,
  input: OpenRoundInput,
  at?: Date,
): Promise<Round> => {
  const now = at ?? deps.now();
  // The last opened is read before the list: if another open lands after this read, ours is refused below.
  const lastOpened = await deps.store.rounds.lastOpened(councilId);
  const [council, pledge, rounds, last] = await Promise.all([
    deps.store.councils.get(councilId),
    deps.store.pledges.latest(councilId),
    deps.store.rounds.listForCouncil(councilId),
    lastOpened ? deps.store.rounds.get(lastOpened) : null,
  ]);
  if (!pledge) throw conflict('Publish the pledge first: a round asks young people about its promises.');
  // Bad input is answered 400 before whether a round may open now.
  checkAgainstPledge(pledge, input);
  // The list may be a few seconds old on this server; the last opened round is read afresh.
  const open = [...(last ? [last] : []), ...rounds].find((r) => isRoundOpen(r, now));
  if (open) throw conflict(`"${open.name}" is still open. Close it before opening another round.`);
  const next = rounds.find((r) => r.opensAt > now.toISOString());
  if (next) throw conflict(`"${next.name}" opens in a few seconds. Wait for it instead of opening another round.`);
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
    // The round is scored with the limits of the day it opened, whatever an admin sets later.
    thresholds: { ...(council?.thresholds ?? DEFAULT_THRESHOLDS) },
    ...(input.promisesPerPerson !== undefined ? { promisesPerPerson: input.promisesPerPerson } : {}),
    ...(input.junior ? { junior: [...new Set(input.junior)] } : {}),
    ...(input.sectionsFirst ? { sectionsFirst: true as const } : {}),
  };
  try {
    await deps.store.rounds.open(round, lastOpened);
  } catch (e) {
    if (e instanceof ConflictError)
      throw conflict(
        'Someone else opened a round at the same moment, so this one was not opened. Reload the page to see the round that is open.',
      );
    throw e;
  }
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

/**
 * "Close X and open a new round" in one step: everything the new round needs is checked before the old one
 * closes, so nothing closes in vain. The new round opens the moment the old one has finished closing (a few
 * seconds, see closeRound), so the two never overlap and a survey link always means one round.
 */
export const closeAndOpenRound = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
  staff: StaffClaims,
  input: OpenRoundInput,
): Promise<{ closed: Round; opened: Round }> => {
  const round = await roundOfCouncil(deps, councilId, roundId);
  const now = deps.now();
  if (!isRoundOpen(round, now)) throw conflict(`"${round.name}" is not open.`);
  const pledge = await deps.store.pledges.latest(councilId);
  if (!pledge) throw conflict('Publish the pledge first: a round asks young people about its promises.');
  checkAgainstPledge(pledge, input);
  if (input.closesAt && input.closesAt <= new Date(now.getTime() + CACHE_TTL_MS).toISOString())
    throw conflict('The closing date must be in the future.');
  const closed = await closeRound(deps, councilId, roundId, staff);
  const opened = await openRound(deps, councilId, staff, input, new Date(closed.closesAt!));
  return { closed, opened };
};

/**
 * How many young people sent answers to a round lately, for the admin deciding when to close it: about as
 * many may be part-way through on their phones. Counted in steps of MIN_GROUP_SIZE, below it only
 * SUPPRESSED_LABEL, so two reads never tell one young person's sending apart.
 */
export const recentAnswers = async (
  deps: AppDeps,
  councilId: string,
  roundId: string,
): Promise<{ hours: number; sent: number | typeof SUPPRESSED_LABEL }> => {
  await roundOfCouncil(deps, councilId, roundId);
  const since = new Date(deps.now().getTime() - RECENT_ANSWERS_HOURS * 3_600_000).toISOString();
  const sent = await deps.store.responses.countReceivedSince(roundId, since);
  return { hours: RECENT_ANSWERS_HOURS, sent: sent < MIN_GROUP_SIZE ? SUPPRESSED_LABEL : inStepsOfFive(sent) };
};
