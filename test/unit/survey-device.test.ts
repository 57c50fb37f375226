/**
 * A shared phone or tablet: what the young people's pages keep, and what "Leave now", "Someone else wants
 * to answer" and an hour without use leave behind for the next person (web/src/lib/device-storage.ts,
 * web/src/survey/progress.ts, web/src/survey/outbox.ts, web/src/join/device.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_IDLE_MS } from '../../shared/limits';

/** A browser's Storage, with the key()/length a wipe walks. */
class FakeStorage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const ID = '3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
const NEXT_ID = '9a1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c';
const T0 = Date.parse('2027-03-01T10:00:00.000Z');
const COMMENT = 'My foster carer shouts at me.';

let local: FakeStorage;
let session: FakeStorage;
beforeEach(() => {
  vi.resetModules();
  local = new FakeStorage();
  session = new FakeStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
});
afterEach(() => vi.unstubAllGlobals());

const modules = async () => ({
  storage: await import('../../web/src/lib/device-storage'),
  progress: await import('../../web/src/survey/progress'),
  outbox: await import('../../web/src/survey/outbox'),
  join: await import('../../web/src/join/device'),
});

/** A first person's things on the phone: progress with a comment, a queued send, a session token. */
const firstPerson = async () => {
  const { progress, outbox, join } = await modules();
  const p = { ...progress.newProgress('r_1', ID, T0), ratings: { p_a: 'yes' as const }, comments: { p_a: COMMENT } };
  progress.saveProgress(p, T0);
  outbox.enqueue({
    roundId: 'r_0',
    submission: { submissionId: NEXT_ID, ratings: { p_a: 'no' } },
    queuedAt: '2027-03-01T09:00:00.000Z',
    attempts: 0,
  });
  join.remember({ code: 'ABC123', sessionId: 's_1', token: crypto.randomUUID(), seq: 3 });
  local.setItem('promise-check:lang', '"ar"');
  local.setItem('promise-check:lang-offered', '"ar"');
  local.setItem('promise-check:sent-from-here', 'true');
  session.setItem('promise-check:anything', 'x');
  local.setItem('another-site-thing', 'kept');
};

describe('wipeForNextPerson ("Leave now")', () => {
  it('leaves no key of these pages but the outbox, in localStorage or sessionStorage', async () => {
    await firstPerson();
    const { storage, progress, join } = await modules();
    storage.wipeForNextPerson();
    expect([...local.data.keys()].sort()).toEqual(['another-site-thing', 'promise-check:outbox']);
    expect([...session.data.keys()]).toEqual([]);
    expect(progress.loadProgress('r_1', T0)).toBeNull();
    expect(join.remembered()).toBeNull();
    expect(JSON.stringify([...local.data])).not.toContain(COMMENT);
  });

  it('keeps answers already queued, marked hidden: still sent, never shown again', async () => {
    await firstPerson();
    const { storage, outbox } = await modules();
    storage.wipeForNextPerson();
    expect(outbox.queued().map((q) => [q.submission.submissionId, q.hidden])).toEqual([[NEXT_ID, true]]);
    expect(outbox.waitingToShow('r_0')).toEqual([]);
  });

  it('is safe on a phone that keeps nothing', async () => {
    const { storage } = await modules();
    storage.wipeForNextPerson();
    expect(local.data.size + session.data.size).toBe(0);
  });
});

describe('progress on a shared phone', () => {
  it('is wiped once nobody touched it for an hour, and kept until then', async () => {
    const { progress } = await modules();
    progress.saveProgress(progress.newProgress('r_1', ID, T0), T0);
    expect(progress.loadProgress('r_1', T0 + PROGRESS_IDLE_MS - 1)?.submissionId).toBe(ID);
    expect(progress.loadProgress('r_1', T0 + PROGRESS_IDLE_MS)).toBeNull();
    expect(local.getItem('promise-check:survey:r_1')).toBeNull();
  });

  it('each change starts the hour again', async () => {
    const { progress } = await modules();
    const p = progress.newProgress('r_1', ID, T0);
    progress.saveProgress(p, T0 + 50 * 60_000);
    expect(progress.loadProgress('r_1', T0 + 100 * 60_000)).not.toBeNull();
  });

  it('progress kept before it had a time is wiped, not offered', async () => {
    const { progress } = await modules();
    local.setItem('promise-check:survey:r_1', JSON.stringify({ v: 1, roundId: 'r_1', submissionId: ID, ratings: {} }));
    expect(progress.loadProgress('r_1', T0)).toBeNull();
  });

  it('progress already queued to send is not offered to carry on', async () => {
    const { progress, outbox } = await modules();
    const p = progress.newProgress('r_1', ID, T0);
    progress.saveProgress(p, Date.now());
    expect(outbox.progressToOffer('r_1')?.submissionId).toBe(ID);
    outbox.enqueue({ roundId: 'r_1', submission: progress.submissionOf(p, []), queuedAt: '', attempts: 0 });
    expect(outbox.progressToOffer('r_1')).toBeNull();
  });

  it('a send of the last person’s answers never wipes the next person’s survey', async () => {
    const { progress } = await modules();
    progress.saveProgress(progress.newProgress('r_1', NEXT_ID, T0), T0);
    progress.forgetProgressOf('r_1', ID);
    expect(progress.loadProgress('r_1', T0)?.submissionId).toBe(NEXT_ID);
    progress.forgetProgressOf('r_1', NEXT_ID);
    expect(progress.loadProgress('r_1', T0)).toBeNull();
  });
});
