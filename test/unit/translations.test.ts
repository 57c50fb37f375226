import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, UTF8_BOM } from '../../shared/csv';
import { PROMISE_TEXT_MAX_CHARS } from '../../shared/limits';
import type { PledgeContent } from '../../shared/schemas/pledge';
import {
  exportTranslationCsv,
  importTranslationCsv,
  sourceHash,
  sourceTexts,
  textId,
  translated,
  translationReport,
} from '../../shared/translations/texts';

const pledge = (promiseText: string): Pick<PledgeContent, 'sections'> => ({
  sections: [
    {
      sectionId: 's_home',
      title: 'Where you live',
      promises: [
        { promiseId: 'p_visit', text: promiseText, easyRead: 'We come to see you.', themes: [] },
        { promiseId: 'p_say', text: 'We will listen to you, even when we disagree.', themes: [] },
      ],
    },
  ],
});
const contacts = [{ name: 'Childline', description: 'Free, any time, day or night', phone: '0800 1111' }];

/** What a translator does: fills the translation column of every row, leaving the rest as it was. */
const translate = (csv: string, words: (english: string) => string): string => {
  const [head, ...rows] = parseCsv(csv) ?? [];
  return toCsv([head ?? [], ...rows.map(([id, kind, en = '', , hash]) => [id, kind, en, words(en), hash])], {
    bom: true,
  });
};

describe('the council’s and the open round’s names', () => {
  const names = { council: 'Riverside Council', round: 'Spring 2027' };
  const everythingBut = (texts: ReturnType<typeof sourceTexts>, leaveOut: string[]) =>
    Object.fromEntries(
      texts
        .filter((t) => !leaveOut.includes(t.id))
        .map((t) => [t.id, { text: `ar ${t.source}`, sourceHash: sourceHash(t.source) }]),
    );

  it('are texts a translator gets in the file, first, marked by their kind', () => {
    const rows = parseCsv(exportTranslationCsv(sourceTexts(pledge('We visit you.'), contacts, names), {})) ?? [];
    expect(rows.slice(1, 3).map((r) => r.slice(0, 3))).toEqual([
      [textId.councilName, 'council-name', 'Riverside Council'],
      [textId.roundName, 'round-name', 'Spring 2027'],
    ]);
  });

  it('never hold a language back: missing or out of date, the rest complete still counts as complete', () => {
    const texts = sourceTexts(pledge('We visit you.'), contacts, names);
    const noNames = translationReport(texts, everythingBut(texts, [textId.councilName, textId.roundName]));
    expect(noNames.complete).toBe(true);
    expect(noNames.missing.map((t) => t.id)).toEqual([textId.councilName, textId.roundName]);
    // A new round's name makes the old round's translation out of date, so the old name never shows.
    const set = everythingBut(texts, []);
    const next = sourceTexts(pledge('We visit you.'), contacts, { ...names, round: 'Autumn 2027' });
    const report = translationReport(next, set);
    expect(report.outOfDate.map((t) => t.id)).toEqual([textId.roundName]);
    expect(report.complete).toBe(true);
    expect(translated(set, textId.roundName, 'Autumn 2027')).toBeNull();
    // A promise missing still does.
    expect(translationReport(texts, everythingBut(texts, ['promise:p_say'])).complete).toBe(false);
  });
});

describe('promise translations: export for a translator, import back', () => {
  it('is a UTF-8 CSV with a byte-order mark and one row per text, each with its id, kind and hash', () => {
    const texts = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const csv = exportTranslationCsv(texts, {});
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv) ?? [];
    expect(rows[0]).toEqual(['id', 'kind', 'english', 'translation', 'source_hash']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'section:s_home',
      'promise:p_visit',
      'easy-read:p_visit',
      'promise:p_say',
      'contact:1:name',
      'contact:1:description',
    ]);
    expect(rows[2]).toEqual([
      'promise:p_visit',
      'promise',
      'We visit you every six weeks.',
      '',
      sourceHash('We visit you every six weeks.'),
    ]);
  });

  it('round trip: every text translated in the file is translated on the survey, and the report says complete', () => {
    const texts = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const before = translationReport(texts, {});
    expect(before.missing).toHaveLength(texts.length);
    const back = importTranslationCsv(
      translate(exportTranslationCsv(texts, {}), (en) => `ع ${en}`),
      texts,
      {},
      PROMISE_TEXT_MAX_CHARS,
    );
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.imported).toBe(texts.length);
    const report = translationReport(texts, back.translations);
    expect(report).toMatchObject({ complete: true, upToDate: texts.length, missing: [], outOfDate: [] });
    expect(translated(back.translations, textId.promise('p_visit'), 'We visit you every six weeks.')).toBe(
      'ع We visit you every six weeks.',
    );
    // Downloading again gives the translator the same words to check.
    expect(exportTranslationCsv(texts, back.translations)).toBe(
      translate(exportTranslationCsv(texts, {}), (en) => `ع ${en}`),
    );
  });

  it('a promise reworded in a new pledge version marks its translation out of date, and the survey shows the English', () => {
    const v1 = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const back = importTranslationCsv(
      translate(exportTranslationCsv(v1, {}), (en) => `ع ${en}`),
      v1,
      {},
      PROMISE_TEXT_MAX_CHARS,
    );
    if (!back.ok) throw new Error('import failed');
    const v2 = sourceTexts(pledge('We visit you every four weeks.'), contacts);
    const report = translationReport(v2, back.translations);
    expect(report.complete).toBe(false);
    expect(report.outOfDate.map((t) => t.id)).toEqual(['promise:p_visit']);
    expect(report.upToDate).toBe(v2.length - 1);
    expect(translated(back.translations, 'promise:p_visit', 'We visit you every four weeks.')).toBeNull();
    // The next download leaves that row empty for the translator.
    const row = (parseCsv(exportTranslationCsv(v2, back.translations)) ?? []).find((r) => r[0] === 'promise:p_visit');
    expect(row?.[3]).toBe('');
  });

  it('a file translated from the old English imports as out of date, not as current', () => {
    const v1 = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const oldFile = translate(exportTranslationCsv(v1, {}), (en) => `ع ${en}`);
    const v2 = sourceTexts(pledge('We visit you every four weeks.'), contacts);
    const back = importTranslationCsv(oldFile, v2, {}, PROMISE_TEXT_MAX_CHARS);
    if (!back.ok) throw new Error('import failed');
    expect(translationReport(v2, back.translations).outOfDate.map((t) => t.id)).toEqual(['promise:p_visit']);
  });

  it('an empty translation leaves the one already kept; the rows may come in any order', () => {
    const texts = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const first = importTranslationCsv(
      translate(exportTranslationCsv(texts, {}), (en) => `ع ${en}`),
      texts,
      {},
      1000,
    );
    if (!first.ok) throw new Error('import failed');
    const [head, ...rows] = parseCsv(exportTranslationCsv(texts, {})) ?? [];
    const shuffled = toCsv([
      head ?? [],
      ...rows.reverse().map((r, i) => (i === 0 ? [r[0], r[1], r[2], 'جديد', r[4]] : r)),
    ]);
    const second = importTranslationCsv(shuffled, texts, first.translations, 1000);
    if (!second.ok) throw new Error('import failed');
    expect(second.imported).toBe(1);
    expect(second.translations['contact:1:description']?.text).toBe('جديد');
    expect(second.translations['promise:p_visit']?.text).toBe('ع We visit you every six weeks.');
  });

  it('a bad file is refused with the rows to fix: wrong columns, unknown ids, a repeated id, a changed hash', () => {
    const texts = sourceTexts(pledge('We visit you every six weeks.'), contacts);
    const wrongHead = importTranslationCsv('id,english,arabic\r\npromise:p_visit,x,y\r\n', texts, {}, 1000);
    expect(wrongHead).toEqual({ ok: false, problems: [expect.objectContaining({ row: 1 })] });
    if (!wrongHead.ok) expect(wrongHead.problems[0]?.message).toContain('id, kind, english, translation, source_hash');
    const h = sourceHash('We visit you every six weeks.');
    const bad = importTranslationCsv(
      toCsv([
        ['id', 'kind', 'english', 'translation', 'source_hash'],
        ['promise:p_visit', 'promise', 'x', 'ع', h],
        ['promise:p_gone', 'promise', 'x', 'ع', h],
        ['promise:p_visit', 'promise', 'x', 'ع', h],
        ['promise:p_say', 'promise', 'x', 'ع', 'edited'],
        ['section:s_home', 'section', 'x'],
      ]),
      texts,
      {},
      1000,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.row)).toEqual([3, 4, 5, 6]);
      expect(bad.problems[0]?.message).toContain('"promise:p_gone" is not a text of this pledge');
    }
    expect(importTranslationCsv('id,kind\r\n"open', texts, {}, 1000).ok).toBe(false);
  });

  it('whatever the words (commas, quotes, line breaks, Arabic, a leading "="), they read back as written', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ع', 'ሰ', ',', '"', '\n', '\r\n', ' ', '=', '-', "'", '+') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A cell that itself starts with an apostrophe and a formula sign is the one thing a
        // spreadsheet-safe file cannot tell apart from a guarded one.
        fc.pre(rows.every((r) => r.every((c) => !/^'[=+\-@\t\r]/.test(c))));
        expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
      }),
    );
  });
});
