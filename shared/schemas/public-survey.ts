import { z } from 'zod';
import { type Council, PublicCouncilSchema } from './council';
import { type PledgeVersion, PromiseTranslationSchema } from './pledge';
import type { Round } from './round';
import { ROUND_ACCESS } from './round';

/** What the young person's page needs, and nothing more: no themes, no staff data, no counts. */
export const PublicSurveySchema = z.object({
  council: PublicCouncilSchema,
  round: z
    .object({
      roundId: z.string(),
      name: z.string(),
      closesAt: z.string().nullable(),
      access: z.enum(ROUND_ACCESS),
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
              translations: z.record(z.string(), PromiseTranslationSchema).optional(),
            }),
          ),
        }),
      ),
    })
    .nullable(),
});
export type PublicSurvey = z.infer<typeof PublicSurveySchema>;

export const publicSurveyOf = (council: Council, round: Round | null, pledge: PledgeVersion | null): PublicSurvey => ({
  council: { slug: council.slug, name: council.name, helpContacts: council.helpContacts },
  round: round ? { roundId: round.roundId, name: round.name, closesAt: round.closesAt, access: round.access } : null,
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
              ...(p.translations ? { translations: p.translations } : {}),
            })),
          })),
        }
      : null,
});
