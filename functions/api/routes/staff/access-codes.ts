/** A council admin's one-time codes for a round: how many there are and how many were used, and a new batch to print. */

import { API_PATHS } from '../../../../shared/api-paths';
import type { Role } from '../../../../shared/roles';
import { AccessCodeSummarySchema, NewAccessCodesSchema, NewCodesSchema } from '../../../../shared/schemas/access-codes';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import type { RegisterRoutes } from '../../env';
import { codesSummary, makeCodes } from '../../services/access-codes';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

const ADMIN: Role[] = ['council-admin'];

const summary = staffRoute({
  method: 'get',
  path: API_PATHS.accessCodes,
  tags: ['staff', 'access codes'],
  summary:
    "The round's batches of one-time codes and how many of each were used (never the codes: only their hashes are kept)",
  roles: ADMIN,
  request: { params: roundParams },
  responses: { 200: json(AccessCodeSummarySchema, 'Batches, oldest first'), ...staffErrors },
});

const create = staffRoute({
  method: 'post',
  path: API_PATHS.accessCodes,
  tags: ['staff', 'access codes'],
  summary: 'Make a batch of one-time codes to print as cards. The codes are in this answer only: print them now.',
  roles: ADMIN,
  request: { params: roundParams, body: jsonBody(NewAccessCodesSchema) },
  responses: {
    201: json(NewCodesSchema, 'The batch and its codes'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'The round takes no codes, or has closed'),
    422: json(ApiErrorSchema, 'The round would have too many codes'),
  },
});

export const registerStaffAccessCodes: RegisterRoutes = (app, deps) => {
  app.openapi(summary, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await codesSummary(deps, councilId, roundId), 200);
  });
  app.openapi(create, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await makeCodes(deps, c.get('staff'), councilId, roundId, c.req.valid('json')), 201);
  });
};
