/** `npm start`'s Riverside has every text in Arabic: the survey offers Arabic with no notice that promises are in English. */
import { describe, expect, it } from 'vitest';
import { DEMO_ARABIC } from '../../functions/local/demo-arabic';
import { DEMO_COUNCIL, DEMO_PLEDGE_MARKED, DEMO_ROUND_NAME } from '../../functions/local/demo-council';
import { PROMISE_TEXT_MAX_CHARS } from '../../shared/limits';
import { offeredLanguages } from '../../shared/translations/offer';
import { sourceHash, sourceTexts, translationReport } from '../../shared/translations/texts';

const texts = sourceTexts(DEMO_PLEDGE_MARKED, DEMO_COUNCIL.helpContacts, {
  council: DEMO_COUNCIL.name,
  round: DEMO_ROUND_NAME,
});
const translations = Object.fromEntries(
  texts.map((t) => [t.id, { text: DEMO_ARABIC[t.id] ?? '', sourceHash: sourceHash(t.source) }]),
);

describe('the demo council’s Arabic', () => {
  it('translates every promise, easy-read text, section title and help contact, the council’s and round’s names, and nothing else', () => {
    expect(Object.keys(DEMO_ARABIC).sort()).toEqual(texts.map((t) => t.id).sort());
    expect(translationReport(texts, translations).complete).toBe(true);
  });

  it('is written in Arabic script, within a promise’s length', () => {
    for (const [id, text] of Object.entries(DEMO_ARABIC)) {
      expect(text, id).toMatch(/^[\u0600-\u06FF0-9\s،.]+$/);
      expect(text.length, id).toBeLessThanOrEqual(PROMISE_TEXT_MAX_CHARS);
    }
  });

  it('is offered with no notice that the promises are in English, once switched on after the check', () => {
    const settings = {
      language: 'ar' as const,
      switchedOn: true,
      englishPromisesNotice: false,
      screenWordsCheck: { checkedBy: 'A fluent reader', checkedAt: new Date().toISOString() },
    };
    expect(
      offeredLanguages(DEMO_PLEDGE_MARKED, DEMO_COUNCIL.helpContacts, [{ settings, translations }]),
    ).toContainEqual({ language: 'ar', englishPromisesNotice: false });
  });
});
