/** The council's own settings, for its council admins. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { CouncilSettingsChangeSchema, CouncilSettingsViewSchema } from '../../../../shared/schemas/council';
import type { RegisterRoutes } from '../../env';
import { changeCouncilSettings, councilSettings } from '../../services/council-settings';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const path = API_PATHS.settings;
const params = z.object({ councilId: CouncilIdSchema });

const read = staffRoute({
  method: 'get',
  path,
  tags: ['staff', 'settings'],
  summary: 'The council’s name, help contacts, score colours and comment retention, with their version',
  roles: ['council-admin'],
  request: { params },
  responses: { 200: json(CouncilSettingsViewSchema, 'The settings'), ...staffErrors },
});

const change = staffRoute({
  method: 'put',
  path,
  tags: ['staff', 'settings'],
  summary: 'Change the settings; send the version you read. Young people’s pages show the change within seconds',
  roles: ['council-admin'],
  request: { params, body: jsonBody(CouncilSettingsChangeSchema) },
  responses: {
    200: json(CouncilSettingsViewSchema, 'The settings as changed'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'Someone changed them meanwhile: reload them'),
  },
});

export const registerCouncilSettings: RegisterRoutes = (app, deps) => {
  app.openapi(read, async (c) => c.json(await councilSettings(deps, c.req.valid('param').councilId), 200));
  app.openapi(change, async (c) =>
    c.json(await changeCouncilSettings(deps, c.get('staff'), c.req.valid('param').councilId, c.req.valid('json')), 200),
  );
};
