import { describe, expect, it } from 'vitest';
import { voiceFor } from '../../web/src/survey/speech';

const phone = (...langs: string[]) => langs.map((lang) => ({ lang, name: lang }));

describe('the voice for the language on the screen', () => {
  it('takes one of the language’s own speech tags first, then any voice of the same language', () => {
    expect(voiceFor('en', phone('en-US', 'en-GB'))?.lang).toBe('en-GB');
    expect(voiceFor('ar', phone('en-GB', 'ar-SA'))?.lang).toBe('ar-SA');
    // Android writes some tags with an underscore.
    expect(voiceFor('uk', phone('uk_UA'))?.lang).toBe('uk_UA');
    // Dari goes by fa-AF on phones that have it, before a Farsi voice from Iran.
    expect(voiceFor('prs', phone('fa-IR', 'fa-AF'))?.lang).toBe('fa-AF');
  });

  it('finds none rather than an English voice for a language the phone cannot speak', () => {
    expect(voiceFor('ps', phone('en-GB', 'ar-SA'))).toBeUndefined();
    expect(voiceFor('ti', phone('en-GB', 'am-ET'))).toBeUndefined();
    expect(voiceFor('ar', [])).toBeUndefined();
  });
});
