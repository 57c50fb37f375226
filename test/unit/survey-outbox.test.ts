import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, outcomeOf, type Queued } from '../../web/src/survey/outbox';

/** A phone's localStorage, with a switch to make it refuse writes (as some private modes do). */
class FakeStorage {
  data = new Map<string, string>();
  refuse = false;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const ID = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
const item = (roundId = 'r_1', submissionId = ID): Queued => ({
  roundId,
  submission: { submissionId, ratings: { p_a: 'yes' } },
  queuedAt: '2026-10-01T10:00:00.000Z',
  attempts: 0,
});
const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

let storage: FakeStorage;
let win: EventTarget;
beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  storage = new FakeStorage();
  win = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', win.addEventListener.bind(win));
  vi.stubGlobal('removeEventListener', win.removeEventListener.bind(win));
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A fresh outbox module (its fallback memory is per page), driven by a scripted server. */
const outboxWith = async (answers: (Response | Error)[]) => {
  const { startOutbox, queued } = await import('../../web/src/survey/outbox');
  const calls: { url: string; body: unknown }[] = [];
  const fetcher = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
    const a = answers.shift() ?? new Error('no more scripted answers');
    if (a instanceof Error) throw a;
    return a;
  }) as unknown as typeof fetch;
  const outcomes: string[] = [];
  const outbox = startOutbox({ fetcher, random: () => 0.5, onOutcome: (_q, o) => outcomes.push(o.kind) });
  return { outbox, calls, outcomes, queued };
};

describe('what an answer from the server means for waiting answers', () => {
  it('2xx is sent; offline, timeouts, 429 and 5xx wait and try again; other refusals are final', () => {
    expect(outcomeOf(200, { submissionId: ID, receivedOn: '2026-10-01' }, null)).toEqual({ kind: 'sent' });
    for (const s of [0, 408, 429, 500, 502, 503, 504]) expect(outcomeOf(s, null, null).kind).toBe('retry');
    expect(outcomeOf(503, null, '30')).toEqual({ kind: 'retry', afterMs: 30_000 });
    expect(outcomeOf(409, { error: { code: 'conflict', message: 'This survey closed on 2026-12-01.' } }, null)).toEqual(
      {
        kind: 'final',
        status: 409,
        message: 'This survey closed on 2026-12-01.',
      },
    );
    expect(outcomeOf(422, null, null).kind).toBe('final');
  });

  it('waits double each time, from about 2 seconds to at most 5 minutes', () => {
    expect(backoffMs(1, 1)).toBe(2_000);
    expect(backoffMs(2, 1)).toBe(4_000);
    expect(backoffMs(1, 0)).toBe(1_000);
    expect(backoffMs(30, 1)).toBe(300_000);
  });
});

describe('answers waiting on the phone', () => {
  it('offline: kept on the phone, tried again with backoff, and sent once the phone is back online', async () => {
    const { outbox, calls, outcomes, queued } = await outboxWith([
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
      reply(200, { submissionId: ID, receivedOn: '2026-10-01' }),
    ]);
    storage.setItem('promise-check:survey:r_1', JSON.stringify({ v: 1, roundId: 'r_1', submissionId: ID }));
    outbox.add(item());
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['retry']);
    expect(queued()).toHaveLength(1);
    expect(queued()[0]!.attempts).toBe(1);

    await vi.advanceTimersByTimeAsync(1_600); // 2 s × (0.5 + 0.5/2) = 1.5 s
    expect(outcomes).toEqual(['retry', 'retry']);

    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['retry', 'retry', 'sent']);
    expect(queued()).toEqual([]);
    // Every try carried the same id, so the server counts it once.
    expect(new Set(calls.map((c) => (c.body as { submissionId: string }).submissionId))).toEqual(new Set([ID]));
    expect(calls[0]!.url).toBe('/api/public/rounds/r_1/responses');
    // Sent: progress wiped from the phone; all it keeps is that something was sent from here (no id, no time).
    expect(storage.getItem('promise-check:survey:r_1')).toBeNull();
    expect([...storage.data]).toEqual([['promise-check:sent-from-here', 'true']]);
    outbox.stop();
  });

  it('answers left on the phone by an earlier visit are sent when the page opens again', async () => {
    storage.setItem(
      'promise-check:outbox',
      JSON.stringify([item('r_1'), item('r_2', '9a1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c')]),
    );
    const { outbox, calls, outcomes, queued } = await outboxWith([
      reply(200, { receivedOn: '2026-10-01' }),
      reply(200, { receivedOn: '2026-10-01' }),
    ]);
    await outbox.flush();
    expect(calls.map((c) => c.url)).toEqual(['/api/public/rounds/r_1/responses', '/api/public/rounds/r_2/responses']);
    expect(outcomes).toEqual(['sent', 'sent']);
    expect(queued()).toEqual([]);
    outbox.stop();
  });

  it('a busy store (503 + Retry-After) is tried again no sooner than it asked', async () => {
    const { outbox, calls } = await outboxWith([
      reply(503, { error: { code: 'unavailable', message: 'busy' } }, { 'Retry-After': '10' }),
      reply(200, { receivedOn: '2026-10-01' }),
    ]);
    outbox.add(item());
    await vi.advanceTimersByTimeAsync(9_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(2);
    outbox.stop();
  });

  it('pressing send twice quickly sends one request at a time, with one id, and queues it once', async () => {
    let release!: (r: Response) => void;
    const slow = new Promise<Response>((done) => (release = done));
    const { startOutbox, queued } = await import('../../web/src/survey/outbox');
    const fetcher = vi.fn(() => slow) as unknown as typeof fetch;
    const outbox = startOutbox({ fetcher, onOutcome: () => {} });
    outbox.add(item());
    outbox.add(item());
    expect(queued()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetcher).toHaveBeenCalledTimes(1);
    release(reply(200, { receivedOn: '2026-10-01' }));
    await vi.advanceTimersByTimeAsync(0);
    // The second press asks again after the first finished; by then nothing is waiting.
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(queued()).toEqual([]);
    outbox.stop();
  });

  it('a final refusal is not retried, and the answers are not wiped from the phone', async () => {
    storage.setItem('promise-check:survey:r_1', '{"v":1}');
    const { outbox, calls, outcomes, queued } = await outboxWith([
      reply(409, { error: { code: 'conflict', message: 'closed' } }),
    ]);
    outbox.add(item());
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(1);
    expect(outcomes).toEqual(['final']);
    expect(queued()).toEqual([]);
    expect(storage.getItem('promise-check:survey:r_1')).not.toBeNull();
    outbox.stop();
  });

  it('a phone that refuses storage still sends, keeping the answers in the open page meanwhile', async () => {
    storage.refuse = true;
    const { outbox, outcomes, queued } = await outboxWith([
      new TypeError('offline'),
      reply(200, { receivedOn: '2026-10-01' }),
    ]);
    outbox.add(item());
    await vi.advanceTimersByTimeAsync(0);
    expect(queued()).toHaveLength(1);
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual(['retry', 'sent']);
    expect(queued()).toEqual([]);
    outbox.stop();
  });
});
