/** The moderation queue (urgent first) and a moderator's decision on one comment or session note. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema } from '../../../../shared/ids';
import { UNDO_WINDOW_SECONDS } from '../../../../shared/limits';
import { MODERATORS } from '../../../../shared/roles';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import {
  DecisionSchema,
  QueueCommentSchema,
  QueueQuerySchema,
  QueueSchema,
  SentWithSchema,
} from '../../../../shared/schemas/moderation';
import type { RegisterRoutes } from '../../env';
import {
  acknowledgeUrgent,
  decideComment,
  flagUrgent,
  queueFor,
  sentWithUrgent,
  undoDecision,
} from '../../services/moderation';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';
import { roundParams } from './scorecard';

/** The safeguarding lead is a moderator. */

const queue = staffRoute({
  method: 'get',
  path: API_PATHS.moderationQueue,
  tags: ['staff', 'moderation'],
  summary:
    'Comments and session notes waiting for a decision (those that may show a young person at risk first, then oldest first), or those decided; of one round and promise when asked',
  roles: MODERATORS,
  request: {
    params: z.object({ councilId: CouncilIdSchema }),
    query: QueueQuerySchema,
  },
  responses: { 200: json(QueueSchema, 'A page of the queue'), ...staffErrors },
});

const commentParams = roundParams.extend({ commentId: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'Not a comment id') });

const decide = staffRoute({
  method: 'post',
  path: API_PATHS.commentDecision,
  tags: ['staff', 'moderation'],
  summary:
    'Approve, reject (with a reason if given), redact part of, refer under the safeguarding procedure, or withdraw from the board; recorded with who and when',
  roles: MODERATORS,
  request: {
    params: commentParams,
    body: jsonBody(DecisionSchema),
  },
  responses: {
    200: json(QueueCommentSchema, 'The comment as decided'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'Someone else decided on it meanwhile'),
    422: json(
      ApiErrorSchema,
      'The parts to hide are outside the comment or hide all of it, or a referral of a comment not urgent',
    ),
  },
});

const undo = staffRoute({
  method: 'post',
  path: API_PATHS.commentUndo,
  tags: ['staff', 'moderation'],
  summary: `Undo your own latest decision on a comment, within ${UNDO_WINDOW_SECONDS} seconds of making it`,
  roles: MODERATORS,
  request: { params: commentParams },
  responses: {
    200: json(QueueCommentSchema, 'The comment as it was before'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'Not your latest decision, or too late to undo'),
  },
});

const acknowledge = staffRoute({
  method: 'post',
  path: API_PATHS.commentAcknowledge,
  tags: ['staff', 'moderation'],
  summary: "Say you have seen an urgent comment's alert: the safeguarding lead is not alerted again about it",
  roles: MODERATORS,
  request: { params: commentParams },
  responses: {
    200: json(QueueCommentSchema, 'The comment, with who has seen it'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'The comment is not urgent'),
  },
});

const sentWith = staffRoute({
  method: 'get',
  path: API_PATHS.commentSentWith,
  tags: ['staff', 'moderation'],
  summary: "The other comments sent with an urgent one, when the council's settings allow it; each reading is audited",
  roles: MODERATORS,
  request: { params: commentParams },
  responses: { 200: json(SentWithSchema, 'The other comments'), ...staffErrors },
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
    return c.json(await queueFor(deps, c.get('staff'), councilId, c.req.valid('query')), 200);
  });
  app.openapi(decide, async (c) => {
    const { councilId, roundId, commentId } = c.req.valid('param');
    return c.json(
      await decideComment(deps, c.get('staff'), { councilId, roundId, commentId }, c.req.valid('json')),
      200,
    );
  });
  app.openapi(flag, async (c) => c.json(await flagUrgent(deps, c.get('staff'), c.req.valid('param')), 200));
  app.openapi(undo, async (c) => c.json(await undoDecision(deps, c.get('staff'), c.req.valid('param')), 200));
  app.openapi(acknowledge, async (c) =>
    c.json(await acknowledgeUrgent(deps, c.get('staff'), c.req.valid('param')), 200),
  );
  app.openapi(sentWith, async (c) => c.json(await sentWithUrgent(deps, c.get('staff'), c.req.valid('param')), 200));
};
