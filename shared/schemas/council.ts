import { z } from 'zod';
import { CONTACT_AUDIENCES } from '../help-audience';
import { CouncilIdSchema, SlugSchema } from '../ids';
import {
  COMMENT_RETENTION_DAYS,
  DEFAULT_COMMENT_RETENTION_DAYS,
  DEFAULT_THRESHOLDS,
  MAX_HELP_CONTACTS,
  URGENT_ACKNOWLEDGE_MINUTES,
} from '../limits';

const ContactAudienceSchema = z.enum(CONTACT_AUDIENCES, {
  error: () => `Who a contact is for must be one of: ${CONTACT_AUDIENCES.join(', ')}`,
});

export const HelpContactSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(300).optional(),
    phone: z.string().trim().max(40).optional(),
    url: z.url().max(300).optional(),
    /** Who it is for (absent: everyone). */
    audience: ContactAudienceSchema.optional(),
  })
  .strict();
export type HelpContact = z.infer<typeof HelpContactSchema>;

const percent = (colour: string) =>
  z
    .number({ error: `Give the ${colour} score as a number from 0 to 100` })
    .min(0, `The ${colour} score is 0 to 100`)
    .max(100, `The ${colour} score is 0 to 100`);
export const ThresholdsSchema = z
  .object({ green: percent('green'), amber: percent('amber') })
  .strict()
  .refine((t) => t.amber <= t.green, { message: 'The amber score must not be above the green score', path: ['amber'] });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const CouncilSchema = z
  .object({
    councilId: CouncilIdSchema,
    slug: SlugSchema,
    name: z.string().trim().min(1).max(120),
    helpContacts: z.array(HelpContactSchema).max(MAX_HELP_CONTACTS).default([]),
    thresholds: ThresholdsSchema.default({ ...DEFAULT_THRESHOLDS }),
    commentRetentionDays: z
      .number()
      .int()
      .min(COMMENT_RETENTION_DAYS.min)
      .max(COMMENT_RETENTION_DAYS.max)
      .default(DEFAULT_COMMENT_RETENTION_DAYS),
    /** The operator's own test or training council: never counted in the benchmark (absent: a real council). */
    testCouncil: z.boolean().optional(),
    /** Minutes an urgent comment may wait for someone to acknowledge its alert before the lead is alerted again. */
    urgentAcknowledgeMinutes: z
      .number()
      .int()
      .min(URGENT_ACKNOWLEDGE_MINUTES.min)
      .max(URGENT_ACKNOWLEDGE_MINUTES.max)
      .optional(),
    /**
     * Whether an urgent comment keeps a link to the other comments sent with it, for the safeguarding lead to
     * read (docs/dpia.md). Off unless the council decides otherwise; each reading is audited.
     */
    linkUrgentComments: z.boolean().optional(),
    /** Counts changes of the settings, so two admins editing at once cannot overwrite each other; absent until the first. */
    version: z.number().int().min(0).optional(),
  })
  .strict();
export type Council = z.infer<typeof CouncilSchema>;

/** The council's safeguarding settings, with the defaults for a council that never set them. */
export const safeguardingSettingsOf = (c: Pick<Council, 'urgentAcknowledgeMinutes' | 'linkUrgentComments'>) => ({
  urgentAcknowledgeMinutes: c.urgentAcknowledgeMinutes ?? URGENT_ACKNOWLEDGE_MINUTES.default,
  linkUrgentComments: c.linkUrgentComments ?? false,
});

/**
 * A help contact as a council admin types it. Stricter than what is stored: young people tap these,
 * so a web address must be https and a phone number only what a phone can dial.
 */
export const HelpContactInputSchema = z
  .object({
    name: z
      .string({ error: 'Give each contact a name' })
      .trim()
      .min(1, 'Give each contact a name')
      .max(120, 'A contact’s name is at most 120 characters'),
    description: z.string().trim().max(300, 'A description is at most 300 characters').optional(),
    phone: z
      .string()
      .trim()
      .regex(
        /^\+?[0-9][0-9 ()-]{2,39}$/,
        'A phone number has digits, spaces, brackets and dashes only, like 020 7946 0321',
      )
      .optional(),
    url: z
      .url({
        protocol: /^https$/,
        error: 'A web address must start with https://, like https://www.example.gov.uk/help',
      })
      .max(300)
      .optional(),
    audience: ContactAudienceSchema.optional(),
  })
  .strict()
  .refine((c) => c.phone !== undefined || c.url !== undefined, {
    message: 'Give each contact a phone number or a web address, so young people can reach it',
    path: ['phone'],
  });

/** What a council admin may change about the council. The address (slug) stays: it is printed on cards and posters. */
export const CouncilSettingsSchema = z
  .object({
    name: z
      .string({ error: 'Give the council its name' })
      .trim()
      .min(1, 'Give the council its name')
      .max(120, 'The name is at most 120 characters'),
    helpContacts: z.array(HelpContactInputSchema).max(MAX_HELP_CONTACTS, `At most ${MAX_HELP_CONTACTS} contacts`),
    thresholds: ThresholdsSchema,
    commentRetentionDays: z
      .number({ error: 'Say for how many days comments are kept' })
      .int('Comments are kept for a whole number of days')
      .min(
        COMMENT_RETENTION_DAYS.min,
        `Keep comments for at least ${COMMENT_RETENTION_DAYS.min} days, so moderators have time to read them`,
      )
      .max(COMMENT_RETENTION_DAYS.max, `Keep comments for at most ${COMMENT_RETENTION_DAYS.max} days (10 years)`),
    /** Left out, the setting stays as it was. */
    urgentAcknowledgeMinutes: z
      .number({ error: 'Say within how many minutes someone must acknowledge an urgent comment' })
      .int('Give a whole number of minutes')
      .min(
        URGENT_ACKNOWLEDGE_MINUTES.min,
        `Allow at least ${URGENT_ACKNOWLEDGE_MINUTES.min} minutes before the safeguarding lead is alerted again`,
      )
      .max(
        URGENT_ACKNOWLEDGE_MINUTES.max,
        `Alert the safeguarding lead again within ${URGENT_ACKNOWLEDGE_MINUTES.max} minutes (a day) at most`,
      )
      .optional(),
    linkUrgentComments: z
      .boolean({ error: 'Say yes or no to showing other comments sent with an urgent one' })
      .optional(),
  })
  .strict();
export type CouncilSettings = z.infer<typeof CouncilSettingsSchema>;

/** The settings as read, with the version to send back when changing them. */
export const CouncilSettingsViewSchema = CouncilSettingsSchema.extend({
  urgentAcknowledgeMinutes: z.number().int(),
  linkUrgentComments: z.boolean(),
  slug: SlugSchema,
  version: z.number().int().min(0),
});
export type CouncilSettingsView = z.infer<typeof CouncilSettingsViewSchema>;

export const CouncilSettingsChangeSchema = CouncilSettingsSchema.extend({
  version: z.number({ error: 'Send the version you read, so a change made meanwhile is not overwritten' }).int().min(0),
}).strict();
export type CouncilSettingsChange = z.infer<typeof CouncilSettingsChangeSchema>;

/** What anyone may read about a council: no staff, no settings beyond what a young person needs. */
export const PublicCouncilSchema = CouncilSchema.pick({ slug: true, name: true, helpContacts: true });
export type PublicCouncil = z.infer<typeof PublicCouncilSchema>;
