import { z } from 'zod';
import { LanguageCodeSchema, SOURCE_LANGUAGE } from '../languages';
import { AUDIENCES } from '../survey/audience';
import { promisesPerPersonOf } from '../survey/short-set';
import { type CouncilLanguage, offeredLanguages } from '../translations/offer';
import { sourceTexts, translated } from '../translations/texts';
import { type Council, PublicCouncilSchema } from './council';
import { type PledgeVersion, PromiseTranslationSchema } from './pledge';
import type { Round } from './round';
import { ROUND_ACCESS } from './round';

/**
 * A language the council offers besides English, with the council's texts translated from today's English
 * (text id → words; a text left out shows in English). `englishPromisesNotice`: some texts are in English,
 * and the survey says so in this language.
 */
export const PublicLanguageSchema = z.object({
  language: LanguageCodeSchema,
  englishPromisesNotice: z.boolean(),
  texts: z.record(z.string(), z.string()),
});
export type PublicLanguage = z.infer<typeof PublicLanguageSchema>;

/** What the young person's page needs, and nothing more: no themes, no staff data, no counts. */
export const PublicSurveySchema = z.object({
  council: PublicCouncilSchema,
  round: z
    .object({
      roundId: z.string(),
      name: z.string(),
      closesAt: z.string().nullable(),
      access: z.enum(ROUND_ACCESS),
      /** How many promises one young person is asked (the round's setting, resolved against the pledge). */
      promisesPerPerson: z.number().int().min(1),
      /** The promises of the junior version, for children of 8 to 13; absent, none. */
      junior: z.array(z.string()).optional(),
      /** Each young person first picks the parts of the pledge that matter to them; absent, they do not. */
      sectionsFirst: z.literal(true).optional(),
    })
    .nullable(),
  pledge: z
    .object({
      title: z.string(),
      version: z.number().int(),
      sections: z.array(
        z.object({
          sectionId: z.string(),
          title: z.string(),
          summary: z.string().optional(),
          promises: z.array(
            z.object({
              promiseId: z.string(),
              text: z.string(),
              easyRead: z.string().optional(),
              audience: z.enum(AUDIENCES).optional(),
              translations: z.record(z.string(), PromiseTranslationSchema).optional(),
            }),
          ),
        }),
      ),
    })
    .nullable(),
  /** The languages besides English the council offers young people for the open round (none without one). */
  languages: z.array(PublicLanguageSchema).default([]),
});
export type PublicSurvey = z.infer<typeof PublicSurveySchema>;

/** The languages offered for the open round besides English, each with only its up-to-date translations. */
export const publicLanguagesOf = (
  council: Council,
  pledge: PledgeVersion | null,
  records: readonly CouncilLanguage[],
  roundName: string | null,
): PublicLanguage[] => {
  const texts = sourceTexts(pledge, council.helpContacts, { council: council.name, round: roundName });
  return offeredLanguages(pledge, council.helpContacts, records)
    .filter((o) => o.language !== SOURCE_LANGUAGE)
    .map((o) => {
      const set = records.find((r) => r.settings.language === o.language)?.translations ?? {};
      const words: Record<string, string> = {};
      for (const t of texts) {
        const w = translated(set, t.id, t.source);
        if (w !== null) words[t.id] = w;
      }
      return { language: o.language, englishPromisesNotice: o.englishPromisesNotice, texts: words };
    });
};

/** An open round's answers per promise, for the phone to pick its set (shared/survey/short-set.ts). */
export const CoverageSchema = z.object({
  /** Promise id → how many rated it so far, rounded down to a multiple of 5. */
  answered: z.record(z.string(), z.number().int().min(0)),
});
export type PublicCoverage = z.infer<typeof CoverageSchema>;

export const publicSurveyOf = (
  council: Council,
  round: Round | null,
  pledge: PledgeVersion | null,
  languages: readonly CouncilLanguage[] = [],
): PublicSurvey => ({
  council: { slug: council.slug, name: council.name, helpContacts: council.helpContacts },
  round: round
    ? {
        roundId: round.roundId,
        name: round.name,
        closesAt: round.closesAt,
        access: round.access,
        promisesPerPerson: promisesPerPersonOf(
          round.promisesPerPerson,
          pledge ? pledge.sections.reduce((n, s) => n + s.promises.length, 0) : 0,
        ),
        ...(round.junior ? { junior: round.junior } : {}),
        ...(round.sectionsFirst ? { sectionsFirst: true as const } : {}),
      }
    : null,
  pledge:
    round && pledge
      ? {
          title: pledge.title,
          version: pledge.version,
          sections: pledge.sections.map((s) => ({
            sectionId: s.sectionId,
            title: s.title,
            ...(s.summary ? { summary: s.summary } : {}),
            promises: s.promises.map((p) => ({
              promiseId: p.promiseId,
              text: p.text,
              ...(p.easyRead ? { easyRead: p.easyRead } : {}),
              ...(p.audience && p.audience !== 'everyone' ? { audience: p.audience } : {}),
              ...(p.translations ? { translations: p.translations } : {}),
            })),
          })),
        }
      : null,
  languages: round && pledge ? publicLanguagesOf(council, pledge, languages, round.name) : [],
});
