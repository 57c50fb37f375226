import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema, RoundIdSchema } from '../../../../shared/ids';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import { BOARD_READERS } from '../../../../shared/roles';
import { AnswersQuerySchema, HistorySchema, ScorecardSchema } from '../../../../shared/schemas/scorecard';
import type { RegisterRoutes } from '../../env';
import { historyFor, scorecardFor } from '../../services/scorecards';
import { json, staffErrors, staffRoute } from '../route-kit';

/** Who reads a council's scorecard. */
export const roundParams = z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema });

const route = staffRoute({
  method: 'get',
  path: API_PATHS.scorecard,
  tags: ['staff', 'scorecard'],
  summary:
    'The scorecard of a round (every read is in the audit log): who responded, the overview, every section and promise (counts, n, score, 95% interval, status, trend, breakdowns, approved comments, actions) and the themes beside the median of other councils',
  roles: BOARD_READERS,
  request: { params: roundParams, query: AnswersQuerySchema },
  responses: {
    200: json(
      ScorecardSchema,
      `The scorecard; figures for ${SUPPRESSED_LABEL} (and any that would give one away) read "${SUPPRESSED_LABEL}"`,
    ),
    ...staffErrors,
  },
});

const history = staffRoute({
  method: 'get',
  path: API_PATHS.history,
  tags: ['staff', 'scorecard'],
  summary:
    "Every round of the council up to this one, per promise (followed by its id across pledge versions) and per theme: the trend charts' data",
  roles: BOARD_READERS,
  request: { params: roundParams },
  responses: {
    200: json(HistorySchema, 'Rounds oldest first, and a point per round for each promise and theme'),
    ...staffErrors,
  },
});

export const registerScorecard: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    const { answers } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    return c.json(
      await scorecardFor(deps, councilId, roundId, { staff: c.get('staff'), view: 'scorecard' }, answers),
      200,
    );
  });
  app.openapi(history, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await historyFor(deps, councilId, roundId, { staff: c.get('staff'), view: 'trends' }), 200);
  });
};
