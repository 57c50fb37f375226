import { parseCsv, toCsv } from '../csv';
import type { HelpContact } from '../schemas/council';
import type { PledgeContent } from '../schemas/pledge';
import { textId } from './text-ids';

/**
 * Everything a young person reads that a council writes: each promise, its easy-read words, each
 * section's title and each help contact's name and description. A translation is kept per text id,
 * with the hash of the English it was made from, so a promise reworded in a new pledge version shows
 * as out of date instead of quietly showing the old meaning.
 */
export const TEXT_KINDS = [
  'promise',
  'easy-read',
  'section',
  'contact-name',
  'contact-description',
  'council-name',
  'round-name',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface SourceText {
  id: string;
  kind: TextKind;
  source: string;
  /**
   * Shown in English until translated, without keeping the language from young people: a name (the council's,
   * the open round's) may rightly stay as it is, and a new round's name must not switch a language off.
   */
  optional?: true;
}

/** The names a young person reads beside the pledge: the council's, and the open round's when one is open. */
export interface TextNames {
  council?: string;
  round?: string | null;
}

export { textId } from './text-ids';

export const sourceTexts = (
  pledge: Pick<PledgeContent, 'sections'> | null,
  contacts: readonly HelpContact[],
  names: TextNames = {},
): SourceText[] => [
  ...(names.council
    ? [{ id: textId.councilName, kind: 'council-name' as const, source: names.council, optional: true as const }]
    : []),
  ...(names.round
    ? [{ id: textId.roundName, kind: 'round-name' as const, source: names.round, optional: true as const }]
    : []),
  ...(pledge?.sections ?? []).flatMap((s) => [
    { id: textId.section(s.sectionId), kind: 'section' as const, source: s.title },
    ...s.promises.flatMap((p) => [
      { id: textId.promise(p.promiseId), kind: 'promise' as const, source: p.text },
      ...(p.easyRead ? [{ id: textId.easyRead(p.promiseId), kind: 'easy-read' as const, source: p.easyRead }] : []),
    ]),
  ]),
  ...contacts.flatMap((c, i) => [
    { id: textId.contactName(i), kind: 'contact-name' as const, source: c.name },
    ...(c.description
      ? [{ id: textId.contactDescription(i), kind: 'contact-description' as const, source: c.description }]
      : []),
  ]),
];

/**
 * A short fingerprint of an English text (FNV-1a over its UTF-8 bytes, 8 hex digits): it tells a changed
 * source from an unchanged one; it is not a secret. Spaces at the ends and runs of spaces do not count.
 */
export const sourceHash = (text: string): string => {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text.trim().replace(/\s+/g, ' '))) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};

export interface StoredTranslation {
  text: string;
  /** The hash of the English the translator worked from. */
  sourceHash: string;
}
export type TranslationSet = Record<string, StoredTranslation>;

export interface TranslationReport {
  total: number;
  /** Translated from the English shown today. */
  upToDate: number;
  missing: SourceText[];
  /** Translated, but the English changed since (a reworded promise). */
  outOfDate: SourceText[];
  /** Of the missing and out of date, how many are optional (the names, which show in English meanwhile). */
  optionalLeft: number;
  /** Nothing but optional texts (the names) is missing or out of date: the language can be offered. */
  complete: boolean;
}

export const translationReport = (texts: readonly SourceText[], set: TranslationSet): TranslationReport => {
  const missing = texts.filter((t) => !set[t.id]);
  const outOfDate = texts.filter((t) => set[t.id] && set[t.id]?.sourceHash !== sourceHash(t.source));
  const upToDate = texts.length - missing.length - outOfDate.length;
  return {
    total: texts.length,
    upToDate,
    missing,
    outOfDate,
    optionalLeft: [...missing, ...outOfDate].filter((t) => t.optional).length,
    complete: [...missing, ...outOfDate].every((t) => t.optional),
  };
};

/** The words a young person sees for a text: the translation when it is up to date, else null (show the English). */
export const translated = (set: TranslationSet | undefined, id: string, source: string): string | null => {
  const t = set?.[id];
  return t && t.sourceHash === sourceHash(source) ? t.text : null;
};

export const TRANSLATION_CSV_COLUMNS = ['id', 'kind', 'english', 'translation', 'source_hash'] as const;

/**
 * The file for a translator: one row per text, with today's English, the translation already made when
 * it is up to date, and the hash of today's English. A row whose translation is out of date is exported
 * with an empty translation, so the translator sees it must be done again.
 */
export const exportTranslationCsv = (texts: readonly SourceText[], set: TranslationSet): string =>
  toCsv(
    [
      [...TRANSLATION_CSV_COLUMNS],
      ...texts.map((t) => {
        const hash = sourceHash(t.source);
        const current = set[t.id]?.sourceHash === hash ? set[t.id]?.text : '';
        return [t.id, t.kind, t.source, current, hash];
      }),
    ],
    { bom: true },
  );

export interface CsvProblem {
  /** The row in the file as a spreadsheet numbers it (the heading row is 1). */
  row: number;
  message: string;
}

export type ImportResult =
  | { ok: true; translations: TranslationSet; imported: number }
  | { ok: false; problems: CsvProblem[] };

/**
 * Reads a translator's file back. Rows are matched by id (their order does not matter); an empty
 * translation is left as it was. Every problem is given with its row, so the admin can fix the file.
 * The translations kept carry the hash the file says the translator worked from: a file made before
 * the English changed imports as out of date.
 */
export const importTranslationCsv = (
  csv: string,
  texts: readonly SourceText[],
  existing: TranslationSet,
  maxChars: number,
): ImportResult => {
  const rows = parseCsv(csv);
  if (!rows)
    return { ok: false, problems: [{ row: 0, message: 'A quote mark (") is not closed, so the file cannot be read' }] };
  const data = rows.filter((r) => r.some((c) => c.trim() !== ''));
  const header = (data[0] ?? []).map((c) => c.trim().toLowerCase());
  const expected = TRANSLATION_CSV_COLUMNS.join(', ');
  if (header.join(',') !== TRANSLATION_CSV_COLUMNS.join(',')) {
    return {
      ok: false,
      problems: [
        {
          row: 1,
          message: `The first row must be the column names ${expected}; it is ${header.join(', ') || 'empty'}. Start from the file you downloaded.`,
        },
      ],
    };
  }
  const byId = new Map(texts.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const problems: CsvProblem[] = [];
  const translations: TranslationSet = { ...existing };
  let imported = 0;
  rows.forEach((cells, index) => {
    const row = index + 1;
    if (index === 0 || !cells.some((c) => c.trim() !== '')) return;
    if (cells.length !== TRANSLATION_CSV_COLUMNS.length) {
      problems.push({
        row,
        message: `Row ${row} has ${cells.length} columns; it needs ${TRANSLATION_CSV_COLUMNS.length} (${expected})`,
      });
      return;
    }
    const [id = '', , , translation = '', hash = ''] = cells.map((c) => c.trim());
    if (!byId.has(id)) {
      problems.push({ row, message: `Row ${row}: "${id}" is not a text of this pledge or its help contacts` });
      return;
    }
    if (seen.has(id)) {
      problems.push({ row, message: `Row ${row}: "${id}" is in the file twice` });
      return;
    }
    seen.add(id);
    if (translation === '') return;
    if (translation.length > maxChars) {
      problems.push({ row, message: `Row ${row}: the translation is longer than ${maxChars} characters` });
      return;
    }
    if (!/^[0-9a-f]{8}$/.test(hash)) {
      problems.push({
        row,
        message: `Row ${row}: the source_hash column was changed; copy it back from the downloaded file`,
      });
      return;
    }
    translations[id] = { text: translation, sourceHash: hash };
    imported += 1;
  });
  return problems.length ? { ok: false, problems } : { ok: true, translations, imported };
};
