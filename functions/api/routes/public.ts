import type { RegisterRoutes } from '../env';
import { registerHealth } from './health';
import { registerPublicAccessCodes } from './public/access-codes';
import { registerPublicActions } from './public/actions';
import { registerResponses } from './public/responses';
import { registerPublicSessions } from './public/sessions';
import { registerPublicSurvey } from './public/survey';

/** The routes young people's pages call (under /api/public), and the health check. */
export const publicRoutes: readonly RegisterRoutes[] = [
  registerHealth,
  registerPublicSurvey,
  registerResponses,
  registerPublicSessions,
  registerPublicActions,
  registerPublicAccessCodes,
];
