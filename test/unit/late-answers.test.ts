import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerWindowOf } from '../../shared/late-answers';
import { LATE_ANSWER_DAYS } from '../../shared/limits';
import { releasePhaseOf } from '../../shared/scoring/release';

const DAY = 86_400_000;
const round = { opensAt: '2026-11-01T00:00:00.000Z', closesAt: '2026-12-14T17:00:00.000Z' };
const close = Date.parse(round.closesAt);
const at = (ms: number) => new Date(ms);
const iso = (ms: number) => new Date(ms).toISOString();

describe('answers started before a round closed', () => {
  it('takes answers while the round is open, with or without a start time', () => {
    expect(answerWindowOf(round, at(close - 1000), undefined)).toEqual({ kind: 'open' });
    expect(answerWindowOf(round, at(close - 1000), iso(close - 60_000))).toEqual({ kind: 'open' });
  });

  it('takes answers started before the close for LATE_ANSWER_DAYS after it, and not a moment longer', () => {
    const started = iso(close - 10 * 60_000);
    expect(answerWindowOf(round, at(close + 1), started)).toEqual({ kind: 'late' });
    expect(answerWindowOf(round, at(close + LATE_ANSWER_DAYS * DAY - 1), started)).toEqual({ kind: 'late' });
    expect(answerWindowOf(round, at(close + LATE_ANSWER_DAYS * DAY), started).kind).toBe('closed');
  });

  it('refuses after the close a phone that says nothing of its start, or started after the close, or in the future', () => {
    const now = close + DAY;
    expect(answerWindowOf(round, at(now), undefined)).toEqual({ kind: 'closed', why: 'no-start' });
    expect(answerWindowOf(round, at(now), iso(close))).toEqual({ kind: 'closed', why: 'started-after-close' });
    expect(answerWindowOf(round, at(now), iso(now + 60_000))).toEqual({ kind: 'closed', why: 'started-after-close' });
  });

  it('does not take answers before the round opens, whatever the phone says', () => {
    expect(answerWindowOf(round, at(Date.parse(round.opensAt) - 1), iso(close - DAY)).kind).toBe('not-open');
  });

  it('never takes an answer once the figures are final, whatever the order of close, start and send', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20 * DAY, max: 20 * DAY }),
        fc.integer({ min: -20 * DAY, max: 20 * DAY }),
        fc.option(fc.integer({ min: -30 * DAY, max: 30 * DAY }), { nil: undefined }),
        (closeOffset, sendOffset, startOffset) => {
          const r = { opensAt: iso(close - 40 * DAY), closesAt: iso(close + closeOffset) };
          const now = close + sendOffset;
          const started = startOffset === undefined ? undefined : iso(now + startOffset);
          const w = answerWindowOf(r, at(now), started);
          if (w.kind === 'open' || w.kind === 'late') expect(releasePhaseOf(r, at(now))).not.toBe('final');
          if (w.kind === 'late') {
            // Only a start before the close and not after the send opens the late window.
            expect(started! < r.closesAt).toBe(true);
            expect(Date.parse(started!)).toBeLessThanOrEqual(now);
            expect(now).toBeGreaterThanOrEqual(Date.parse(r.closesAt));
          }
          // A start time can only ever add the late days: the window never reaches past them.
          if (now >= Date.parse(r.closesAt) + LATE_ANSWER_DAYS * DAY) expect(w.kind).toBe('closed');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes no start time for a round with no closing date: it is open', () => {
    expect(answerWindowOf({ ...round, closesAt: null }, at(close + 30 * DAY), undefined)).toEqual({ kind: 'open' });
  });
});
