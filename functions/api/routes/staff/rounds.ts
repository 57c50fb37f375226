import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { CouncilIdSchema, RoundIdSchema } from '../../../../shared/ids';
import { SUPPRESSED_LABEL } from '../../../../shared/limits';
import { ApiErrorSchema } from '../../../../shared/schemas/api-error';
import {
  isRoundOpen,
  JuniorPromisesSchema,
  PromisesPerPersonSchema,
  ROUND_ACCESS,
  RoundSchema,
} from '../../../../shared/schemas/round';
import { CountFigureSchema } from '../../../../shared/schemas/scorecard';
import type { RegisterRoutes } from '../../env';
import { closeAndOpenRound, closeRound, openRound, recentAnswers } from '../../services/rounds';
import { json, jsonBody, staffErrors, staffRoute } from '../route-kit';

const OpenRoundSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the round a name, such as "Spring term 2027"').max(120),
    closesAt: z.iso
      .datetime({ error: 'closesAt must be a date and time such as 2027-03-31T17:00:00Z' })
      .nullable()
      .optional(),
    access: z.enum(ROUND_ACCESS).optional(),
    promisesPerPerson: PromisesPerPersonSchema.optional(),
    /** The promises of a junior version for children of 8 to 13 (shown with their easy-read words); left out, none. */
    junior: JuniorPromisesSchema.optional(),
    /** Each young person first picks the parts of the pledge that matter to them; left out or false, they do not. */
    sectionsFirst: z
      .boolean({ error: 'sectionsFirst must be true (young people pick the parts first) or false' })
      .optional(),
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

const closeAndOpen = staffRoute({
  method: 'post',
  path: API_PATHS.roundCloseAndOpen,
  tags: ['staff'],
  summary: 'Close this round and open the next on the pledge version published now, in one step',
  description:
    'Checks the new round first, then closes this one; the new round opens the moment this one has finished closing (a few seconds), so the two never overlap.',
  roles: ['council-admin'],
  request: {
    params: z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema }),
    body: jsonBody(OpenRoundSchema),
  },
  responses: {
    201: json(z.object({ closed: RoundSchema, opened: RoundSchema }), 'The round as closed and the new round'),
    ...staffErrors,
    409: json(ApiErrorSchema, 'This round is not open, no pledge is published, or the closing date has passed'),
  },
});

const RecentAnswersSchema = z.object({
  hours: z.number().int(),
  sent: CountFigureSchema,
});

const activity = staffRoute({
  method: 'get',
  path: API_PATHS.roundActivity,
  tags: ['staff'],
  summary: `How many young people sent answers in the last hours, in steps of 5 (${SUPPRESSED_LABEL} below): about as many may be part-way through`,
  roles: ['council-admin'],
  request: { params: z.object({ councilId: CouncilIdSchema, roundId: RoundIdSchema }) },
  responses: { 200: json(RecentAnswersSchema, 'Answers sent lately'), ...staffErrors },
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
  app.openapi(closeAndOpen, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await closeAndOpenRound(deps, councilId, roundId, c.get('staff'), c.req.valid('json')), 201);
  });
  app.openapi(activity, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await recentAnswers(deps, councilId, roundId), 200);
  });
  app.openapi(close, async (c) => {
    const { councilId, roundId } = c.req.valid('param');
    return c.json(await closeRound(deps, councilId, roundId, c.get('staff')), 200);
  });
};
