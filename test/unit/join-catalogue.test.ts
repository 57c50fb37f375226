import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RATINGS } from '../../shared/rating';
import { SESSION_GROUPS } from '../../shared/sessions/groups';
import { pickJoinLanguage } from '../../web/src/join/i18n';
import { ar } from '../../web/src/join/i18n/ar';
import { en } from '../../web/src/join/i18n/en';

describe('the live-session phone pages’ words', () => {
  it('has every word in Arabic as well as English, none left empty or in English', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    const arabic = /[\u0600-\u06ff]/;
    for (const [key, value] of Object.entries(ar)) {
      if (key === 'lang' || key === 'dir') continue;
      const text =
        typeof value === 'function'
          ? String(value(1, 3))
          : typeof value === 'string'
            ? value
            : Object.values(value).join(' ');
      expect(text, key).toMatch(arabic);
    }
    for (const g of SESSION_GROUPS) expect(ar.groups[g]).toMatch(arabic);
    for (const r of RATINGS) expect(ar.ratings[r]).toMatch(arabic);
    expect(ar.dir).toBe('rtl');
  });

  it('keeps the English words the phones said before', () => {
    expect(en.waitingTitle).toBe('You’re in!');
    expect(en.voteIn).toBe('Your vote is in. You can change it until voting closes.');
    expect(en.ratings.yes).toBe('Yes, kept');
    expect(en.promiseCount(1, 3)).toBe('Promise 1 of 3');
  });

  it('follows the language picked on this phone, else the phone’s language where the pages have it', () => {
    expect(pickJoinLanguage(null, ['ar-EG', 'en-GB'])).toBe('ar');
    expect(pickJoinLanguage(null, ['ps-AF', 'en-GB'])).toBe('ps');
    expect(pickJoinLanguage(null, ['fa-AF'])).toBe('prs');
    expect(pickJoinLanguage(null, ['fr-FR'])).toBe('en');
    expect(pickJoinLanguage('ar', ['en-GB'])).toBe('ar');
    expect(pickJoinLanguage('en', ['ar-EG'])).toBe('en');
    expect(pickJoinLanguage('xx', ['ar-EG'])).toBe('ar');
  });

  it('no page of web/src/join writes its words by hand', () => {
    for (const f of [
      'CodeForm.tsx',
      'GroupForm.tsx',
      'VoteView.tsx',
      'JoinApp.tsx',
      'JoinFrame.tsx',
      'use-live-session.ts',
    ]) {
      const source = readFileSync(new URL(`../../web/src/join/${f}`, import.meta.url), 'utf8');
      // Text between tags, and quoted sentences, are the catalogue's only.
      expect(source, f).not.toMatch(/>\s*[A-Z][a-z’']+(?: [a-z’']+)+[.!?…]?\s*</);
      expect(source, f).not.toMatch(/'[A-Z][a-z]+(?: [a-z]+){2,}[.…]'/);
    }
  });
});
