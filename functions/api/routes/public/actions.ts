import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { SlugSchema } from '../../../../shared/ids';
import { PublicActionsSchema } from '../../../../shared/schemas/actions';
import type { RegisterRoutes } from '../../env';
import { publicActionsOf } from '../../services/actions';
import { json, publicErrors } from '../route-kit';

const route = createRoute({
  method: 'get',
  path: API_PATHS.publicActions,
  tags: ['public'],
  summary:
    '"You said, we did": the published actions of the council’s latest round that has any (shown at the end of the survey)',
  request: { params: z.object({ slug: SlugSchema }) },
  responses: {
    200: json(PublicActionsSchema, 'The round and its published actions; round is null when there are none'),
    ...publicErrors,
  },
});

export const registerPublicActions: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const body = await publicActionsOf(deps, c.req.valid('param').slug);
    return c.json(body, 200);
  });
};
