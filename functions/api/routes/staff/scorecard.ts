import { z } from 'zod';
import { CouncilIdSchema, RoundIdSchema } from '../../../../shared/ids';
import { ScorecardSchema } from '../../../../shared/schemas/scorecard';
import type { RegisterRoutes } from '../../env';
import { scorecardFor } from '../../services/scorecards';
import { json, staffErrors, staffRoute } from '../route-kit';

const route = staffRoute({
  method: 'get',
  path: '/api/staff/councils/{councilId}/rounds/{roundId}/scorecard',
  tags: ['staff'],
  summary: 'The scorecard of a round: counts, n, score, interval and status per promise and section',
  roles: ['board-member', 'council-admin'],
  request: { params: z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema }) },
  responses: { 200: json(ScorecardSchema, 'The scorecard; figures for fewer than 5 are replaced by "fewer than 5"'), ...staffErrors },
});

export const registerScorecard: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    return c.json(await scorecardFor(deps, councilId, roundId), 200);
  });
};
