import { z } from 'zod';
import { type LanguageCode, LanguageCodeSchema, SOURCE_LANGUAGE, TRANSLATION_LANGUAGES } from '../languages';
import type { HelpContact } from '../schemas/council';
import type { PledgeContent } from '../schemas/pledge';
import { sourceTexts, type TranslationSet, translationReport } from './texts';

/** The record that a fluent speaker checked the product's screen words in a language for this council. */
export const ScreenWordsCheckSchema = z.object({
  checkedBy: z.string().trim().min(1, 'Say who checked the screen words').max(120),
  checkedAt: z.iso.datetime(),
});
export type ScreenWordsCheck = z.infer<typeof ScreenWordsCheckSchema>;

/** A council's choices for one language other than English. */
export const LanguageSettingsSchema = z.object({
  language: LanguageCodeSchema,
  /** Offered to the council's young people (never before the screen words were checked). */
  switchedOn: z.boolean(),
  /** Offer the language even while its promises are not all translated, with a plain notice that they are in English. */
  englishPromisesNotice: z.boolean(),
  /** Until this is recorded the language's screen words are a draft for this council. */
  screenWordsCheck: ScreenWordsCheckSchema.nullable(),
});
export type LanguageSettings = z.infer<typeof LanguageSettingsSchema>;

export const defaultLanguageSettings = (language: LanguageCode): LanguageSettings => ({
  language,
  switchedOn: false,
  englishPromisesNotice: false,
  screenWordsCheck: null,
});

/** Why a language can or cannot be switched on: it needs the fluent speaker's check first. */
export const switchOnProblem = (settings: LanguageSettings): string | null =>
  settings.switchedOn && !settings.screenWordsCheck
    ? 'Record that a fluent speaker checked the screen words before switching this language on'
    : null;

export interface OfferedLanguage {
  language: LanguageCode;
  /** True when some of the council's texts show in English, so the survey says so in this language. */
  englishPromisesNotice: boolean;
}

export interface CouncilLanguage {
  settings: LanguageSettings;
  translations: TranslationSet;
}

/**
 * The languages a council offers its young people for its open round: English always; another language
 * only when it is switched on after a fluent speaker checked its screen words, and either every text of the
 * open round's pledge and the council's help contacts is translated from today's English, or the council
 * chose to offer it with a notice that the promises are in English.
 */
export const offeredLanguages = (
  pledge: Pick<PledgeContent, 'sections'> | null,
  contacts: readonly HelpContact[],
  languages: readonly CouncilLanguage[],
): OfferedLanguage[] => {
  const texts = sourceTexts(pledge, contacts);
  const offered: OfferedLanguage[] = [{ language: SOURCE_LANGUAGE, englishPromisesNotice: false }];
  for (const code of TRANSLATION_LANGUAGES) {
    const entry = languages.find((l) => l.settings.language === code);
    if (!entry?.settings.switchedOn || !entry.settings.screenWordsCheck) continue;
    const complete = translationReport(texts, entry.translations).complete;
    if (complete) offered.push({ language: code, englishPromisesNotice: false });
    else if (entry.settings.englishPromisesNotice) offered.push({ language: code, englishPromisesNotice: true });
  }
  return offered;
};

/** The language the survey shows: the one asked for when the council offers it, else English. */
export const shownLanguage = (wanted: string | null | undefined, offered: readonly OfferedLanguage[]): LanguageCode =>
  offered.find((o) => o.language === wanted)?.language ?? SOURCE_LANGUAGE;

export const TranslationSetSchema = z.record(
  z.string().min(1).max(80),
  z.object({ text: z.string().min(1), sourceHash: z.string().regex(/^[0-9a-f]{8}$/) }),
);

/** What the store keeps for one council and language; `version` counts its writes (0: nothing stored yet). */
export const CouncilLanguageRecordSchema = z.object({
  settings: LanguageSettingsSchema,
  translations: TranslationSetSchema,
  version: z.number().int().min(0),
});
export type CouncilLanguageRecord = z.infer<typeof CouncilLanguageRecordSchema>;

export const emptyCouncilLanguage = (language: LanguageCode): CouncilLanguageRecord => ({
  settings: defaultLanguageSettings(language),
  translations: {},
  version: 0,
});
