import { STAFF_ACCESS_CACHE_MS } from '../../shared/limits';
import { finalAt } from '../../shared/scoring/release';
import type { Store } from './store';

/** How long a cached council or round may be stale. A round closed by staff closes this much later, so every instance agrees. */
export const CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number }>();
  constructor(private readonly ttlMs: number) {}
  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    const value = load();
    this.entries.set(key, { value, until: now + this.ttlMs });
    // A failed read, or "not there (yet)", is not kept: the next caller asks the store again.
    value.then(
      (v) => v === null && this.entries.delete(key),
      () => this.entries.delete(key),
    );
    return value;
  }
  forget(key: string) {
    this.entries.delete(key);
  }
}

/**
 * The reads every young person's page and submission makes (council by slug, round, pledge version)
 * are served from memory for a few seconds, so a room of people does not read the same items again
 * and again. Published pledge versions never change and are kept longer.
 */
export const cachedStore = (store: Store, ttlMs = CACHE_TTL_MS): Store => {
  const councils = new TtlCache<Awaited<ReturnType<Store['councils']['get']>>>(ttlMs);
  const slugs = new TtlCache<Awaited<ReturnType<Store['councils']['getBySlug']>>>(ttlMs);
  const rounds = new TtlCache<Awaited<ReturnType<Store['rounds']['get']>>>(ttlMs);
  const pledges = new TtlCache<Awaited<ReturnType<Store['pledges']['get']>>>(ttlMs * 120);
  const councilRounds = new TtlCache<Awaited<ReturnType<Store['rounds']['listForCouncil']>>>(ttlMs);
  const settledTallies = new TtlCache<Awaited<ReturnType<Store['aggregates']['read']>>>(ttlMs * 12);
  const settledParts = new TtlCache<Awaited<ReturnType<Store['aggregates']['readParts']>>>(ttlMs * 12);
  const languages = new TtlCache<Awaited<ReturnType<Store['translations']['list']>>>(ttlMs);
  const summaries = new TtlCache<Awaited<ReturnType<Store['benchmark']['all']>>>(ttlMs * 12);
  /** Read with every staff token: a change made on another server is seen within STAFF_ACCESS_CACHE_MS. */
  const accessChanges = new TtlCache<number>(STAFF_ACCESS_CACHE_MS);
  /**
   * A round whose figures have been final for longer than the cache's TTL takes no more answers anywhere (late
   * answers stop then, shared/late-answers.ts): its counts can be kept for a minute.
   */
  const settled = async (roundId: string) => {
    const round = await rounds.get(roundId, () => store.rounds.get(roundId));
    const final = round ? finalAt(round) : null;
    return final !== null && Date.parse(final) < Date.now() - ttlMs;
  };
  return {
    ...store,
    councils: {
      ...store.councils,
      get: (id) => councils.get(id, () => store.councils.get(id)),
      getBySlug: (slug) => slugs.get(slug, () => store.councils.getBySlug(slug)),
      async updateSettings(council, expectedVersion) {
        await store.councils.updateSettings(council, expectedVersion);
        councils.forget(council.councilId);
        slugs.forget(council.slug);
      },
    },
    rounds: {
      ...store.rounds,
      get: (id) => rounds.get(id, () => store.rounds.get(id)),
      listForCouncil: (councilId) => councilRounds.get(councilId, () => store.rounds.listForCouncil(councilId)),
      put: async (round) => {
        await store.rounds.put(round);
        rounds.forget(round.roundId);
        councilRounds.forget(round.councilId);
      },
      open: async (round, previous) => {
        await store.rounds.open(round, previous);
        rounds.forget(round.roundId);
        councilRounds.forget(round.councilId);
      },
    },
    staffAccess: {
      changedAt: (email) => accessChanges.get(email.toLowerCase(), () => store.staffAccess.changedAt(email)),
      record: async (email, atMs, expiresAt) => {
        await store.staffAccess.record(email, atMs, expiresAt);
        accessChanges.forget(email.toLowerCase());
      },
    },
    // The board's reads of closed rounds (the previous round's trend, the history) and of the benchmark's
    // theme summaries, which change slowly; the open round's counts are always read afresh.
    aggregates: {
      ...store.aggregates,
      read: async (roundId) =>
        (await settled(roundId))
          ? settledTallies.get(roundId, () => store.aggregates.read(roundId))
          : store.aggregates.read(roundId),
      readParts: async (roundId) =>
        (await settled(roundId))
          ? settledParts.get(roundId, () => store.aggregates.readParts(roundId))
          : store.aggregates.readParts(roundId),
    },
    benchmark: {
      ...store.benchmark,
      all: () => summaries.get('all', () => store.benchmark.all()),
      put: async (summary) => {
        await store.benchmark.put(summary);
        summaries.forget('all');
      },
    },
    // Every young person's page reads the council's languages: the same few seconds as the council itself.
    translations: {
      ...store.translations,
      list: (councilId) => languages.get(councilId, () => store.translations.list(councilId)),
      put: async (councilId, record, expectedVersion) => {
        await store.translations.put(councilId, record, expectedVersion);
        languages.forget(councilId);
      },
    },
    pledges: {
      ...store.pledges,
      get: (councilId, pledgeId, version) =>
        pledges.get(`${councilId}/${pledgeId}/${version}`, () => store.pledges.get(councilId, pledgeId, version)),
    },
  };
};
