import { z } from 'zod';
import { CouncilIdSchema, SlugSchema } from '../ids';
import { CouncilRoleSchema, RoleSchema } from '../roles';

export const STAFF_STATUSES = ['invited', 'active', 'disabled'] as const;

/** A staff member as their council admin sees them: no password, no MFA secret, nothing but what they manage. */
export const StaffUserSchema = z.object({
  userId: z.string(),
  email: z.string(),
  /** How colleagues know them ("Sam Patel, participation officer"), if the admin gave one. */
  name: z.string().nullable(),
  roles: z.array(RoleSchema),
  /** Invited: has not signed in and set a password yet. */
  status: z.enum(STAFF_STATUSES),
  createdAt: z.string().nullable(),
});
export type StaffUser = z.infer<typeof StaffUserSchema>;

/** Opaque ids: a Cognito user name (a UUID) in AWS, the local provider's id locally. */
export const StaffUserIdSchema = z.string().regex(/^[A-Za-z0-9_.@+-]{1,128}$/, 'Not a staff member id');

/** An optional name beside the e-mail; an empty one removes it. */
export const STAFF_NAME_MAX_CHARS = 80;
const nameField = z
  .string({ error: 'name is missing: send {"name": "Sam Patel"}, or "" to remove it' })
  .trim()
  .max(STAFF_NAME_MAX_CHARS, `A name is at most ${STAFF_NAME_MAX_CHARS} characters`)
  .refine((n) => ![...n].some((c) => c < ' '), 'A name is one line of text');

const rolesField = z
  .array(CouncilRoleSchema, { error: 'roles is missing: send a list such as ["facilitator"]' })
  .min(1, 'Give at least one role')
  .max(4)
  .refine((r) => new Set(r).size === r.length, 'Name each role once');

export const InviteStaffSchema = z
  .object({
    email: z
      .email({ error: 'Type an e-mail address such as name@council.gov.uk' })
      .max(254)
      .transform((e) => e.toLowerCase()),
    roles: rolesField,
    name: nameField.optional(),
  })
  .strict();
export type InviteStaff = z.infer<typeof InviteStaffSchema>;

export const ChangeRolesSchema = z.object({ roles: rolesField }).strict();
export const ChangeNameSchema = z.object({ name: nameField }).strict();

export const StaffListSchema = z.object({ staff: z.array(StaffUserSchema) });

export const AuditEntryViewSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export const AuditPageSchema = z.object({ entries: z.array(AuditEntryViewSchema) });
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** What the platform operator sees of a council: its name and link, never its data. */
export const CouncilListingSchema = z.object({ councilId: CouncilIdSchema, slug: z.string(), name: z.string() });
export const CouncilListSchema = z.object({ councils: z.array(CouncilListingSchema) });

export const NewCouncilSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the council its name').max(120),
    slug: SlugSchema,
    /** Its first council admin, invited at once; they invite everyone else. */
    adminEmail: z
      .email({ error: 'Type the e-mail address of the council’s first admin' })
      .max(254)
      .transform((e) => e.toLowerCase()),
    /** The operator's own test or training council: its figures never count towards other councils' benchmark. */
    testCouncil: z.boolean().default(false),
  })
  .strict();
export type NewCouncil = z.infer<typeof NewCouncilSchema>;
