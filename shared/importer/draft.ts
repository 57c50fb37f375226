import { z } from 'zod';
import { PROMISE_TEXT_MAX_CHARS } from '../limits';
import { PromiseAudienceSchema } from '../schemas/pledge';
import { DraftSectionSchema } from '../schemas/pledge-draft';
import { ThemeIdSchema } from '../themes';

/**
 * What the importer proposes and the admin corrects before publishing. The bounds are the publishing
 * schema's, so a draft the importer makes never fails them; what does not fit becomes a warning.
 */
export const SECTION_TITLE_MAX_CHARS = DraftSectionSchema.shape.title.maxLength ?? 200;
export const SECTION_SUMMARY_MAX_CHARS = DraftSectionSchema.shape.summary.in.unwrap().maxLength ?? 500;
export const PLEDGE_TITLE_MAX_CHARS = SECTION_TITLE_MAX_CHARS;

export const ImportedPromiseSchema = z
  .object({
    text: z.string().trim().min(1).max(PROMISE_TEXT_MAX_CHARS),
    /** Suggested by keyword rules (see themes.ts); the admin confirms or changes them. */
    themes: z.array(ThemeIdSchema),
    /** Who it is about, proposed from its words and section (audience.ts); the admin confirms or changes it. */
    audience: PromiseAudienceSchema.optional(),
    /** The warnings about this promise (also in the draft's list), so a page can show them beside it. */
    notes: z.array(z.string()).optional(),
    /** A short heading the document gives this one promise ("3. Fairness" over its paragraph). */
    title: z.string().trim().min(1).max(SECTION_TITLE_MAX_CHARS).optional(),
  })
  .strict();
export type ImportedPromise = z.infer<typeof ImportedPromiseSchema>;

export const ImportedSectionSchema = z
  .object({
    title: z.string().trim().min(1).max(SECTION_TITLE_MAX_CHARS),
    summary: z.string().trim().min(1).max(SECTION_SUMMARY_MAX_CHARS).optional(),
    promises: z.array(ImportedPromiseSchema),
    /** The warnings about this section as a whole (also in the draft's list). */
    notes: z.array(z.string()).optional(),
    /**
     * When promises were taken sentence by sentence from paragraphs: every sentence of those paragraphs in
     * order, marked when it became a promise, so the preview can show what was taken and what was left.
     */
    sentences: z.array(z.object({ text: z.string(), promise: z.boolean() }).strict()).optional(),
  })
  .strict();
export type ImportedSection = z.infer<typeof ImportedSectionSchema>;

/** A part after the promises that tells young people how to complain or get in touch: kept aside, not promises. */
export const SetAsidePartSchema = z
  .object({
    title: z.string().trim().min(1).max(SECTION_TITLE_MAX_CHARS),
    items: z.array(z.string().trim().min(1).max(PROMISE_TEXT_MAX_CHARS)),
  })
  .strict();
export type SetAsidePart = z.infer<typeof SetAsidePartSchema>;

export const PledgeImportDraftSchema = z
  .object({
    /** The document's own title when it has one. */
    title: z.string().trim().min(1).max(PLEDGE_TITLE_MAX_CHARS).nullable(),
    sections: z.array(ImportedSectionSchema),
    /** Lists after the last promises that are not promises (how to complain, who to contact), in order. */
    setAside: z.array(SetAsidePartSchema),
    /** Things a person should look at before publishing, in plain words: every one, including those also noted on a section or promise. */
    warnings: z.array(z.string()),
  })
  .strict();
export type PledgeImportDraft = z.infer<typeof PledgeImportDraftSchema>;
