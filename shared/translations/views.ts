import { z } from 'zod';
import { LanguageCodeSchema } from '../languages';
import { PROMISE_TEXT_MAX_CHARS } from '../limits';
import { TEXT_KINDS } from './texts';

/** One of the council's texts as the Languages page lists it. */
export const LanguageTextViewSchema = z.object({
  id: z.string(),
  kind: z.enum(TEXT_KINDS),
  english: z.string(),
  /** The translation kept, even when out of date (so the admin sees what to fix); null when none. */
  translation: z.string().nullable(),
  status: z.enum(['up-to-date', 'missing', 'out-of-date']),
  /** A name: shown in English until translated, without keeping the language from young people. */
  optional: z.boolean(),
});

export const LanguageViewSchema = z.object({
  language: LanguageCodeSchema,
  switchedOn: z.boolean(),
  englishPromisesNotice: z.boolean(),
  screenWordsCheck: z.object({ checkedBy: z.string(), checkedAt: z.string() }).nullable(),
  /** Offered to young people in the open round's survey now. */
  offered: z.boolean(),
  report: z.object({
    total: z.number().int(),
    upToDate: z.number().int(),
    missing: z.number().int(),
    outOfDate: z.number().int(),
    /** Of the missing and out of date, the names (optional: they show in English meanwhile). */
    optionalLeft: z.number().int(),
    complete: z.boolean(),
  }),
  texts: z.array(LanguageTextViewSchema),
  version: z.number().int().min(0),
});
export type LanguageView = z.infer<typeof LanguageViewSchema>;

export const LanguagesOverviewSchema = z.object({ languages: z.array(LanguageViewSchema) });

export const LanguageSettingsChangeSchema = z.object({
  switchedOn: z.boolean(),
  englishPromisesNotice: z.boolean(),
  /** The name of the fluent speaker who checked the screen words; recorded with today's date. Leave out to keep the check. */
  checkedBy: z.string().trim().min(1, 'Give the name of the fluent speaker who checked the words').max(120).optional(),
  version: z.number().int().min(0),
});
export type LanguageSettingsChange = z.infer<typeof LanguageSettingsChangeSchema>;

export const TranslationUploadSchema = z.object({
  csv: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is too large (over 2 MB)'),
  version: z.number().int().min(0),
});

export const TranslationEditSchema = z.object({
  /** Empty removes the translation (the English shows). */
  text: z.string().trim().max(PROMISE_TEXT_MAX_CHARS),
  version: z.number().int().min(0),
});

/** A file's problems come back as a 400 whose issues have the path `row N`, one per row to fix. */
export const rowPath = (row: number) => `row ${row}`;
