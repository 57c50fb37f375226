/**
 * The staff menu, filtered by role: one list for the menu on every staff page, the staff home and where
 * each role lands after signing in. A page's roles are the ones its API routes admit (shared/roles.ts).
 */
import { BOARD_READERS, MODERATORS, type Role, SESSION_ROLES } from '../../../shared/roles';
import { STAFF_PAGES } from './staff-paths';

export interface MenuEntry {
  href: string;
  /** The menu's short name for the page. */
  label: string;
  roles: readonly Role[];
}

const ADMIN: Role[] = ['council-admin'];

/** In order of what each role does first: the first entry a person may use is their home. */
export const STAFF_MENU: readonly MenuEntry[] = [
  { href: STAFF_PAGES.setup, label: 'Setup checklist', roles: ADMIN },
  { href: STAFF_PAGES.moderation, label: 'Comments to moderate', roles: MODERATORS },
  { href: STAFF_PAGES.sessions, label: 'Live sessions', roles: SESSION_ROLES },
  { href: STAFF_PAGES.scorecard, label: 'Scorecard', roles: BOARD_READERS },
  { href: STAFF_PAGES.pledge, label: 'Pledge', roles: ADMIN },
  { href: STAFF_PAGES.rounds, label: 'Rounds', roles: ADMIN },
  { href: STAFF_PAGES.codes, label: 'Code cards', roles: ADMIN },
  { href: STAFF_PAGES.team, label: 'Team', roles: ADMIN },
  { href: STAFF_PAGES.settings, label: 'Settings', roles: ADMIN },
  { href: STAFF_PAGES.languages, label: 'Languages', roles: ADMIN },
  { href: STAFF_PAGES.audit, label: 'Audit log', roles: ADMIN },
  { href: STAFF_PAGES.councils, label: 'Councils', roles: ['platform-operator'] },
];

export const menuFor = (roles: readonly string[]): MenuEntry[] =>
  STAFF_MENU.filter((e) => e.roles.some((r) => roles.includes(r)));

/** Where someone lands after signing in: the admin's checklist, the moderator's queue, the facilitator's sessions… */
export const homeOf = (roles: readonly string[]): string => menuFor(roles)[0]?.href ?? STAFF_PAGES.home;
