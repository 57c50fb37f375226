import { type PledgeContent, promisesOf } from '../schemas/pledge';

/**
 * "Are these promises in the round's pledge?": the ids among `ids` that are not, each once, in the order
 * first given. A submission, a session and an action may only name promises of their round's version.
 */
export const promisesNotIn = (pledge: Pick<PledgeContent, 'sections'>, ids: Iterable<string>): string[] => {
  const known = new Set(promisesOf(pledge).map((p) => p.promiseId));
  return [...new Set(ids)].filter((id) => !known.has(id));
};
