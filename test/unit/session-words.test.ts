import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOM_GROUPS } from '../../shared/sessions/groups';
import { promiseWordsFor } from '../../shared/sessions/words';

describe('the words a session shows of a promise', () => {
  it('a junior session shows the easy-read words, with the full promise behind them', () => {
    expect(promiseWordsFor('junior', { text: 'We will explain why.', easyRead: 'We will tell you why.' })).toEqual({
      shown: 'We will tell you why.',
      full: 'We will explain why.',
    });
  });
  it('a junior session shows the full promise where there are no easy-read words', () => {
    expect(promiseWordsFor('junior', { text: 'We will explain why.' })).toEqual({
      shown: 'We will explain why.',
      full: null,
    });
  });
  it('every other session shows the council’s own words, whatever the promise has', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROOM_GROUPS.filter((r) => r !== 'junior')),
        fc.string({ minLength: 1 }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (room, text, easyRead) => {
          expect(promiseWordsFor(room, { text, easyRead })).toEqual({ shown: text, full: null });
        },
      ),
    );
  });
});
