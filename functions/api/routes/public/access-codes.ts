import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { RoundIdSchema } from '../../../../shared/ids';
import { AccessCodeCheckSchema } from '../../../../shared/schemas/access-codes';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import type { RegisterRoutes } from '../../env';
import { checkCode } from '../../services/access-codes';
import { json, jsonBody, publicErrors } from '../route-kit';

const route = createRoute({
  method: 'post',
  path: API_PATHS.accessCodeCheck,
  tags: ['public'],
  summary: 'Is this one-time code good for this survey now? Checking does not use it up; sending the answers does.',
  request: { params: z.object({ roundId: RoundIdSchema }), body: jsonBody(AccessCodeCheckSchema) },
  responses: {
    200: json(z.object({ ok: z.literal(true) }), 'The code can be used'),
    ...publicErrors,
    409: json(ApiErrorSchema, 'The code was used already (code_used), or the survey takes no codes or is not open'),
    422: json(ApiErrorSchema, 'Not a code of this survey (code_wrong)'),
    429: json(ApiErrorSchema, 'Too many tries from this network: wait Retry-After seconds'),
  },
});

export const registerPublicAccessCodes: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    await checkCode(deps, c.req.valid('param').roundId, c.req.valid('json').code);
    return c.json({ ok: true as const }, 200);
  });
};
