/** The moderation queue (urgent first) and a moderator's decision on one comment or session note. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import { MODERATORS } from '../../../../shared/roles';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { DecisionSchema, QueueCommentSchema, QueueSchema } from '../../../../shared/schemas/moderation';
import type { RegisterRoutes } from '../../env';
import { decideComment, flagUrgent, queueFor } from '../../services/moderation';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

/** The safeguarding lead is a moderator. */

const queue = staffRoute({
  method: 'get',
  path: API_PATHS.moderationQueue,
  tags: ['staff', 'moderation'],
  summary:
    'Comments and session notes waiting for a decision: those that may show a young person at risk first, then oldest first',
  roles: MODERATORS,
  request: {
    params: z.object({ councilId: CouncilIdSchema }),
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100, 'At most 100 comments a page').default(50),
      cursor: z.string().max(500).optional(),
    }),
  },
  responses: { 200: json(QueueSchema, 'A page of the queue'), ...staffErrors },
});

const commentParams = roundParams.extend({ commentId: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'Not a comment id') });

const decide = staffRoute({
  method: 'post',
  path: API_PATHS.commentDecision,
  tags: ['staff', 'moderation'],
  summary: 'Approve, reject or redact part of a comment; recorded with who and when',
  roles: MODERATORS,
  request: {
    params: commentParams,
    body: jsonBody(DecisionSchema),
  },
  responses: {
    200: json(QueueCommentSchema, 'The comment as decided'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'Someone else decided on it meanwhile'),
    422: json(ApiErrorSchema, 'The parts to hide are outside the comment or hide all of it'),
  },
});

const flag = staffRoute({
  method: 'post',
  path: API_PATHS.commentUrgent,
  tags: ['staff', 'moderation'],
  summary:
    'Mark a waiting comment urgent when the screen missed a risk: it goes to the front of the queue and the safeguarding lead is alerted',
  roles: MODERATORS,
  request: { params: commentParams },
  responses: {
    200: json(QueueCommentSchema, 'The comment, now urgent'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'It was decided meanwhile, or is already urgent'),
  },
});

export const registerModeration: RegisterRoutes = (app, deps) => {
  app.openapi(queue, async (c) => {
    const { councilId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    return c.json(await queueFor(deps, councilId, { limit, ...(cursor ? { cursor } : {}) }), 200);
  });
  app.openapi(decide, async (c) => {
    const { councilId, roundId, commentId } = c.req.valid('param');
    return c.json(
      await decideComment(deps, c.get('staff'), { councilId, roundId, commentId }, c.req.valid('json')),
      200,
    );
  });
  app.openapi(flag, async (c) => c.json(await flagUrgent(deps, c.get('staff'), c.req.valid('param')), 200));
};
