import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOM_GROUPS } from '../../shared/sessions/groups';
import { councilNameIn, councilNamesOf, promiseWordsFor, promiseWordsIn } from '../../shared/sessions/words';

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

const promise = {
  promiseId: 'p_home',
  text: 'We will tell you about your new home.',
  easyRead: 'We tell you about your home.',
};
const arabic = [
  { language: 'ar', texts: { 'promise:p_home': 'سنخبرك عن بيتك الجديد.', 'easy-read:p_home': 'نخبرك عن بيتك.' } },
];

describe('a promise on a phone in a live session', () => {
  it('shows the translated easy-read words in a junior session, the translated words a step behind', () => {
    expect(promiseWordsIn('junior', promise, 'ar', arabic)).toEqual({
      shown: 'نخبرك عن بيتك.',
      full: 'سنخبرك عن بيتك الجديد.',
      lang: 'ar',
    });
    expect(promiseWordsIn('mixed', promise, 'ar', arabic)).toEqual({
      shown: 'سنخبرك عن بيتك الجديد.',
      full: null,
      lang: 'ar',
    });
  });

  it('never puts English easy-read words beside a translated promise', () => {
    const noEasy = [{ language: 'ar', texts: { 'promise:p_home': 'سنخبرك عن بيتك الجديد.' } }];
    expect(promiseWordsIn('junior', promise, 'ar', noEasy)).toEqual({
      shown: 'سنخبرك عن بيتك الجديد.',
      full: null,
      lang: 'ar',
    });
  });

  it('shows a promise not translated, or a language the council does not offer, in English marked as English', () => {
    expect(promiseWordsIn('junior', promise, 'ps', arabic)).toEqual({
      shown: promise.easyRead,
      full: promise.text,
      lang: 'en',
    });
    expect(promiseWordsIn('mixed', { ...promise, promiseId: 'p_other' }, 'ar', arabic).lang).toBe('en');
  });
});

describe('the council’s name on a phone in a live session', () => {
  const languages: { language: string; texts: Record<string, string> }[] = [
    { language: 'ar', texts: { 'council:name': 'مجلس ريفرسايد', 'promise:p_a': 'وعد' } },
    { language: 'ps', texts: { 'promise:p_a': 'ژمنه' } },
  ];
  it('is in the phone’s language where the council translated it, else English, marked English', () => {
    const names = councilNamesOf(languages);
    expect(names).toEqual({ ar: 'مجلس ريفرسايد' });
    expect(councilNameIn('Riverside Council', 'ar', names)).toEqual({ text: 'مجلس ريفرسايد', lang: 'ar' });
    expect(councilNameIn('Riverside Council', 'ps', names)).toEqual({ text: 'Riverside Council', lang: 'en' });
    expect(councilNameIn('Riverside Council', 'ar', {})).toEqual({ text: 'Riverside Council', lang: 'en' });
  });
});
