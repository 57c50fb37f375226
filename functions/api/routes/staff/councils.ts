/** The platform operator adds councils. No route lets an operator read a council's data. */

import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { CouncilListingSchema, NewCouncilSchema, StaffUserSchema } from '../../../../shared/schemas/staff-users';
import type { RegisterRoutes } from '../../env';
import { createCouncil } from '../../services/councils';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const create = staffRoute({
  method: 'post',
  path: API_PATHS.councils,
  tags: ['staff', 'platform'],
  summary: 'Add a council and invite its first council admin',
  roles: ['platform-operator'],
  request: { body: jsonBody(NewCouncilSchema) },
  responses: {
    201: json(z.object({ council: CouncilListingSchema, admin: StaffUserSchema }), 'The council and its first admin'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'The address or the admin’s e-mail is taken'),
  },
});

export const registerCouncils: RegisterRoutes = (app, deps) => {
  app.openapi(create, async (c) => c.json(await createCouncil(deps, c.get('staff'), c.req.valid('json')), 201));
};
