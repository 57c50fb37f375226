import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../shared/api-paths';
import type { RegisterRoutes } from '../env';
import { json } from './route-kit';

const health = createRoute({
  method: 'get',
  path: API_PATHS.health,
  tags: ['system'],
  responses: { 200: json(z.object({ ok: z.literal(true) }), 'The API is up') },
});

export const registerHealth: RegisterRoutes = (app) => {
  app.openapi(health, (c) => c.json({ ok: true as const }, 200));
};
