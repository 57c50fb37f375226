import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES, languageFromTag } from '../../shared/languages';

describe('the languages a young person can read the survey in', () => {
  it('reads a browser tag as one of ours: Dari from fa-AF, Farsi from fa-IR, Arabic from ar-EG', () => {
    expect(languageFromTag('fa-AF')).toBe('prs');
    expect(languageFromTag('fa-IR')).toBe('fa');
    expect(languageFromTag('fa')).toBe('fa');
    expect(languageFromTag('ar-EG')).toBe('ar');
    expect(languageFromTag('ckb-IQ')).toBe('ckb');
    expect(languageFromTag('de-DE')).toBeNull();
  });

  it('lays out right to left exactly the languages written in Arabic script', () => {
    const rtl = LANGUAGE_CODES.filter((c) => LANGUAGES[c].dir === 'rtl');
    expect(rtl.sort()).toEqual(['ar', 'ckb', 'fa', 'prs', 'ps']);
    expect(LANGUAGE_CODES.filter((c) => LANGUAGES[c].script === 'Arab').sort()).toEqual(rtl);
  });
});
