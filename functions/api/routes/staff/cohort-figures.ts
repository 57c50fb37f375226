import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema, RoundIdSchema } from '../../../../shared/ids';
import { CohortFiguresInputSchema, CohortFiguresSchema } from '../../../../shared/schemas/cohort-figures';
import type { RegisterRoutes } from '../../env';
import { cohortFiguresOf, saveCohortFigures } from '../../services/cohort-figures';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const params = z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema });

const read = staffRoute({
  method: 'get',
  path: API_PATHS.roundCohortFigures,
  tags: ['staff'],
  summary: "The council's figures of young people who could answer the round (null while none are entered)",
  roles: ['council-admin'],
  request: { params },
  responses: { 200: json(z.object({ figures: CohortFiguresSchema.nullable() }), 'The figures'), ...staffErrors },
});

const save = staffRoute({
  method: 'put',
  path: API_PATHS.roundCohortFigures,
  tags: ['staff'],
  summary: "Enter or correct the council's figures of young people who could answer the round, by group",
  roles: ['council-admin'],
  request: { params, body: jsonBody(CohortFiguresInputSchema) },
  responses: { 200: json(z.object({ figures: CohortFiguresSchema }), 'The figures as saved'), ...staffErrors },
});

export const registerCohortFigures: RegisterRoutes = (app, deps) => {
  app.openapi(read, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json({ figures: await cohortFiguresOf(deps, councilId, roundId) }, 200);
  });
  app.openapi(save, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    const { population } = c.req.valid('json');
    return c.json({ figures: await saveCohortFigures(deps, councilId, roundId, c.get('staff'), population) }, 200);
  });
};
