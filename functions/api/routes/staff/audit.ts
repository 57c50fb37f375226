/** The council's audit log for its council admins: who changed, exported, decided or published what, and when. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import { AuditPageSchema } from '../../../../shared/schemas/staff-users';
import type { RegisterRoutes } from '../../env';
import { json, staffErrors, staffRoute } from '../route-kit';

const route = staffRoute({
  method: 'get',
  path: API_PATHS.audit,
  tags: ['staff', 'audit'],
  summary: 'The latest entries of the audit log, newest first',
  roles: ['council-admin'],
  request: {
    params: z.object({ councilId: CouncilIdSchema }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(500, 'At most 500 entries at a time').default(200) }),
  },
  responses: { 200: json(AuditPageSchema, 'Entries, newest first'), ...staffErrors },
});

export const registerAudit: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const entries = await deps.store.audit.list(c.req.valid('param').councilId, c.req.valid('query').limit);
    return c.json({ entries: entries.map(({ councilId: _c, ...e }) => e) }, 200);
  });
};
