/** A council admin's pledge: read the versions, publish the next one. Importing happens in the page (shared/importer). */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import type { Role } from '../../../../shared/roles';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { PledgeVersionSchema } from '../../../../shared/schemas/pledge';
import { PublishPledgeSchema } from '../../../../shared/schemas/pledge-draft';
import type { RegisterRoutes } from '../../env';
import { notFound } from '../../http-error';
import { publishPledge } from '../../services/pledges';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const ADMIN: Role[] = ['council-admin'];
/** Facilitators and board members read the pledge too (sessions, scorecards); only admins publish. */
const READERS: Role[] = ['council-admin', 'board-member', 'facilitator', 'moderator'];
const council = z.object({ councilId: CouncilIdSchema });

const VersionSummarySchema = z.object({
  version: z.number().int(),
  title: z.string(),
  publishedAt: z.string(),
  promises: z.number().int(),
  retired: z.number().int(),
});

const latest = staffRoute({
  method: 'get',
  path: API_PATHS.pledge,
  tags: ['staff', 'pledge'],
  summary: 'The latest published version of the pledge (null before the first)',
  roles: READERS,
  request: { params: council },
  responses: { 200: json(z.object({ pledge: PledgeVersionSchema.nullable() }), 'The latest version'), ...staffErrors },
});

const versions = staffRoute({
  method: 'get',
  path: API_PATHS.pledgeVersions,
  tags: ['staff', 'pledge'],
  summary: 'Every published version, oldest first',
  roles: READERS,
  request: { params: council },
  responses: { 200: json(z.object({ versions: z.array(VersionSummarySchema) }), 'Versions'), ...staffErrors },
});

const one = staffRoute({
  method: 'get',
  path: API_PATHS.pledgeVersion,
  tags: ['staff', 'pledge'],
  summary: 'One published version in full',
  roles: READERS,
  request: { params: council.extend({ version: z.coerce.number().int().min(1, 'A version number is 1 or more') }) },
  responses: { 200: json(PledgeVersionSchema, 'The version'), ...staffErrors },
});

const publish = staffRoute({
  method: 'post',
  path: API_PATHS.pledgeVersions,
  tags: ['staff', 'pledge'],
  summary: 'Publish the next version. Promises that keep their id keep their trend; missing ones are retired.',
  roles: ADMIN,
  request: { params: council, body: jsonBody(PublishPledgeSchema) },
  responses: {
    201: json(PledgeVersionSchema, 'The published version'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'Another version was published meanwhile'),
    422: json(ApiErrorSchema, 'An id that is not from this pledge, or used twice'),
  },
});

export const registerPledges: RegisterRoutes = (app, deps) => {
  app.openapi(latest, async (c) => {
    const { councilId } = c.req.valid('param');
    return c.json({ pledge: await deps.store.pledges.latest(councilId) }, 200);
  });
  app.openapi(versions, async (c) => {
    const { councilId } = c.req.valid('param');
    const all = await deps.store.pledges.listVersions(councilId);
    return c.json(
      {
        versions: all.map((v) => ({
          version: v.version,
          title: v.title,
          publishedAt: v.publishedAt,
          promises: v.sections.reduce((n, s) => n + s.promises.length, 0),
          retired: v.retiredPromiseIds.length,
        })),
      },
      200,
    );
  });
  app.openapi(one, async (c) => {
    const { councilId, version } = c.req.valid('param');
    const found = (await deps.store.pledges.listVersions(councilId)).find((v) => v.version === version);
    if (!found) throw notFound(`There is no version ${version} of this pledge`);
    return c.json(found, 200);
  });
  app.openapi(publish, async (c) => {
    const { councilId } = c.req.valid('param');
    return c.json(await publishPledge(deps, councilId, c.get('staff'), c.req.valid('json')), 201);
  });
};
