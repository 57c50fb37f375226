/** A council admin's staff: list, invite, change roles, remove. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import type { Role } from '../../../../shared/roles';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import {
  ChangeNameSchema,
  ChangeRolesSchema,
  InviteStaffSchema,
  StaffListSchema,
  StaffUserIdSchema,
  StaffUserSchema,
} from '../../../../shared/schemas/staff-users';
import type { RegisterRoutes } from '../../env';
import { changeRoles, inviteStaff, removeStaff, renameStaff } from '../../services/staff-users';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const ADMIN: Role[] = ['council-admin'];
const council = z.object({ councilId: CouncilIdSchema });
const member = council.extend({ userId: StaffUserIdSchema });
const notNow = json(ApiErrorSchema, 'Not allowed on your own account, or the e-mail already has an account');

const list = staffRoute({
  method: 'get',
  path: API_PATHS.staff,
  tags: ['staff', 'staff accounts'],
  summary: "The council's staff and their roles",
  roles: ADMIN,
  request: { params: council },
  responses: { 200: json(StaffListSchema, 'Staff, by e-mail'), ...staffErrors },
});

const invite = staffRoute({
  method: 'post',
  path: API_PATHS.staff,
  tags: ['staff', 'staff accounts'],
  summary: 'Invite someone: they get an e-mail to set a password and an authenticator app',
  roles: ADMIN,
  request: { params: council, body: jsonBody(InviteStaffSchema) },
  responses: { 201: json(StaffUserSchema, 'The invited account'), ...staffErrors, 409: notNow },
});

const roles = staffRoute({
  method: 'put',
  path: API_PATHS.staffRoles,
  tags: ['staff', 'staff accounts'],
  summary: "Replace a staff member's roles (they apply from their next sign-in)",
  roles: ADMIN,
  request: { params: member, body: jsonBody(ChangeRolesSchema) },
  responses: { 200: json(StaffUserSchema, 'The account as changed'), ...staffErrors, 409: notNow },
});

const rename = staffRoute({
  method: 'put',
  path: API_PATHS.staffName,
  tags: ['staff', 'staff accounts'],
  summary: "Set the name shown beside a staff member's e-mail (an empty name removes it)",
  roles: ADMIN,
  request: { params: member, body: jsonBody(ChangeNameSchema) },
  responses: { 200: json(StaffUserSchema, 'The account as changed'), ...staffErrors },
});

const remove = staffRoute({
  method: 'delete',
  path: API_PATHS.staffMember,
  tags: ['staff', 'staff accounts'],
  summary: 'Remove a staff member (a sign-in they already have ends within the hour)',
  roles: ADMIN,
  request: { params: member },
  responses: { 204: { description: 'Removed' }, ...staffErrors, 409: notNow },
});

export const registerStaffUsers: RegisterRoutes = (app, deps) => {
  app.openapi(list, async (c) => c.json({ staff: await deps.directory.list(c.req.valid('param').councilId) }, 200));
  app.openapi(invite, async (c) =>
    c.json(await inviteStaff(deps, c.get('staff'), c.req.valid('param').councilId, c.req.valid('json')), 201),
  );
  app.openapi(roles, async (c) => {
    const { councilId, userId } = c.req.valid('param');
    return c.json(await changeRoles(deps, c.get('staff'), councilId, userId, c.req.valid('json').roles), 200);
  });
  app.openapi(rename, async (c) => {
    const { councilId, userId } = c.req.valid('param');
    return c.json(await renameStaff(deps, c.get('staff'), councilId, userId, c.req.valid('json').name), 200);
  });
  app.openapi(remove, async (c) => {
    const { councilId, userId } = c.req.valid('param');
    await removeStaff(deps, c.get('staff'), councilId, userId);
    return c.body(null, 204);
  });
};
