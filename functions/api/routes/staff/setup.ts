/** The admin's setup checklist and the counts of work waiting that the staff menu shows. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import { COUNCIL_ROLES } from '../../../../shared/roles';
import { SetupChecklistSchema, WorkWaitingSchema } from '../../../../shared/setup/checklist';
import type { RegisterRoutes } from '../../env';
import { councilSetup, workWaiting } from '../../services/setup';
import { json, staffErrors, staffRoute } from '../route-kit';

const council = z.object({ councilId: CouncilIdSchema });

const setup = staffRoute({
  method: 'get',
  path: API_PATHS.setup,
  tags: ['staff'],
  summary: 'What the council has set up and what is left: pledge, round, help contacts, team, cards',
  roles: ['council-admin'],
  request: { params: council },
  responses: { 200: json(SetupChecklistSchema, 'Each step in order, with its state'), ...staffErrors },
});

const waiting = staffRoute({
  method: 'get',
  path: API_PATHS.workWaiting,
  tags: ['staff'],
  summary: 'Counts of work waiting for the signed-in person (comments to moderate, for a moderator)',
  roles: [...COUNCIL_ROLES],
  request: { params: council },
  responses: { 200: json(WorkWaitingSchema, 'Counts for the staff menu'), ...staffErrors },
});

export const registerSetup: RegisterRoutes = (app, deps) => {
  app.openapi(setup, async (c) => c.json(await councilSetup(deps, c.req.valid('param').councilId), 200));
  app.openapi(waiting, async (c) =>
    c.json(await workWaiting(deps, c.req.valid('param').councilId, c.get('staff')), 200),
  );
};
