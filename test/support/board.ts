/** Helpers for the board's tests: HTTP calls with a token, earlier rounds and answers put straight into the store. */
import { expect } from 'vitest';
import type { LocalServer } from '../../functions/local/server';
import type { Store } from '../../functions/store/store';
import type { Cohort } from '../../shared/cohort';
import { LATE_ANSWER_DAYS } from '../../shared/limits';
import type { Rating } from '../../shared/rating';
import type { PledgeContent } from '../../shared/schemas/pledge';
import type { Round } from '../../shared/schemas/round';
import { runPool } from '../bench/support';

export const api = (server: LocalServer) => {
  const call = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const ok = async <T>(res: Response | Promise<Response>, status = 200): Promise<T> => {
    const r = await res;
    const text = await r.text();
    expect(r.status, text).toBe(status);
    return (text ? JSON.parse(text) : null) as T;
  };
  const fails = async (res: Response | Promise<Response>, status: number) => {
    const r = await res;
    const body = (await r.json()) as { error: { code: string; message: string } };
    expect(r.status, JSON.stringify(body)).toBe(status);
    return body.error;
  };
  return { call, ok, fails };
};

/** A round of a council with its own dates and pledge version (an earlier, closed round unless told). */
export const addRound = async (
  store: Store,
  input: {
    councilId: string;
    roundId: string;
    name: string;
    daysAgo: number;
    lastsDays?: number;
    pledgeId: string;
    pledgeVersion: number;
  },
): Promise<Round> => {
  const day = 86_400_000;
  const opens = new Date(Date.now() - input.daysAgo * day);
  const round: Round = {
    roundId: input.roundId,
    councilId: input.councilId,
    name: input.name,
    pledgeId: input.pledgeId,
    pledgeVersion: input.pledgeVersion,
    opensAt: opens.toISOString(),
    closesAt: new Date(opens.getTime() + (input.lastsDays ?? 30) * day).toISOString(),
    access: 'open-link',
  };
  await store.rounds.put(round);
  return round;
};

/** Publishes the next version of a council's pledge (ids kept as given). */
export const publishVersion = async (
  store: Store,
  councilId: string,
  pledgeId: string,
  version: number,
  content: PledgeContent,
) => {
  await store.pledges.publish({
    ...content,
    councilId,
    pledgeId,
    version,
    publishedAt: new Date().toISOString(),
    retiredPromiseIds: [],
  });
};

/**
 * Stores `times` responses with these answers in a round, through the store's own submission
 * transaction (a closed round too: the open check belongs to the API).
 */
export const answer = async (
  store: Store,
  round: Round,
  ratings: Record<string, Rating>,
  times: number,
  cohort: Partial<Cohort> = {},
) =>
  runPool(times, 8, async () => {
    await store.responses.submit({
      round,
      submissionId: crypto.randomUUID(),
      ratings,
      cohort: { age: 'not-answered', care: 'not-answered', source: 'survey', ...cohort },
      comments: [],
      receivedOn: new Date().toISOString().slice(0, 10),
      commentsExpireAt: Math.floor(Date.now() / 1000) + 86_400,
    });
  });

/**
 * Moves a round's close back so that its figures are final now (LATE_ANSWER_DAYS and a minute ago): the board sees
 * a round's figures only then (shared/scoring/release.ts). Its opening moves back too when it would follow the close.
 */
export const finaliseRound = async (store: Store, roundId: string, now = new Date()): Promise<Round> => {
  const round = await store.rounds.get(roundId);
  if (!round) throw new Error(`No round ${roundId}`);
  const closes = now.getTime() - LATE_ANSWER_DAYS * 86_400_000 - 60_000;
  const opensAt = Date.parse(round.opensAt) < closes ? round.opensAt : new Date(closes - 86_400_000).toISOString();
  const final: Round = { ...round, opensAt, closesAt: new Date(closes).toISOString() };
  await store.rounds.put(final);
  return final;
};
