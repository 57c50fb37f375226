import type { RegisterRoutes } from '../env';
import { registerHealth } from './health';
import { registerResponses } from './public/responses';
import { registerPublicSurvey } from './public/survey';
import { registerMe } from './staff/me';
import { registerPledges } from './staff/pledges';
import { registerRounds } from './staff/rounds';
import { registerScorecard } from './staff/scorecard';
import { registerPublicSessions } from './public/sessions';
import { registerStaffSessions } from './staff/sessions';
import { registerStaffSessionSummary } from './staff/sessions-summary';
import { registerPublicActions } from './public/actions';
import { registerActions } from './staff/actions';
import { registerModeration } from './staff/moderation';
import { registerReports } from './staff/reports';

/** Every route of the API, by audience. Adding a module here is all it takes to serve and document it. */
export const publicRoutes: RegisterRoutes[] = [registerHealth, registerPublicSurvey, registerResponses];
export const staffRoutes: RegisterRoutes[] = [registerMe, registerRounds, registerScorecard, registerPledges];
publicRoutes.push(registerPublicSessions);
staffRoutes.push(registerStaffSessions, registerStaffSessionSummary);
publicRoutes.push(registerPublicActions);
staffRoutes.push(registerReports, registerModeration, registerActions);
