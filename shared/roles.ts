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

/** Names of the roles as people read them: role ids are for code, never for a page or a message. */
export const ROLE_LABELS: Record<Role, string> = {
  'platform-operator': 'Platform operator',
  'council-admin': 'Council admin',
  facilitator: 'Facilitator',
  moderator: 'Moderator (safeguarding)',
  'board-member': 'Board member',
};

/** One line per role on what it can see and do, for the team page and the staff home. */
export const ROLE_DUTIES: Record<Role, string> = {
  'platform-operator': 'Adds councils and their first admin. Never sees any council’s answers or comments.',
  'council-admin':
    'Loads and edits the pledge, opens and closes rounds, prints code cards, sets help contacts, manages staff and reads the scorecard and the audit log.',
  facilitator:
    'Runs live In Care Council sessions: shows the join code, moves through promises, counts hands and notes what the group said.',
  moderator:
    'Reads every comment before anyone else, urgent ones first, and approves, redacts or rejects it. Does not see the scorecard.',
  'board-member':
    'Reads the scorecard: promise by promise, the trend, the groups, approved comments and what was done. Prints it and exports CSV.',
};

/** Role names in words, in the order of ROLES: "Board member or Council admin". */
export const roleList = (roles: readonly Role[], joiner = 'or'): string => {
  const names = ROLES.filter((r) => roles.includes(r)).map((r) => ROLE_LABELS[r]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${joiner} ${names.at(-1)}`;
};

/** Who runs live sessions, and who reads the comments before anyone else. */
export const SESSION_ROLES: Role[] = ['facilitator', 'council-admin'];
export const MODERATORS: Role[] = ['moderator'];

/**
 * Why one account should not both moderate and read the scorecard: it could watch a comment arrive in the
 * queue and the scorecard move at the same moment, and so tie one young person's words to their answers.
 */
export interface RoleConflict {
  roles: [Role, Role];
  why: string;
}

/** The conflicts an account's roles run into (empty when none): moderator with any role that reads the scorecard. */
export const roleConflictsOf = (roles: readonly Role[]): RoleConflict[] =>
  roles.includes('moderator')
    ? BOARD_READERS.filter((r) => roles.includes(r)).map((reader) => ({
        roles: [reader, 'moderator'],
        why: `${ROLE_LABELS[reader]} and ${ROLE_LABELS.moderator} on one account: they could watch a comment arrive in the queue and the scorecard move at the same moment, and so learn what one young person answered. Give these roles to different people.`,
      }))
    : [];
