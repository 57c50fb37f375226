import type { RouteGroup } from '../route-groups';
import { registerHealth } from './health';
import { registerPublicAccessCodes } from './public/access-codes';
import { registerPublicActions } from './public/actions';
import { registerPublicCoverage } from './public/coverage';
import { registerResponses } from './public/responses';
import { registerPublicSessions } from './public/sessions';
import { registerPublicSurvey } from './public/survey';

/** The routes young people's pages call (under /api/public), and the health check, served by the public function. */
export const publicGroup: RouteGroup = {
  audience: 'public',
  routes: [
    registerHealth,
    registerPublicSurvey,
    registerResponses,
    registerPublicSessions,
    registerPublicActions,
    registerPublicAccessCodes,
    registerPublicCoverage,
  ],
};
