/** A facilitator's live session: create, list, open, move through it, count hands, note what the group said. */
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema, PromiseIdSchema } from '../../../../shared/ids';
import { SESSION_ROLES } from '../../../../shared/roles';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { RatingCountsSchema } from '../../../../shared/schemas/scorecard';
import {
  ControlSchema,
  CreateSessionSchema,
  LiveSchema,
  NoteReceiptSchema,
  NoteSchema,
  SessionIdSchema,
  SessionListSchema,
  SessionOptionsSchema,
  SessionStateViewSchema,
  SessionWithStateSchema,
  TallySchema,
  TallyViewSchema,
} from '../../../../shared/sessions/schemas';
import type { RegisterRoutes } from '../../env';
import {
  addSessionNote,
  controlSession,
  createSession,
  etagOf,
  liveOf,
  sessionList,
  sessionOptions,
  sessionWithState,
  setTally,
  tallyOf,
} from '../../services/sessions';
import { sessionListItem } from '../../services/sessions-views';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

export { SESSION_ROLES };

const council = z.object({ councilId: CouncilIdSchema });
const one = council.extend({ sessionId: SessionIdSchema });
const conflict = json(
  ApiErrorSchema,
  'Not possible now; the code says why (stale_version, not_allowed, round_closed, ended)',
);
const unprocessable = json(ApiErrorSchema, 'A promise that is not in the round, or more hands than the room holds');

const create = staffRoute({
  method: 'post',
  path: API_PATHS.sessions,
  tags: ['staff', 'sessions'],
  summary: 'Create a session for an open round: all its promises in order, or a chosen few in a chosen order',
  roles: SESSION_ROLES,
  request: { params: council, body: jsonBody(CreateSessionSchema) },
  responses: {
    201: json(SessionWithStateSchema, 'The session, with its join code, in the lobby'),
    ...staffErrors,
    409: conflict,
    422: unprocessable,
  },
});

const list = staffRoute({
  method: 'get',
  path: API_PATHS.sessions,
  tags: ['staff', 'sessions'],
  summary: "The council's sessions, newest first",
  roles: SESSION_ROLES,
  request: { params: council },
  responses: { 200: json(SessionListSchema, 'Sessions'), ...staffErrors },
});

const options = staffRoute({
  method: 'get',
  path: API_PATHS.sessionOptions,
  tags: ['staff', 'sessions'],
  summary: 'What a session can be made of: the open rounds and the promises of each, in the pledge’s order',
  roles: SESSION_ROLES,
  request: { params: council },
  responses: { 200: json(SessionOptionsSchema, 'Open rounds and their promises'), ...staffErrors },
});

const get = staffRoute({
  method: 'get',
  path: API_PATHS.session,
  tags: ['staff', 'sessions'],
  summary: 'A session and its state',
  roles: SESSION_ROLES,
  request: { params: one },
  responses: { 200: json(SessionWithStateSchema, 'The session'), ...staffErrors },
});

const live = staffRoute({
  method: 'get',
  path: API_PATHS.sessionLive,
  tags: ['staff', 'sessions'],
  summary: "The presenter's poll: state, phones joined and voted, and the room's counts. Send If-None-Match for 304.",
  roles: SESSION_ROLES,
  request: { params: one },
  responses: {
    200: json(LiveSchema, 'The room now, with an ETag'),
    304: { description: 'Nothing has changed' },
    ...staffErrors,
  },
});

const control = staffRoute({
  method: 'post',
  path: API_PATHS.sessionControl,
  tags: ['staff', 'sessions'],
  summary: 'Next, previous, close or open voting, show or hide results, end. Names the state version it acts on.',
  roles: SESSION_ROLES,
  request: { params: one, body: jsonBody(ControlSchema) },
  responses: { 200: json(SessionStateViewSchema, 'The new state'), ...staffErrors, 409: conflict },
});

const tallies = staffRoute({
  method: 'get',
  path: API_PATHS.sessionTallies,
  tags: ['staff', 'sessions'],
  summary: 'The shows of hands entered so far, per promise',
  roles: SESSION_ROLES,
  request: { params: one },
  responses: {
    200: json(z.object({ counts: z.record(z.string(), RatingCountsSchema) }), 'Hands per promise'),
    ...staffErrors,
    410: json(ApiErrorSchema, 'The session has ended: its hands are only in the summary now'),
  },
});

const tally = staffRoute({
  method: 'put',
  path: API_PATHS.sessionTally,
  tags: ['staff', 'sessions'],
  summary:
    'Set the show of hands for a promise. Sending corrected numbers replaces the old ones; nothing is counted twice.',
  roles: SESSION_ROLES,
  request: { params: one.extend({ promiseId: PromiseIdSchema }), body: jsonBody(TallySchema) },
  responses: {
    200: json(TallyViewSchema, 'The tally that counts now'),
    ...staffErrors,
    409: conflict,
    422: unprocessable,
  },
});

const note = staffRoute({
  method: 'post',
  path: API_PATHS.sessionNotes,
  tags: ['staff', 'sessions'],
  summary: 'Note what the group said about a promise; it goes to the moderators like a comment',
  roles: SESSION_ROLES,
  request: { params: one, body: jsonBody(NoteSchema) },
  responses: {
    200: json(NoteReceiptSchema, 'Stored for moderation (urgent when it may show a young person at risk)'),
    ...staffErrors,
  },
});

export const registerStaffSessions: RegisterRoutes = (app, deps) => {
  app.openapi(create, async (c) => {
    const { councilId } = c.req.valid('param');
    return c.json(await createSession(deps, c.get('staff'), councilId, c.req.valid('json')), 201);
  });

  app.openapi(list, async (c) => {
    const { councilId } = c.req.valid('param');
    return c.json({ sessions: (await sessionList(deps, councilId)).map(sessionListItem) }, 200);
  });

  app.openapi(options, async (c) => c.json(await sessionOptions(deps, c.req.valid('param').councilId), 200));

  app.openapi(get, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json(await sessionWithState(deps, councilId, sessionId), 200);
  });

  app.openapi(live, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    const body = await liveOf(deps, councilId, sessionId);
    const tag = etagOf(body);
    c.header('ETag', tag);
    c.header('Cache-Control', 'no-cache, private');
    if (c.req.header('if-none-match') === tag) return c.body(null, 304);
    return c.json(body, 200);
  });

  app.openapi(control, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json(await controlSession(deps, c.get('staff'), councilId, sessionId, c.req.valid('json')), 200);
  });

  app.openapi(tallies, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json({ counts: await tallyOf(deps, councilId, sessionId) }, 200);
  });

  app.openapi(tally, async (c) => {
    const { councilId, sessionId, promiseId } = c.req.valid('param');
    return c.json(
      await setTally(deps, c.get('staff'), councilId, sessionId, promiseId, c.req.valid('json').counts),
      200,
    );
  });

  app.openapi(note, async (c) => {
    const { councilId, sessionId } = c.req.valid('param');
    return c.json(await addSessionNote(deps, c.get('staff'), councilId, sessionId, c.req.valid('json')), 200);
  });
};
