import { API_PATHS, fill } from '../../../shared/api-paths';
import type { ApiError } from '../../../shared/schemas/api-error';
import type { Submission } from '../../../shared/schemas/response';
import { DEVICE_KEYS, readJson, removeKey, writeJson } from './device';
import { forgetProgressOf, loadProgress, type Progress } from './progress';

/**
 * Answers waiting on this phone to be sent. A submission is queued before the first try, so a dropped
 * connection, a timeout, a closed tab or a flat battery loses nothing; it is retried with backoff and as
 * soon as the phone is back online, also after the page is opened again. The server counts an id once,
 * so a retry of something that did arrive changes nothing.
 */
export interface Queued {
  roundId: string;
  submission: Submission;
  queuedAt: string;
  attempts: number;
  /** Queued before someone pressed "Leave now": still sent, never shown on this phone again. */
  hidden?: boolean;
}

export type Outcome =
  | { kind: 'sent' }
  | { kind: 'retry'; afterMs: number | null }
  | { kind: 'final'; status: number; message: string };

export const SEND_TIMEOUT_MS = 20_000;
const FIRST_RETRY_MS = 2_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** What an answer from the server means for answers waiting on the phone. */
export const outcomeOf = (status: number, body: unknown, retryAfter: string | null): Outcome => {
  // The receipt (id and day) is not kept: the phone keeps only that something was sent from here.
  if (status >= 200 && status < 300) return { kind: 'sent' };
  // Not reached, too busy, or the store is away for a moment: the same answers will do later.
  if (status === 0 || status === 408 || status === 425 || status === 429 || status >= 500) {
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    return {
      kind: 'retry',
      afterMs: Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, LONGEST_WAIT_MS) : null,
    };
  }
  const message = (body as ApiError | null)?.error?.message ?? `The server answered ${status}`;
  return { kind: 'final', status, message };
};

/** Doubling waits, 2 s up to 5 minutes, spread so that many phones coming back online do not all knock at once. */
export const backoffMs = (attempts: number, random = Math.random()): number =>
  Math.round(Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1)) * (0.5 + random / 2));

export const postSubmission = async (
  q: Queued,
  fetcher: typeof fetch = fetch,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<Outcome> => {
  let res: Response;
  try {
    res = await fetcher(fill(API_PATHS.responses, { roundId: q.roundId }), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(q.submission),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { kind: 'retry', afterMs: null };
  }
  const body: unknown = await res.json().catch(() => null);
  return outcomeOf(res.status, body, res.headers.get('Retry-After'));
};

/** Used only when the phone refuses storage: then answers wait in the open page instead. */
let inMemory: Queued[] | null = null;
export const queued = (): Queued[] => inMemory ?? readJson<Queued[]>(DEVICE_KEYS.outbox) ?? [];
const keep = (items: Queued[]): boolean => {
  if (inMemory === null && items.length === 0) {
    removeKey(DEVICE_KEYS.outbox);
    return true;
  }
  if (inMemory === null && writeJson(DEVICE_KEYS.outbox, items)) return true;
  inMemory = items;
  return false;
};
/** Queues (or replaces: the same id is the same answers) a submission. False when the phone would not store it. */
export const enqueue = (q: Queued): boolean =>
  keep([...queued().filter((x) => x.submission.submissionId !== q.submission.submissionId), q]);
const dequeue = (submissionId: string) => keep(queued().filter((x) => x.submission.submissionId !== submissionId));
const countAttempt = (submissionId: string) =>
  keep(queued().map((x) => (x.submission.submissionId === submissionId ? { ...x, attempts: x.attempts + 1 } : x)));

/** Answers of this round waiting to be sent that may be shown (not hidden by "Leave now"). */
export const waitingToShow = (roundId: string): Queued[] => queued().filter((q) => q.roundId === roundId && !q.hidden);

/**
 * The progress the start screen may offer to carry on: none once it is queued to send (sent or not,
 * those answers are finished and are never shown again).
 */
export const progressToOffer = (roundId: string, now = Date.now()): Progress | null => {
  const p = loadProgress(roundId, now);
  return p && !queued().some((q) => q.submission.submissionId === p.submissionId) ? p : null;
};

/** Whether answers were ever sent from this phone: no id, no time, no round. It never stops anyone answering. */
export const sentFromHere = (): boolean => readJson<boolean>(DEVICE_KEYS.sentFromHere) === true;

export interface Outbox {
  /** Queue and try now. */
  add(q: Queued): void;
  /** Try everything waiting now (after "Try to send now", or when the page thinks the phone is back). */
  flush(): Promise<void>;
  stop(): void;
}

export const startOutbox = (options: {
  onOutcome: (q: Queued, outcome: Outcome) => void;
  fetcher?: typeof fetch;
  random?: () => number;
  timeoutMs?: number;
}): Outbox => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const flush = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    let wait: number | null = null;
    try {
      for (const q of queued()) {
        const outcome = await postSubmission(q, options.fetcher ?? fetch, options.timeoutMs);
        if (outcome.kind === 'retry') {
          countAttempt(q.submission.submissionId);
          const w = Math.max(outcome.afterMs ?? 0, backoffMs(q.attempts + 1, (options.random ?? Math.random)()));
          wait = wait === null ? w : Math.min(wait, w);
        } else {
          if (outcome.kind === 'sent') {
            writeJson(DEVICE_KEYS.sentFromHere, true);
            // Only these answers' progress: a later person's survey on this phone stays.
            forgetProgressOf(q.roundId, q.submission.submissionId);
          }
          dequeue(q.submission.submissionId);
        }
        options.onOutcome(q, outcome);
      }
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      return flush();
    }
    if (wait !== null && !stopped) timer = setTimeout(() => void flush(), wait);
  };

  const onOnline = () => void flush();
  const onVisible = () => document.visibilityState === 'visible' && void flush();
  addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);

  return {
    add: (q) => {
      enqueue(q);
      void flush();
    },
    flush,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
};
