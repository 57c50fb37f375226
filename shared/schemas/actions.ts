import { z } from 'zod';
import { PromiseIdSchema } from '../ids';
import { ACTION_TEXT_MAX_CHARS } from '../limits';

/** "You said, we did": what the council does about a promise after a round. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  'in-progress': 'Started',
  done: 'Done',
};

const DueSchema = z.iso.date({ error: 'A due date is a day such as 2027-03-31' });

const fields = {
  promiseId: PromiseIdSchema,
  action: z
    .string({ error: 'Say what will be done' })
    .trim()
    .min(1, 'Say what will be done')
    .max(ACTION_TEXT_MAX_CHARS, `An action can be at most ${ACTION_TEXT_MAX_CHARS} characters`),
  owner: z
    .string()
    .trim()
    .max(120, 'Who does it: at most 120 characters')
    .optional()
    .transform((s) => s || undefined),
  due: DueSchema.optional(),
  status: z.enum(ACTION_STATUSES, { error: () => `Status must be one of: ${ACTION_STATUSES.join(', ')}` }),
  /** Only published actions are shown to young people. */
  published: z.boolean(),
};

export const NewActionSchema = z
  .object({ ...fields, status: fields.status.default('planned'), published: fields.published.default(false) })
  .strict();
export type NewAction = z.infer<typeof NewActionSchema>;

/** A change names the version it was made from, so two people editing at once do not overwrite each other. */
export const ActionChangeSchema = z
  .object({
    action: fields.action.optional(),
    owner: z.string().trim().max(120).nullable().optional(),
    due: DueSchema.nullable().optional(),
    status: fields.status.optional(),
    published: fields.published.optional(),
    version: z.number({ error: 'Send the version you changed (from the action as you read it)' }).int().min(1),
  })
  .strict();
export type ActionChange = z.infer<typeof ActionChangeSchema>;

export const ActionSchema = z.object({
  actionId: z.string(),
  councilId: z.string(),
  roundId: z.string(),
  promiseId: z.string(),
  action: z.string(),
  owner: z.string().optional(),
  due: z.string().optional(),
  status: z.enum(ACTION_STATUSES),
  published: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  version: z.number().int(),
  /** Set when the words read above the age the survey is written for (never stored; worked out on reading). */
  wordsWarning: z.string().optional(),
});
export type Action = z.infer<typeof ActionSchema>;

/** What the young person's thank-you page reads: published actions only, and nothing about staff. */
export const PublicActionsSchema = z.object({
  round: z.object({ name: z.string() }).nullable(),
  actions: z.array(
    z.object({
      promiseText: z.string(),
      action: z.string(),
      owner: z.string().optional(),
      due: z.string().optional(),
      status: z.enum(ACTION_STATUSES),
    }),
  ),
});
export type PublicActions = z.infer<typeof PublicActionsSchema>;
