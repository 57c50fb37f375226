import type { RouteGroup } from '../route-groups';
import { registerHealth } from './health';
import { registerStaffAccessCodes } from './staff/access-codes';
import { registerActions } from './staff/actions';
import { registerAudit } from './staff/audit';
import { registerCohortFigures } from './staff/cohort-figures';
import { registerCouncilSettings } from './staff/council-settings';
import { registerCouncils } from './staff/councils';
import { registerMe } from './staff/me';
import { registerModeration } from './staff/moderation';
import { registerPledges } from './staff/pledges';
import { registerReports } from './staff/reports';
import { registerRounds } from './staff/rounds';
import { registerScorecard } from './staff/scorecard';
import { registerStaffSessions } from './staff/sessions';
import { registerStaffSessionSummary } from './staff/sessions-summary';
import { registerSetup } from './staff/setup';
import { registerStaffUsers } from './staff/staff-users';
import { registerTranslations } from './staff/translations';

/** The routes under /api/staff, each behind the staff token check and its own roles, and the health check. */
export const staffGroup: RouteGroup = {
  audience: 'staff',
  routes: [
    registerHealth,
    registerMe,
    registerRounds,
    registerCohortFigures,
    registerScorecard,
    registerPledges,
    registerStaffSessions,
    registerStaffSessionSummary,
    registerReports,
    registerModeration,
    registerActions,
    registerStaffUsers,
    registerAudit,
    registerStaffAccessCodes,
    registerCouncils,
    registerCouncilSettings,
    registerSetup,
    registerTranslations,
  ],
};
