import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema, RoundIdSchema } from '../../../../shared/ids';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import { isRoundOpen, ROUND_ACCESS, RoundSchema } from '../../../../shared/schemas/round';
import type { RegisterRoutes } from '../../env';
import { closeRound, openRound } from '../../services/rounds';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const OpenRoundSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the round a name, such as "Spring term 2027"').max(120),
    closesAt: z.iso
      .datetime({ error: 'closesAt must be a date and time such as 2027-03-31T17:00:00Z' })
      .nullable()
      .optional(),
    access: z.enum(ROUND_ACCESS).optional(),
  })
  .strict();

const open = staffRoute({
  method: 'post',
  path: API_PATHS.rounds,
  tags: ['staff'],
  summary: 'Open a round on the pledge version published now',
  roles: ['council-admin'],
  request: { params: z.object({ councilId: CouncilIdSchema }), body: jsonBody(OpenRoundSchema) },
  responses: {
    201: json(RoundSchema, 'The new round'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'No pledge yet, or a round is still open'),
  },
});

const close = staffRoute({
  method: 'post',
  path: API_PATHS.roundClose,
  tags: ['staff'],
  summary: 'Close a round (it stops taking answers within a few seconds everywhere)',
  roles: ['council-admin'],
  request: { params: z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema }) },
  responses: {
    200: json(RoundSchema, 'The closed round'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'The round is not open'),
  },
});

const RoundListSchema = z.object({
  rounds: z.array(z.object({ round: RoundSchema, open: z.boolean() })),
});

const list = staffRoute({
  method: 'get',
  path: API_PATHS.rounds,
  tags: ['staff'],
  summary: "The council's survey rounds, newest first",
  roles: ['council-admin', 'board-member', 'facilitator', 'moderator'],
  request: { params: z.object({ councilId: CouncilIdSchema }) },
  responses: { 200: json(RoundListSchema, 'Rounds, newest first'), ...staffErrors },
});

export const registerRounds: RegisterRoutes = (app, deps) => {
  app.openapi(list, async (c) => {
    const { councilId } = c.req.valid('param');
    const now = deps.now();
    const rounds = await deps.store.rounds.listForCouncil(councilId);
    return c.json({ rounds: rounds.map((round) => ({ round, open: isRoundOpen(round, now) })) }, 200);
  });
  app.openapi(open, async (c) => {
    const { councilId } = c.req.valid('param');
    return c.json(await openRound(deps, councilId, c.get('staff'), c.req.valid('json')), 201);
  });
  app.openapi(close, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await closeRound(deps, councilId, roundId, c.get('staff')), 200);
  });
};
