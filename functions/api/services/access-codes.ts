/**
 * One-time codes: a council admin makes a batch for a round and prints it as cards; each code lets one
 * set of answers in. Only an HMAC of each code is kept, keyed by a random secret of the round, so the
 * table never holds a code anyone could type. The code is marked used in the same transaction that
 * stores the answers (functions/store/dynamo/responses.ts), and nothing links the two beyond "used".
 */
import { createHmac } from 'node:crypto';
import {
  codeDigestInput,
  formatAccessCode,
  isWellFormedAccessCode,
  MAX_CODES_PER_ROUND,
  newAccessCode,
  normaliseAccessCode,
} from '../../../shared/access-codes';
import { newId } from '../../../shared/ids';
import type { StaffClaims } from '../../../shared/roles';
import type { AccessCodeSummary, NewAccessCodes, NewCodes } from '../../../shared/schemas/access-codes';
import { isRoundOpen, type Round } from '../../../shared/schemas/round';
import { inStepsOfFive } from '../../../shared/scoring/release';
import type { AccessCodeBatchRecord } from '../../store/store';
import type { AppDeps } from '../deps';
import { conflict, HttpError, notFound, unprocessable } from '../http-error';
import { recordAudit } from './audit';
import { roundOfCouncil } from './tenancy';

/** Making a batch retries codes that happen to exist already; after this many rounds something is wrong. */
const MAX_REDRAWS = 5;

export const codeHashOf = (secret: string, roundId: string, code: string): string =>
  createHmac('sha256', secret).update(codeDigestInput(roundId, code)).digest('base64url');

/** The hash of what someone typed, or null when it cannot be a code at all (then nothing is looked up). */
export const typedCodeHash = async (deps: AppDeps, roundId: string, typed: string): Promise<string | null> => {
  const code = normaliseAccessCode(typed);
  if (!isWellFormedAccessCode(code)) return null;
  return codeHashOf(await deps.store.accessCodes.secret(roundId), roundId, code);
};

export const codeWrong = () =>
  new HttpError(
    422,
    'code_wrong',
    'That code is not right for this survey. Check the letters and numbers on your card and try again.',
  );
export const codeUsed = () =>
  new HttpError(
    409,
    'code_used',
    'This code has already been used: each card works once. If it was not you, ask the person who gave you the card for a new one.',
  );
export const codeRequired = () =>
  new HttpError(
    403,
    'code_required',
    'This survey needs the code from your card. Go back to the start and type it in.',
  );

export const summaryOf = async (deps: AppDeps, round: Round): Promise<AccessCodeSummary> => {
  const batches = (await deps.store.accessCodes.batches(round.roundId)).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  return {
    roundId: round.roundId,
    access: round.access,
    total: batches.reduce((n, b) => n + b.count, 0),
    usedAtLeast: inStepsOfFive(batches.reduce((n, b) => n + b.used, 0)),
    batches: batches.map(({ roundId: _r, used: _u, ...b }) => b),
  };
};

export const codesSummary = async (deps: AppDeps, councilId: string, roundId: string) =>
  summaryOf(deps, await roundOfCouncil(deps, councilId, roundId));

export const makeCodes = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  roundId: string,
  input: NewAccessCodes,
): Promise<NewCodes> => {
  const round = await roundOfCouncil(deps, councilId, roundId);
  if (round.access !== 'one-time-codes') {
    throw conflict(
      `"${round.name}" is open to anyone with the link, so it takes no codes. Open a round with one-time codes to print cards.`,
    );
  }
  const now = deps.now();
  if (round.closesAt !== null && round.closesAt <= now.toISOString())
    throw conflict(`"${round.name}" has closed: its cards could not be used.`);
  const summary = await summaryOf(deps, round);
  if (summary.total + input.count > MAX_CODES_PER_ROUND) {
    throw unprocessable(
      `A round can have at most ${MAX_CODES_PER_ROUND} codes; this one has ${summary.total}. Make at most ${MAX_CODES_PER_ROUND - summary.total} more.`,
    );
  }

  const secret = await deps.store.accessCodes.secret(round.roundId);
  const batch: AccessCodeBatchRecord = {
    batchId: newId('cb'),
    roundId: round.roundId,
    ...(input.label ? { label: input.label } : {}),
    count: input.count,
    createdAt: now.toISOString(),
    createdBy: staff.email,
  };
  const codes = new Map<string, string>();
  const draw = (n: number) => {
    const fresh: string[] = [];
    while (fresh.length < n) {
      const code = newAccessCode();
      if (!codes.has(codeHashOf(secret, round.roundId, code)) && !fresh.includes(code)) fresh.push(code);
    }
    return fresh.map((code) => [codeHashOf(secret, round.roundId, code), code] as const);
  };
  let pending = draw(input.count);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === MAX_REDRAWS) throw new Error('Could not make unique codes');
    const taken = new Set(
      await deps.store.accessCodes.addBatch(
        batch,
        pending.map(([hash]) => hash),
      ),
    );
    for (const [hash, code] of pending) if (!taken.has(hash)) codes.set(hash, code);
    pending = draw(taken.size);
  }
  await deps.store.accessCodes.putBatch(batch);
  await recordAudit(deps, staff, {
    councilId,
    at: batch.createdAt,
    action: 'access-codes.create',
    target: round.roundId,
    details: { batchId: batch.batchId, count: batch.count },
  });
  const { roundId: _r, ...shown } = batch;
  return { batch: shown, codes: [...codes.values()].map(formatAccessCode) };
};

/** A young person's code before the first promise: 200 when it would be accepted now, a clear 4xx otherwise. */
export const checkCode = async (deps: AppDeps, roundId: string, typed: string): Promise<void> => {
  const round = await deps.store.rounds.get(roundId);
  if (!round) throw notFound('There is no survey with this link. Ask the person who gave you the card.');
  if (round.access !== 'one-time-codes')
    throw conflict('This survey does not need a code: you can start it straight away.');
  if (!isRoundOpen(round, deps.now())) throw conflict('This survey is not open now, so codes cannot be used.');
  const hash = await typedCodeHash(deps, roundId, typed);
  const status = hash ? await deps.store.accessCodes.status(roundId, hash) : 'unknown';
  if (status === 'unknown') throw codeWrong();
  if (status === 'used') throw codeUsed();
};
