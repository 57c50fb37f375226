import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { RoundIdSchema } from '../../../../shared/ids';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { SubmissionReceiptSchema, SubmissionSchema } from '../../../../shared/schemas/response';
import { clientAddress } from '../../client-address';
import type { RegisterRoutes } from '../../env';
import { receiveSubmission } from '../../services/submissions';
import { json, jsonBody, publicErrors } from '../route-kit';

/** Set on the answer to a submission id that had already been received: nothing was counted again. */
export const REPLAY_HEADER = 'Idempotent-Replayed';

const route = createRoute({
  method: 'post',
  path: API_PATHS.responses,
  tags: ['public'],
  summary: "Send a young person's answers. Sending the same submissionId again changes nothing.",
  request: { params: z.object({ roundId: RoundIdSchema }), body: jsonBody(SubmissionSchema) },
  responses: {
    200: json(
      SubmissionReceiptSchema,
      'Received and counted (or already received: see the Idempotent-Replayed header)',
    ),
    ...publicErrors,
    409: json(
      ApiErrorSchema,
      'The round is not open, and was not started before it closed less than LATE_ANSWER_DAYS ago (a submissionId it already received still gets its receipt)',
    ),
    413: json(ApiErrorSchema, 'The body is too large'),
    422: json(ApiErrorSchema, 'A rating names a promise that is not in this round'),
  },
});

export const registerResponses: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const { roundId } = c.req.valid('param');
    const { receipt, replayed } = await receiveSubmission(deps, roundId, c.req.valid('json'), {
      address: clientAddress(c),
    });
    if (replayed) c.header(REPLAY_HEADER, 'true');
    return c.json(receipt, 200);
  });
};
