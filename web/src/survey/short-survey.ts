/**
 * The young person's own set of promises, on the phone (shared/survey/short-set.ts has the rule): chosen when
 * they press Start from the round's counts in steps of 5, or from no counts when there is no signal; kept with
 * the progress, so carrying on (or reopening offline) asks the same promises in the same order.
 */
import { useEffect, useState } from 'preact/hooks';
import { API_PATHS, fill } from '../../../shared/api-paths';
import { MORE_PROMISES_STEP } from '../../../shared/limits';
import type { PublicCoverage } from '../../../shared/schemas/public-survey';
import { type Coverage, minutesFor, pickMore, pickSet, type Random } from '../../../shared/survey/short-set';
import { apiFetch } from '../lib/api';
import type { Catalogue } from './i18n';
import type { Progress } from './progress';

/** Unpredictable on every phone (also over plain http): one person's set says nothing about another's. */
export const secureRandom: Random = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** Counts for choosing a set come fast or not at all: a phone with no signal starts at once with a random set. */
const COVERAGE_TIMEOUT_MS = 4_000;

export const loadCoverage = (roundId: string): Promise<Coverage | undefined> =>
  apiFetch<PublicCoverage>(fill(API_PATHS.coverage, { roundId }), { timeoutMs: COVERAGE_TIMEOUT_MS }).then(
    (c) => c.answered,
    () => undefined,
  );

/** The round's counts, asked for once when the survey opens; undefined until (or unless) they arrive. */
export const useCoverage = (roundId: string, needed: boolean): Coverage | undefined => {
  const [coverage, setCoverage] = useState<Coverage | undefined>(undefined);
  useEffect(() => {
    // A round that asks every promise needs no counts: nothing is asked of the server.
    if (!needed) return;
    let live = true;
    void loadCoverage(roundId).then((c) => live && setCoverage(c));
    return () => {
      live = false;
    };
  }, [roundId, needed]);
  return coverage;
};

/**
 * A person's progress with their set chosen from the promises about them (`eligible`, in pledge order; by
 * default all: shared/survey/audience.ts). When the set holds all of those it keeps the pledge's own order (its
 * sections read as the council wrote them), as the survey always did; the whole pledge is then no list at all.
 */
export const startedWithSet = (
  p: Progress,
  ids: readonly string[],
  coverage: Coverage | undefined,
  size: number,
  random: Random = secureRandom,
  eligible: readonly string[] = ids,
): Progress => {
  if (size < eligible.length) return { ...p, asked: pickSet(eligible, coverage, size, random) };
  if (eligible.length < ids.length) return { ...p, asked: [...eligible] };
  const { asked: _whole, ...rest } = p;
  return rest;
};

/** "Rate some more?": a few more of the promises about them (`eligible`) not asked yet, after those already asked. */
export const withMore = (
  p: Progress,
  ids: readonly string[],
  coverage: Coverage | undefined,
  random: Random = secureRandom,
  eligible: readonly string[] = ids,
): Progress => {
  const asked = p.asked ?? [...ids];
  return { ...p, asked: [...asked, ...pickMore(eligible, asked, coverage, MORE_PROMISES_STEP, random)] };
};

/** The promises this person is asked, in order; progress kept before sets existed asks the whole pledge. */
export const askedOf = <T extends { promise: { promiseId: string } }>(items: readonly T[], p: Progress | null): T[] => {
  if (!p?.asked) return [...items];
  const byId = new Map(items.map((i) => [i.promise.promiseId, i]));
  return p.asked.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
};

/** "12 questions, about 4 minutes". */
export const setLengthWords = (t: Pick<Catalogue, 'setLength'>, questions: number): string =>
  t.setLength(questions, minutesFor(questions));

/** The pledge's sections holding only the promises asked, for the check screen (sections keep the pledge's order). */
export const askedPledge = <P extends { sections: { promises: { promiseId: string }[] }[] }>(
  pledge: P,
  asked: readonly { promise: { promiseId: string } }[],
): P => {
  const ids = new Set(asked.map((i) => i.promise.promiseId));
  return {
    ...pledge,
    sections: pledge.sections.map((s) => ({ ...s, promises: s.promises.filter((x) => ids.has(x.promiseId)) })),
  };
};
