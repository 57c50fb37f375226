import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS } from '../../../../shared/api-paths';
import { RoundIdSchema } from '../../../../shared/ids';
import { CoverageSchema } from '../../../../shared/schemas/public-survey';
import { isRoundOpen } from '../../../../shared/schemas/round';
import { nOf } from '../../../../shared/scoring/score';
import { totalCounts } from '../../../../shared/scoring/tally';
import { coarseCoverage } from '../../../../shared/survey/coverage';
import type { RegisterRoutes } from '../../env';
import { notFound } from '../../http-error';
import { json, publicErrors } from '../route-kit';

/** A phone may keep the counts this long: they move 5 answers at a time anyway. */
const COVERAGE_MAX_AGE_SECONDS = 30;

const route = createRoute({
  method: 'get',
  path: API_PATHS.coverage,
  tags: ['public'],
  summary:
    'How many answered each promise of an open round so far, in steps of 5: the phone picks its own set of the least-answered promises. Nothing is stored.',
  request: { params: z.object({ roundId: RoundIdSchema }) },
  responses: { 200: json(CoverageSchema, 'Answers per promise, in steps of 5'), ...publicErrors },
});

export const registerPublicCoverage: RegisterRoutes = (app, deps) => {
  app.openapi(route, async (c) => {
    const { roundId } = c.req.valid('param');
    const round = await deps.store.rounds.get(roundId);
    if (!round || !isRoundOpen(round, deps.now())) throw notFound('This survey is not open now.');
    const [pledge, tally] = await Promise.all([
      deps.store.pledges.get(round.councilId, round.pledgeId, round.pledgeVersion),
      deps.store.aggregates.read(roundId),
    ]);
    const ids = (pledge?.sections ?? []).flatMap((s) => s.promises.map((p) => p.promiseId));
    const answered = new Map([...tally.promises].map(([id, t]) => [id, nOf(totalCounts(t))]));
    // The phone's own copy only: no shared cache (CloudFront keeps only a council's survey data, docs/security.md).
    c.header('Cache-Control', `private, max-age=${COVERAGE_MAX_AGE_SECONDS}`);
    return c.json({ answered: coarseCoverage(answered, ids) }, 200);
  });
};
