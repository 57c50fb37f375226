/** "You said, we did" for board members and council admins: record, change and remove actions; every change audited. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { ACTION_PUBLISHERS, ACTION_RECORDERS, type Role } from '../../../../shared/roles';
import { ActionChangeSchema, ActionSchema, NewActionSchema } from '../../../../shared/schemas/actions';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import type { RegisterRoutes } from '../../env';
import { createAction, deleteAction, listActions, updateAction } from '../../services/actions';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

const RECORDERS = ACTION_RECORDERS;
/** Publishers read and change actions too (to check the words and show them). */
const READERS: Role[] = [...new Set([...ACTION_RECORDERS, ...ACTION_PUBLISHERS])];
const actionParams = roundParams.extend({ actionId: z.string().regex(/^ac_[a-z0-9]{1,40}$/, 'Not an action id') });
const changed = json(ApiErrorSchema, 'The action changed meanwhile: reload it');

const list = staffRoute({
  method: 'get',
  path: API_PATHS.actions,
  tags: ['staff', 'actions'],
  summary: "The round's actions, drafts and published",
  roles: READERS,
  request: { params: roundParams },
  responses: { 200: json(z.object({ actions: z.array(ActionSchema) }), 'Actions, oldest first'), ...staffErrors },
});

const create = staffRoute({
  method: 'post',
  path: API_PATHS.actions,
  tags: ['staff', 'actions'],
  summary: 'Record what will be done about a promise, by whom and by when',
  roles: RECORDERS,
  request: { params: roundParams, body: jsonBody(NewActionSchema) },
  responses: {
    201: json(ActionSchema, 'The action'),
    ...staffErrors,
    422: json(ApiErrorSchema, 'The promise is not in this round'),
  },
});

const update = staffRoute({
  method: 'patch',
  path: API_PATHS.action,
  tags: ['staff', 'actions'],
  summary:
    'Change an action (its words, who, when, status, published); send the version you read. Only a council admin or moderator shows it to young people; a board member rewording a shown action takes it off their page',
  roles: READERS,
  request: { params: actionParams, body: jsonBody(ActionChangeSchema) },
  responses: { 200: json(ActionSchema, 'The action as changed'), ...staffErrors, 409: changed },
});

const remove = staffRoute({
  method: 'delete',
  path: API_PATHS.action,
  tags: ['staff', 'actions'],
  summary: 'Remove an action; send the version you read as ?version=',
  roles: RECORDERS,
  request: {
    params: actionParams,
    query: z.object({ version: z.coerce.number({ error: 'Send ?version= with the version you read' }).int().min(1) }),
  },
  responses: { 204: { description: 'Removed' }, ...staffErrors, 409: changed },
});

export const registerActions: RegisterRoutes = (app, deps) => {
  app.openapi(list, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json({ actions: await listActions(deps, councilId, roundId) }, 200);
  });
  app.openapi(create, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await createAction(deps, c.get('staff'), councilId, roundId, c.req.valid('json')), 201);
  });
  app.openapi(update, async (c) =>
    c.json(await updateAction(deps, c.get('staff'), c.req.valid('param'), c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await deleteAction(deps, c.get('staff'), c.req.valid('param'), c.req.valid('query').version);
    return c.body(null, 204);
  });
};
