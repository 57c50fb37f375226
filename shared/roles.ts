import { z } from 'zod';

/** Staff roles. A user belongs to one council (the platform operator to none) and may hold several roles. */
export const ROLES = ['platform-operator', 'council-admin', 'facilitator', 'moderator', 'board-member'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** The claims the API reads from a verified staff token, whichever identity provider issued it. */
export const StaffClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().email(),
  roles: z.array(RoleSchema),
  councilId: z.string().nullable(),
});
export type StaffClaims = z.infer<typeof StaffClaimsSchema>;

/** The roles a council's own staff hold; only the platform has operators, and no council admin can make one. */
export const COUNCIL_ROLES = ROLES.filter((r): r is Exclude<Role, 'platform-operator'> => r !== 'platform-operator');
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const CouncilRoleSchema = z.enum(COUNCIL_ROLES as [CouncilRole, ...CouncilRole[]]);

/** Who may record "you said, we did" actions (as drafts). */
export const ACTION_RECORDERS: Role[] = ['council-admin', 'board-member'];
/** Who reads an action and shows it to young people: a person who checks words meant for children. */
export const ACTION_PUBLISHERS: Role[] = ['council-admin', 'moderator'];

/** Who may read a council's scorecards and board reports. */
export const BOARD_READERS: Role[] = ['board-member', 'council-admin'];
