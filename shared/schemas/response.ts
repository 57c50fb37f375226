import { z } from 'zod';
import { AboutYouSchema } from '../cohort';
import { PromiseIdSchema, SubmissionIdSchema } from '../ids';
import { COMMENT_MAX_CHARS, MAX_COMMENTS_PER_SUBMISSION, MAX_PROMISES_PER_PLEDGE } from '../limits';
import { RatingSchema } from '../rating';
import { hasVisibleText } from '../text/normalise';

export const CommentSchema = z
  .object({
    /** The promise the comment is about, or absent for "What is one thing we should change?". */
    promiseId: PromiseIdSchema.optional(),
    text: z
      .string()
      .trim()
      .min(1, 'A comment cannot be empty')
      .max(COMMENT_MAX_CHARS, `A comment can be at most ${COMMENT_MAX_CHARS} characters`)
      // Kept as written; only the check ignores characters nobody can see (a pasted run of zero-width spaces).
      .refine(hasVisibleText, 'A comment cannot be empty'),
  })
  .strict();
export type Comment = z.infer<typeof CommentSchema>;

/** What the survey page sends. Nothing here identifies the young person. */
export const SubmissionSchema = z
  .object({
    submissionId: SubmissionIdSchema,
    ratings: z
      .record(PromiseIdSchema, RatingSchema, {
        error: (i) =>
          i.input === undefined
            ? 'ratings is missing: send an object of promise id → answer (it may be empty)'
            : undefined,
      })
      .refine((r) => Object.keys(r).length <= MAX_PROMISES_PER_PLEDGE, `At most ${MAX_PROMISES_PER_PLEDGE} ratings`),
    about: AboutYouSchema.optional(),
    comments: z
      .array(CommentSchema)
      .max(MAX_COMMENTS_PER_SUBMISSION, `At most ${MAX_COMMENTS_PER_SUBMISSION} comments can be sent at once`)
      .optional(),
    /**
     * When the survey was started on the phone, by the phone's clock. Read only after the round closed, to take
     * answers started before the close (shared/late-answers.ts); never stored (docs/data-model.md, "Late answers").
     */
    startedAt: z.iso.datetime({ error: 'startedAt must be a time like 2026-12-14T16:40:00Z' }).optional(),
    /** The one-time code of a round that asks for one (printed on a card); never stored with the answers. */
    accessCode: z.string().trim().min(4).max(16).optional(),
  })
  .strict()
  .refine((s) => Object.keys(s.ratings).length > 0 || (s.comments?.length ?? 0) > 0, {
    message: 'Rate at least one promise or write a comment before sending',
    path: ['ratings'],
  });
export type Submission = z.infer<typeof SubmissionSchema>;

/** What the server answers to a submission, also to a resend: the id and the day it first arrived, nothing more. */
export const SubmissionReceiptSchema = z.object({
  submissionId: SubmissionIdSchema,
  receivedOn: z.iso.date(),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceiptSchema>;
