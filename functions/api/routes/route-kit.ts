import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Role } from '../../../shared/roles';
import { ApiErrorSchema } from '../../../shared/schemas/api-error';
import { requireOwnCouncil, requireRoles } from '../middleware/staff-auth';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

const error = (description: string) => json(ApiErrorSchema, description);

export const publicErrors = {
  400: error('The request is not right; the message says what to change'),
  404: error('Not found'),
  503: error('The store is briefly away; try again after Retry-After seconds'),
} as const;

export const staffErrors = {
  ...publicErrors,
  401: error('No valid sign-in'),
  403: error('Signed in, but not allowed: wrong role or another council'),
} as const;

/** Security scheme name used by every staff route in the OpenAPI document. */
export const BEARER = 'staffToken';

/** The OpenAPI extension that records which roles a staff route admits (read by the isolation tests). */
export const ROLES_EXTENSION = 'x-roles';

/**
 * A staff route: bearer token, the given roles, and — when the path has {councilId} — only that
 * council's own staff. The roles are also written into the OpenAPI document.
 */
export const staffRoute = <R extends RouteConfig>(config: R & { roles: Role[] }) => {
  const { roles, ...route } = config;
  const councilScoped = route.path.includes('{councilId}');
  return createRoute({
    ...route,
    security: [{ [BEARER]: [] }],
    [ROLES_EXTENSION]: roles,
    middleware: [requireRoles(...roles), ...(councilScoped ? [requireOwnCouncil()] : [])],
  } as unknown as R);
};
