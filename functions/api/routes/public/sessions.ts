/**
 * A phone in an In Care Council session. It follows the session by short polling: GET …/state with
 * If-None-Match, answered 304 from one small GetItem while nothing has changed. Polling costs the same
 * in Lambda behind API Gateway as in the local runner (no connections to keep, nothing to fan out), and
 * each poll reads one item of a few hundred bytes, never the votes.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { PromiseIdSchema } from '../../../../shared/ids';
import { RATE_LIMITS } from '../../../../shared/rate-limits';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { JoinCodeSchema } from '../../../../shared/sessions/join-code';
import {
  CodeLookupSchema,
  JoinedSchema,
  JoinSchema,
  PublicStateSchema,
  SessionIdSchema,
  VoteReceiptSchema,
  VoteSchema,
} from '../../../../shared/sessions/schemas';
import { clientAddress } from '../../client-address';
import type { RegisterRoutes } from '../../env';
import { HttpError } from '../../http-error';
import { countRequest, refuseIfOverLimit } from '../../services/rate-limit';
import { castVote, joinSession, lookupCode, publicStateOf } from '../../services/sessions-participants';
import { json, jsonBody, publicErrors } from '../route-kit';

const params = z.object({ sessionId: SessionIdSchema });
const conflict = json(
  ApiErrorSchema,
  'The session has ended, moved on or closed voting; the code says which (ended, moved_on, voting_closed, round_closed)',
);

const byCode = createRoute({
  method: 'get',
  path: API_PATHS.sessionByCode,
  tags: ['public'],
  summary: 'Find the session a join code opens',
  request: { params: z.object({ code: JoinCodeSchema }) },
  responses: { 200: json(CodeLookupSchema, 'The session'), ...publicErrors },
});

const join = createRoute({
  method: 'post',
  path: API_PATHS.participants,
  tags: ['public'],
  summary: 'Join a session with a token made on the phone, or rejoin with the same token and carry on',
  request: { params, body: jsonBody(JoinSchema) },
  responses: {
    200: json(JoinedSchema, 'The promises, this phone’s own votes and the state now'),
    ...publicErrors,
    409: json(ApiErrorSchema, 'The room is full or locked, the session counts hands only, or its round has closed'),
  },
});

const state = createRoute({
  method: 'get',
  path: API_PATHS.publicSessionState,
  tags: ['public'],
  summary:
    'The session now: which promise is on the screen and whether voting is open. Send If-None-Match to get 304 while nothing changed.',
  request: { params },
  responses: {
    200: json(PublicStateSchema, 'The state, with an ETag'),
    304: { description: 'Nothing has changed' },
    ...publicErrors,
  },
});

const vote = createRoute({
  method: 'put',
  path: API_PATHS.vote,
  tags: ['public'],
  summary: 'This phone’s vote on the promise on the screen. Sending again changes the vote; a replay changes nothing.',
  request: { params: params.extend({ promiseId: PromiseIdSchema }), body: jsonBody(VoteSchema) },
  responses: { 200: json(VoteReceiptSchema, 'The vote that counts now'), ...publicErrors, 409: conflict },
});

export const registerPublicSessions: RegisterRoutes = (app, deps) => {
  // Only look-ups that open nothing count, per network: a room finds its code, a guesser is stopped.
  const policies = deps.rateLimits === false ? null : (deps.rateLimits ?? RATE_LIMITS);
  app.openapi(byCode, async (c) => {
    const address = clientAddress(c);
    if (policies) await refuseIfOverLimit(deps, deps.clientKeySecret, policies.codeLookupMiss, address);
    try {
      return c.json(await lookupCode(deps, c.req.valid('param').code), 200);
    } catch (e) {
      if (policies && e instanceof HttpError && e.status === 404)
        await countRequest(deps, deps.clientKeySecret, policies.codeLookupMiss, address);
      throw e;
    }
  });

  app.openapi(join, async (c) =>
    c.json(await joinSession(deps, c.req.valid('param').sessionId, c.req.valid('json')), 200),
  );

  app.openapi(state, async (c) => {
    const s = await publicStateOf(deps, c.req.valid('param').sessionId);
    const tag = `W/"v${s.version}"`;
    c.header('ETag', tag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('if-none-match') === tag) return c.body(null, 304);
    return c.json(s, 200);
  });

  app.openapi(vote, async (c) => {
    const { sessionId, promiseId } = c.req.valid('param');
    return c.json(await castVote(deps, sessionId, promiseId, c.req.valid('json')), 200);
  });
};
