import { z } from 'zod';
import { CouncilIdSchema } from '../../../../shared/ids';
import { RoundSchema, isRoundOpen } from '../../../../shared/schemas/round';
import type { RegisterRoutes } from '../../env';
import { json, staffErrors, staffRoute } from '../route-kit';

const RoundListSchema = z.object({
  rounds: z.array(z.object({ round: RoundSchema, open: z.boolean() })),
});

const list = staffRoute({
  method: 'get',
  path: '/api/staff/councils/{councilId}/rounds',
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
};
