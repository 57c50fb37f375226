import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { ROLES } from '../../../../shared/roles';
import type { RegisterRoutes } from '../../env';
import { json, staffErrors, staffRoute } from '../route-kit';

const MeSchema = z.object({
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  council: z.object({ councilId: z.string(), name: z.string(), slug: z.string() }).nullable(),
});

const route = staffRoute({
  method: 'get',
  path: API_PATHS.me,
  tags: ['staff'],
  summary: 'Who is signed in, their roles and their council',
  roles: [...ROLES],
  responses: { 200: json(MeSchema, 'The signed-in staff member'), ...staffErrors },
});

export const registerMe: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const staff = c.get('staff');
    const council = staff.councilId ? await deps.store.councils.get(staff.councilId) : null;
    return c.json(
      {
        email: staff.email,
        roles: staff.roles,
        council: council ? { councilId: council.councilId, name: council.name, slug: council.slug } : null,
      },
      200,
    );
  });
};
